package cn.gov.yingkou.sgpt.web.i18n;

/**
 * The platform's own texts for interfaces carry both languages, "中文 / English" (a refusal, a reason it wrote); the
 * portal shows its reader one of them.
 */
public final class Bilingual {

    private static final String SEPARATOR = " / ";

    private Bilingual() {
    }

    /** The reader's half; a text not written in both languages as it is. */
    public static String half(String text, boolean english) {
        if (text == null) {
            return null;
        }
        int at = text.indexOf(SEPARATOR);
        if (at < 0) {
            return text;
        }
        return english ? text.substring(at + SEPARATOR.length()) : text.substring(0, at);
    }
}
