package cn.gov.yingkou.sgpt.licensing.entity;

import java.util.Locale;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (digits and capitals without
 * I, O, S, V, Z); the last is a check character, 31 minus the weighted sum of the first 17 modulo 31.
 */
public final class UnifiedSocialCreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** The code in capitals, or a refusal saying what is wrong with it. */
    public static String require(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (code.length() != 18) {
            throw refused(code, "须为18位", "must have 18 characters");
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                throw refused(code, "含有不允许的字符 " + c, "holds the character " + c + ", which the standard does not use");
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            throw refused(code, "校验码错误", "has a wrong check character");
        }
        return code;
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static IllegalArgumentException refused(String code, String zh, String en) {
        return new IllegalArgumentException("统一社会信用代码 " + code + " " + zh + " / The unified social credit code " + code
                + " " + en);
    }
}
