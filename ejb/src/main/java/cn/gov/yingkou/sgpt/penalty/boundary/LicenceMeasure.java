package cn.gov.yingkou.sgpt.penalty.boundary;

import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionKind;

/**
 * What a penalty decision requires of the licence it touches (Art 19): to be changed (变更), withdrawn (撤回), revoked
 * (撤销) or cancelled (注销), or — a penalty that suspends the licence (暂扣许可证件) — suspended until a date.
 */
public enum LicenceMeasure {
    CHANGE(LicenceActionKind.CHANGE),
    SUSPEND(LicenceActionKind.SUSPEND),
    WITHDRAW(LicenceActionKind.WITHDRAW),
    REVOKE(LicenceActionKind.REVOKE),
    CANCEL(LicenceActionKind.CANCEL);

    private final LicenceActionKind action;

    LicenceMeasure(LicenceActionKind action) {
        this.action = action;
    }

    /** The approval bureau's action that carries the measure out. */
    public LicenceActionKind action() {
        return action;
    }
}
