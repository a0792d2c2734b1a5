package cn.gov.yingkou.sgpt.platform.boundary;

import java.util.Map;

/**
 * The order a list is read in: one of the list's columns, by name, rising or falling. Each list names the columns it
 * sorts by and how the query reaches them; any other name is refused, so that no caller puts text of its own into a
 * query. No sorting is the list's own order.
 */
public record Sorting(String column, boolean ascending) {

    public Sorting {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("排序列不能为空 / Name the column to sort by");
        }
    }

    /**
     * The query's order clause: the sorted column's path (from {@code columns}), then {@code tieBreak} so that pages do
     * not overlap; {@code otherwise} when there is no sorting.
     */
    public static String orderBy(Sorting sorting, Map<String, String> columns, String otherwise, String tieBreak) {
        if (sorting == null) {
            return " order by " + otherwise;
        }
        String path = columns.get(sorting.column());
        if (path == null) {
            throw new IllegalArgumentException("不能按 " + sorting.column() + " 排序，可排序的列：" + String.join("、",
                    columns.keySet()) + " / Cannot sort by " + sorting.column() + "; sortable: " + String.join(", ",
                    columns.keySet()));
        }
        String direction = sorting.ascending() ? " asc" : " desc";
        return " order by " + path + direction + ", " + tieBreak + direction;
    }
}
