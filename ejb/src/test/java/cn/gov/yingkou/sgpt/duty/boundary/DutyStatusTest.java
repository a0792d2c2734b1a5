package cn.gov.yingkou.sgpt.duty.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;

class DutyStatusTest {

    /** Every pair of statuses: exactly these changes are allowed, every other one is an error. */
    @Test
    void theTransitionTableIsExactly() {
        var allowed = java.util.Map.of(
                DutyStatus.OPEN, EnumSet.of(DutyStatus.DONE_ON_TIME, DutyStatus.DONE_LATE, DutyStatus.OVERDUE, DutyStatus.CANCELLED),
                DutyStatus.OVERDUE, EnumSet.of(DutyStatus.DONE_LATE, DutyStatus.CANCELLED, DutyStatus.OPEN),
                DutyStatus.DONE_ON_TIME, EnumSet.noneOf(DutyStatus.class),
                DutyStatus.DONE_LATE, EnumSet.noneOf(DutyStatus.class),
                DutyStatus.CANCELLED, EnumSet.noneOf(DutyStatus.class));
        for (DutyStatus from : DutyStatus.values()) {
            for (DutyStatus to : DutyStatus.values()) {
                Set<DutyStatus> ok = allowed.get(from);
                assertEquals(ok.contains(to), from.canBecome(to), from + " → " + to);
                if (ok.contains(to)) {
                    assertEquals(to, from.requireNext(to));
                } else {
                    var e = assertThrows(IllegalStateException.class, () -> from.requireNext(to));
                    assertEquals(true, e.getMessage().contains(from + " to " + to), e.getMessage());
                }
            }
        }
    }

    @Test
    void onlyOpenAndOverdueArePending() {
        assertEquals(EnumSet.of(DutyStatus.OPEN, DutyStatus.OVERDUE),
                EnumSet.copyOf(java.util.Arrays.stream(DutyStatus.values()).filter(DutyStatus::pending).toList()));
    }
}
