package cn.gov.yingkou.sgpt.catalogue.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.yingkou.sgpt.catalogue.entity.ListedItem;

/** What changed between two versions of an item list, item by item (matched by catalogue code). */
public record ItemListDiff(List<ListedItem> added, List<ListedItem> removed, List<Change> changed) {

    /** An item in both versions whose name or competent department differs. */
    public record Change(ListedItem before, ListedItem after) {
    }

    public static ItemListDiff between(List<ListedItem> older, List<ListedItem> newer) {
        Map<String, ListedItem> before = byCode(older);
        Map<String, ListedItem> after = byCode(newer);
        List<ListedItem> added = new ArrayList<>();
        List<ListedItem> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        after.forEach((code, item) -> {
            ListedItem was = before.get(code);
            if (was == null) {
                added.add(item);
            } else if (!was.equals(item)) {
                changed.add(new Change(was, item));
            }
        });
        before.forEach((code, item) -> {
            if (!after.containsKey(code)) {
                removed.add(item);
            }
        });
        return new ItemListDiff(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static Map<String, ListedItem> byCode(List<ListedItem> items) {
        Map<String, ListedItem> map = new TreeMap<>();
        items.forEach(i -> map.put(i.code(), i));
        return map;
    }
}
