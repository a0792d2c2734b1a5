package cn.gov.yingkou.sgpt.exchange.boundary;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a result push stands (Art 17): waiting to be pushed by the approval bureau; pushed (responsibility
 * passes to the competent department); signed for; or sent back as misrouted, after which the bureau routes it
 * again.
 */
public enum PushStatus {
    /** 待推送: the licence is issued; the approval bureau has 2 working days. */
    PENDING,
    /** 已推送: the competent department has 2 working days to sign. */
    PUSHED,
    /** 已签收: supervision starts. */
    SIGNED,
    /** 已退回: misrouted; the bureau routes it again. */
    RETURNED,
    /** 已撤回: taken back by its sender before it was signed for (never a result: a licence's result must reach its supervisor). */
    WITHDRAWN;

    public Set<PushStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(PUSHED, WITHDRAWN);
            case PUSHED -> EnumSet.of(SIGNED, RETURNED, WITHDRAWN);
            case RETURNED -> EnumSet.of(PUSHED, WITHDRAWN);
            case SIGNED, WITHDRAWN -> EnumSet.noneOf(PushStatus.class);
        };
    }

    public boolean canBecome(PushStatus target) {
        return next().contains(target);
    }
}
