package cn.gov.yingkou.sgpt.licensing.boundary;

import java.util.EnumSet;
import java.util.Set;

/**
 * A licence's standing (Licensing Law Art 8, 49, 69, 70; Administrative Penalty Law Art 9): valid (changed in place
 * when it is changed, 变更), suspended for a time (暂扣许可证件) and then restored, withdrawn (撤回), revoked (撤销),
 * expired, or cancelled (注销) — which a withdrawn, revoked or expired licence still is, to close it (Art 70).
 * AMENDED is kept for licences ended by replacement before changes were made in place.
 */
public enum LicenceStatus {
    VALID, AMENDED, SUSPENDED, WITHDRAWN, REVOKED, CANCELLED, EXPIRED;

    public Set<LicenceStatus> next() {
        return switch (this) {
            case VALID -> EnumSet.of(SUSPENDED, WITHDRAWN, REVOKED, CANCELLED, EXPIRED);
            case SUSPENDED -> EnumSet.of(VALID, WITHDRAWN, REVOKED, CANCELLED);
            case WITHDRAWN, REVOKED, EXPIRED -> EnumSet.of(CANCELLED);
            case AMENDED, CANCELLED -> EnumSet.noneOf(LicenceStatus.class);
        };
    }

    public boolean canBecome(LicenceStatus target) {
        return next().contains(target);
    }

    /** Whether the holder may act under the licence. */
    public boolean inForce() {
        return this == VALID;
    }
}
