package cn.gov.yingkou.sgpt.shared;

/**
 * Personal identifiers as those without a need to know see them: enough to tell two people apart and to match a
 * paper in hand, not enough to use. An ID number keeps its first four and last four characters (2101**********1234),
 * a phone number its first three and last four digits (139****0000); separators stay where they were.
 */
public final class Masking {

    private static final char MASK = '*';

    private Masking() {
    }

    public static String identifier(String value) {
        return keepEnds(value, 4, 4, false);
    }

    public static String phone(String value) {
        return keepEnds(value, 3, 4, true);
    }

    /** Masks every character (or digit, when {@code digitsOnly}) but the first {@code head} and last {@code tail}. */
    private static String keepEnds(String value, int head, int tail, boolean digitsOnly) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int counted = (int) value.chars().filter(c -> !digitsOnly || Character.isDigit(c)).count();
        if (counted <= head + tail) {
            // Too short to keep both ends: keep none of it.
            return value.replaceAll(digitsOnly ? "\\d" : ".", String.valueOf(MASK));
        }
        StringBuilder masked = new StringBuilder(value.length());
        int position = 0;
        for (char c : value.toCharArray()) {
            boolean counts = !digitsOnly || Character.isDigit(c);
            masked.append(counts && position >= head && position < counted - tail ? MASK : c);
            if (counts) {
                position++;
            }
        }
        return masked.toString();
    }
}
