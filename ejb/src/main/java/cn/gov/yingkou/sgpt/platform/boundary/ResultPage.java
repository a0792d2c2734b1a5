package cn.gov.yingkou.sgpt.platform.boundary;

import java.util.List;

/**
 * One page of a list read from the database, and how many rows the whole list has. A list that counts only up to a
 * cap (a box of a million hand-overs) reports the cap as its total and {@code totalCapped}: it has at least that many.
 */
public record ResultPage<T>(List<T> rows, long total, boolean totalCapped) {

    public ResultPage {
        rows = List.copyOf(rows);
    }

    /** A page of a list counted exactly. */
    public ResultPage(List<T> rows, long total) {
        this(rows, total, false);
    }
}
