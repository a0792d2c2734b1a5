package cn.gov.yingkou.sgpt.licensing.boundary;

import java.util.EnumSet;
import java.util.Set;

/**
 * A licence's standing (Licensing Law Art 49, 69, 70): valid until it is amended (a new licence replaces
 * it), withdrawn (撤回, Art 8), revoked (撤销, Art 69), cancelled (注销, Art 70) or expires. Each of those
 * ends it; the penalty and supervision issues use them.
 */
public enum LicenceStatus {
    VALID, AMENDED, WITHDRAWN, REVOKED, CANCELLED, EXPIRED;

    public Set<LicenceStatus> next() {
        return this == VALID ? EnumSet.of(AMENDED, WITHDRAWN, REVOKED, CANCELLED, EXPIRED) : EnumSet.noneOf(LicenceStatus.class);
    }

    public boolean canBecome(LicenceStatus target) {
        return next().contains(target);
    }
}
