package cn.gov.yingkou.sgpt.exchange.boundary;

import java.time.LocalDate;

/**
 * What a list of pushes is narrowed to: licence numbers starting with {@code licence}, the applicant's name or
 * identifier within the result pushed, the item, and the days the licence was issued between (inclusive). Blank parts
 * are left out.
 */
public record PushFilter(String licence, String applicant, String itemCode, LocalDate issuedFrom, LocalDate issuedUntil) {

    public static PushFilter licence(String licence) {
        return new PushFilter(licence, null, null, null, null);
    }
}
