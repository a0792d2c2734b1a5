package cn.gov.yingkou.sgpt.licensing.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The listed item an application or a licence is about, and the unit and approval bureau that handle it: fixed when
 * the application is received and carried unchanged onto its licence.
 */
@Embeddable
public class HandledItem {

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Column(name = "item_code", nullable = false, updatable = false)
    private String itemCode;

    @Column(name = "item_name", nullable = false, updatable = false)
    private String itemName;

    protected HandledItem() {
    }

    public HandledItem(long unitId, long departmentId, String itemCode, String itemName) {
        this.unitId = unitId;
        this.departmentId = departmentId;
        this.itemCode = Objects.requireNonNull(itemCode);
        this.itemName = Objects.requireNonNull(itemName);
    }

    public long unitId() { return unitId; }
    public long departmentId() { return departmentId; }
    public String itemCode() { return itemCode; }
    public String itemName() { return itemName; }
}
