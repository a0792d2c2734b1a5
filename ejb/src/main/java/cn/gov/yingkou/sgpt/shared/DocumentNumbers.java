package cn.gov.yingkou.sgpt.shared;

/**
 * The number of an official decision document (处罚决定书文号, 决定文书编号, as 营市监罚〔2026〕12号 is written): 1 to 64
 * letters, digits, Chinese characters, brackets of either width, dots, hyphens, slashes and spaces.
 */
public final class DocumentNumbers {

    private static final String PATTERN = "[0-9A-Za-z\\u4e00-\\u9fa5〔〕()（）\\[\\]【】.\\-_/ ]{1,64}";

    private DocumentNumbers() {
    }

    /** @param what the field's name in both languages, "处罚决定书文号 / decision number" */
    public static String checked(String given, String what) {
        String number = Texts.required(given, 64, what);
        if (!number.matches(PATTERN)) {
            String[] names = what.split(" / ", 2);
            throw new IllegalArgumentException(names[0] + "含不允许的字符：" + number + " / The " + names[names.length - 1]
                    + " holds characters not allowed: " + number);
        }
        return number;
    }
}
