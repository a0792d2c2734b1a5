package cn.gov.yingkou.sgpt.licensing.boundary;

import java.util.List;

/** The materials an application lists: blank entries and repeats dropped, at most 100 of at most 200 characters. */
public final class Materials {

    private Materials() {
    }

    public static List<String> entries(List<String> list) {
        List<String> out = list == null ? List.of() : list.stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).distinct().toList();
        if (out.size() > 100 || out.stream().anyMatch(s -> s.length() > 200)) {
            throw new IllegalArgumentException("材料最多100项，每项不超过200字 / At most 100 materials of at most 200 characters");
        }
        return out;
    }
}
