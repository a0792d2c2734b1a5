package cn.gov.yingkou.sgpt.shared;

/** The one rule for free-text fields: required text is 1 to max characters after trimming. */
public final class Texts {

    private Texts() {
    }

    public static String required(String text, int max, String what) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new IllegalArgumentException(what + " 须为1至" + max + "字 / must be 1 to " + max + " characters");
        }
        return text.strip();
    }
}
