package cn.gov.yingkou.sgpt.licensing.boundary;

import java.text.Normalizer;
import java.util.List;

/**
 * The materials an application lists: blank entries and repeats dropped, at most 100 of at most 200 characters. Two
 * names are the same material when they differ only in spacing, width or punctuation ("《食品经营许可申请书》" and
 * "食品经营许可申请书 "), as a clerk reading them would take them.
 */
public final class Materials {

    public static final int MAX = 100;

    private Materials() {
    }

    public static List<String> entries(List<String> list) {
        List<String> out = list == null ? List.of() : list.stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).distinct().toList();
        if (out.size() > MAX || out.stream().anyMatch(s -> s.length() > 200)) {
            throw new IllegalArgumentException("材料最多100项，每项不超过200字 / At most 100 materials of at most 200 characters");
        }
        return out;
    }

    public static boolean sameName(String one, String other) {
        return key(one).equals(key(other));
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}《》〈〉「」]", "")
                .toLowerCase();
    }
}
