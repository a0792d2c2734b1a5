package cn.gov.yingkou.sgpt.organisation.control;

/** The minimum a password must meet before it is hashed and stored. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** bcrypt reads at most 72 bytes; a longer password would be silently truncated. */
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static void check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "密码至少 " + MIN_LENGTH + " 个字符 / A password needs at least " + MIN_LENGTH + " characters");
        }
        if (new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "密码不能超过 " + MAX_BYTES + " 字节 / A password may not exceed " + MAX_BYTES + " bytes");
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (!letter || !digit) {
            throw new IllegalArgumentException("密码须同时包含字母和数字 / A password needs letters and digits");
        }
    }
}
