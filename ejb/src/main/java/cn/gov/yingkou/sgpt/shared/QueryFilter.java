package cn.gov.yingkou.sgpt.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * The where clause of a list's query, built from the filters a clerk filled in: each condition with its parameters,
 * blank filters left out, text matched as a part (with LIKE's own characters escaped), days as whole Beijing days.
 */
public final class QueryFilter {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** A condition that always applies, with its parameters: names and values in turn. */
    public QueryFilter with(String condition, Object... namesAndValues) {
        where.append(where.length() == 0 ? " where " : " and ").append(condition);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** {@code path} equal to the text, unless it is blank. */
    public QueryFilter equal(String path, String name, String text) {
        return Texts.isBlank(text) ? this : with(path + " = :" + name, name, text.strip());
    }

    /** {@code path} containing the text, unless it is blank. */
    public QueryFilter containing(String path, String name, String text) {
        return Texts.isBlank(text) ? this : with(path + " like :" + name + " escape '\\'", name,
                "%" + escapeLike(text.strip()) + "%");
    }

    /** {@code path} (an instant) within the days from and until, inclusive; either may be open. */
    public QueryFilter onDays(String path, String name, LocalDate from, LocalDate until) {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("日期范围有误：截止日期早于起始日期 / The dates are reversed: " + until
                    + " is before " + from);
        }
        if (from != null) {
            with(path + " >= :" + name + "From", name + "From", startOf(from));
        }
        if (until != null) {
            with(path + " < :" + name + "Until", name + "Until", startOf(until.plusDays(1)));
        }
        return this;
    }

    public String where() {
        return where.toString();
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Beijing.ZONE).toInstant();
    }
}
