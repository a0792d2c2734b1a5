package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.LocalDate;

/**
 * A search of the register: the unit (required), and optionally the holder (identifier, or part of the name), the
 * licence number, the item (by code, or part of its name), the status and the days it was issued between (inclusive,
 * Beijing time). Blank parts are left out.
 */
public record LicenceQuery(String unitCode, String holder, String number, String itemCode, String itemName,
        LicenceStatus status, LocalDate issuedFrom, LocalDate issuedUntil) {

    public LicenceQuery {
        if (issuedFrom != null && issuedUntil != null && issuedUntil.isBefore(issuedFrom)) {
            throw new IllegalArgumentException("发证日期范围有误：截止日期早于起始日期 / The issue dates are reversed: "
                    + issuedUntil + " is before " + issuedFrom);
        }
    }

    public LicenceQuery(String unitCode, String holder, String number, String itemCode, LicenceStatus status) {
        this(unitCode, holder, number, itemCode, null, status, null, null);
    }
}
