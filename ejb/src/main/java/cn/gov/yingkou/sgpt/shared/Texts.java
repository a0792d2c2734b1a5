package cn.gov.yingkou.sgpt.shared;

/** The one rule for free-text fields: required text is 1 to max characters after trimming. */
public final class Texts {

    private Texts() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** @param what the field's name in both languages, "申请人名称 / applicant name" */
    public static String required(String text, int max, String what) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            String[] names = what.split(" / ", 2);
            String english = names.length > 1 ? names[1] : names[0];
            throw new IllegalArgumentException(names[0] + " 须为1至" + max + "字 / "
                    + Character.toUpperCase(english.charAt(0)) + english.substring(1) + " must be 1 to " + max + " characters");
        }
        return text.strip();
    }
}
