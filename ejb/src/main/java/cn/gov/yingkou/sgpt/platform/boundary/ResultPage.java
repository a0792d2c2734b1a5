package cn.gov.yingkou.sgpt.platform.boundary;

import java.util.List;

/** One page of a list read from the database, and how many rows the whole list has. */
public record ResultPage<T>(List<T> rows, long total) {

    public ResultPage {
        rows = List.copyOf(rows);
    }
}
