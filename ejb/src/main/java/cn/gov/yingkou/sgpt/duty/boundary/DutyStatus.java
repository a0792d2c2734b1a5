package cn.gov.yingkou.sgpt.duty.boundary;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a duty stands. The allowed changes are all here:
 * <pre>
 * OPEN ──► DONE_ON_TIME | DONE_LATE | OVERDUE | CANCELLED
 * OVERDUE ──► DONE_LATE | CANCELLED | OPEN
 * </pre>
 * DONE_ON_TIME, DONE_LATE and CANCELLED are final. OVERDUE goes back to OPEN only when a corrected
 * calendar moves a provisional deadline into the future.
 */
public enum DutyStatus {
    OPEN, DONE_ON_TIME, DONE_LATE, OVERDUE, CANCELLED;

    private static final Map<DutyStatus, Set<DutyStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(DONE_ON_TIME, DONE_LATE, OVERDUE, CANCELLED),
            OVERDUE, EnumSet.of(DONE_LATE, CANCELLED, OPEN),
            DONE_ON_TIME, EnumSet.noneOf(DutyStatus.class),
            DONE_LATE, EnumSet.noneOf(DutyStatus.class),
            CANCELLED, EnumSet.noneOf(DutyStatus.class));

    public boolean canBecome(DutyStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Still to be done: the duty's clock is running (or has run out). */
    public boolean pending() {
        return this == OPEN || this == OVERDUE;
    }

    public DutyStatus requireNext(DutyStatus next) {
        if (!canBecome(next)) {
            throw new IllegalStateException("职责状态不能从 " + this + " 变为 " + next + " / A duty cannot go from "
                    + this + " to " + next);
        }
        return next;
    }
}
