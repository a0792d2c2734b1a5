package cn.gov.yingkou.sgpt.ws.common.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads request parameters, refusing a missing or malformed one with a message in both languages. */
public final class Params {

    private Params() {
    }

    /** An ISO-8601 instant with an offset: 2026-09-30T10:00:00+08:00 or 2026-09-30T02:00:00Z. */
    public static Instant instant(String name, String value) {
        try {
            return OffsetDateTime.parse(require(name, value)).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " 须为带时区的 ISO-8601 时间，如 2026-09-30T10:00:00+08:00 / " + name
                    + " must be an ISO-8601 time with an offset, e.g. 2026-09-30T10:00:00+08:00; was: " + value);
        }
    }

    public static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(require(name, value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " 须为日期 yyyy-MM-dd / " + name + " must be a date yyyy-MM-dd; was: " + value);
        }
    }

    /** A whole number; JAX-RS would answer a malformed one with 404, which says nothing about the cause. */
    public static int integer(String name, String value) {
        try {
            return Integer.parseInt(require(name, value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " 须为整数 / " + name + " must be a whole number; was: " + value);
        }
    }

    /** A record's key. */
    public static long id(String name, String value) {
        try {
            return Long.parseLong(require(name, value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " 须为整数 / " + name + " must be a whole number; was: " + value);
        }
    }

    /** An optional date of a body's field: null when absent, else checked under the field's name. */
    public static LocalDate date(cn.gov.yingkou.sgpt.shared.FieldChecks checks, String field, String value) {
        return value == null || value.isBlank() ? null : checks.check(field, () -> date(field, value));
    }

    /** One of an enumeration's names. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, require(name, value));
        } catch (IllegalArgumentException e) {
            if (value == null || value.isBlank()) {
                throw e;
            }
            throw new IllegalArgumentException(name + " 的取值无效：" + value + " / " + name + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + "; was: " + value);
        }
    }

    /** A comma-separated list of an enumeration's names; empty when absent (a filter that lets everything through). */
    public static <E extends Enum<E>> java.util.Set<E> someOf(Class<E> type, String name, String values) {
        java.util.Set<E> wanted = java.util.EnumSet.noneOf(type);
        if (values != null && !values.isBlank()) {
            java.util.Arrays.stream(values.split(",")).map(String::strip).forEach(v -> wanted.add(oneOf(type, name, v)));
        }
        return wanted;
    }

    private static String require(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("缺少参数 " + name + " / Missing parameter " + name);
        }
        return value.strip();
    }
}
