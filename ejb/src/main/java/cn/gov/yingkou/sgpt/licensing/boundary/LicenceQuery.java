package cn.gov.yingkou.sgpt.licensing.boundary;

/**
 * A search of the register: the unit (required), and optionally the holder (identifier, or part of the
 * name), the licence number, the item and the status. Blank parts are left out.
 */
public record LicenceQuery(String unitCode, String holder, String number, String itemCode, LicenceStatus status) {
}
