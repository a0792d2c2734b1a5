package cn.gov.yingkou.sgpt.exchange.boundary;

import java.time.LocalDate;

import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;

/**
 * What a list of pushes is narrowed to: licence numbers starting with {@code licence}, the applicant's name or
 * identifier within the result pushed, the item, and the days the licence was issued between (inclusive). Blank parts
 * are left out. A list holds documents of one kind (approval results unless another is named).
 */
public record PushFilter(String licence, String applicant, String itemCode, LocalDate issuedFrom, LocalDate issuedUntil,
        DocumentKind kind) {

    /** A filter of approval results. */
    public PushFilter(String licence, String applicant, String itemCode, LocalDate issuedFrom, LocalDate issuedUntil) {
        this(licence, applicant, itemCode, issuedFrom, issuedUntil, DocumentKind.RESULT);
    }

    public PushFilter {
        kind = kind == null ? DocumentKind.RESULT : kind;
    }

    public static PushFilter licence(String licence) {
        return new PushFilter(licence, null, null, null, null);
    }

    /** The same filter over documents of another kind. */
    public PushFilter of(DocumentKind other) {
        return new PushFilter(licence, applicant, itemCode, issuedFrom, issuedUntil, other);
    }
}
