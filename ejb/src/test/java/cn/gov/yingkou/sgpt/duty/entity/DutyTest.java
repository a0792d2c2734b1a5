package cn.gov.yingkou.sgpt.duty.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.calendar.boundary.CalendarService;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.calendar.boundary.WorkingDayCalendar;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;
import cn.gov.yingkou.sgpt.duty.boundary.PauseReason;

class DutyTest {

    /** Weekends only, 2026 published with National Day 1–7 Oct and the make-up Saturday 10 Oct. */
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Set.of(2026),
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            Set.of(LocalDate.of(2026, 10, 10)));
    /** 10:00 Beijing time, Wednesday 30 Sept 2026. */
    private static final Instant TRIGGER = Instant.parse("2026-09-30T02:00:00Z");

    private static Duty pushDuty() {
        DutyLimit limit = new DutyLimit.WorkingDays(2);
        return new Duty(DutyKind.PUSH_RESULT, "licence", "L-1", 1, 1, TRIGGER, limit,
                CalendarService.deadline(CALENDAR, TRIGGER, limit, 0));
    }

    @Test
    void aNewDutyIsOpenAndDueAtTheEndOfItsLimit() {
        Duty duty = pushDuty();
        assertEquals(DutyStatus.OPEN, duty.status());
        assertEquals(LocalDate.of(2026, 10, 9), duty.lastDay());
        assertEquals(Instant.parse("2026-10-09T16:00:00Z"), duty.dueAt());
        assertFalse(duty.provisional());
    }

    @Test
    void doneBeforeMidnightOfTheLastDayIsOnTimeAfterIsLate() {
        Duty onTime = pushDuty();
        onTime.complete(Instant.parse("2026-10-09T15:59:59Z"), "spj.clerk");
        assertEquals(DutyStatus.DONE_ON_TIME, onTime.status());
        assertEquals("spj.clerk", onTime.completedBy());

        Duty late = pushDuty();
        late.complete(Instant.parse("2026-10-09T16:00:01Z"), "spj.clerk");
        assertEquals(DutyStatus.DONE_LATE, late.status());
    }

    @Test
    void anOverdueDutyDoneIsLateAndADoneDutyCannotBeDoneAgain() {
        Duty duty = pushDuty();
        duty.markOverdue();
        duty.complete(Instant.parse("2026-10-09T12:00:00Z"), "spj.clerk");
        assertEquals(DutyStatus.DONE_LATE, duty.status(), "once marked overdue, it stays late");
        assertThrows(IllegalStateException.class, () -> duty.complete(Instant.now(), "x"));
        assertThrows(IllegalStateException.class, duty::markOverdue);
    }

    @Test
    void aPauseMovesTheDeadlineByTheWorkingDaysItCovered() {
        Duty duty = pushDuty();
        // Expert review from Thursday 8 Oct to Monday 12 Oct: 9, 10 (make-up Saturday) and 12 do not count.
        duty.pause(PauseReason.EXPERT_REVIEW, Instant.parse("2026-10-08T01:00:00Z"), "专家评审");
        assertEquals(Instant.parse("2026-10-08T01:00:00Z"), duty.pausedSince());
        assertThrows(IllegalStateException.class, duty::markOverdue, "a paused clock does not run out");
        assertThrows(IllegalStateException.class, () -> duty.pause(PauseReason.HEARING, Instant.parse("2026-10-08T02:00:00Z"), null));

        duty.resume(Instant.parse("2026-10-12T03:00:00Z"));
        assertNull(duty.pausedSince());
        assertEquals(3, duty.pausedWorkingDays(CALENDAR));
        duty.reschedule(CalendarService.deadline(CALENDAR, TRIGGER, duty.limit(), duty.pausedWorkingDays(CALENDAR)));
        assertEquals(LocalDate.of(2026, 10, 13), duty.lastDay(),
                "one working day was left when the pause began (9 Oct); it is now the day after the pause ended");
        assertEquals(1, duty.pauses().size());
        assertEquals(PauseReason.EXPERT_REVIEW, duty.pauses().get(0).reason());
    }

    @Test
    void pausesAreRefusedWhenTheyMakeNoSense() {
        Duty duty = pushDuty();
        assertThrows(IllegalStateException.class, () -> duty.resume(Instant.now()), "not paused");
        assertThrows(IllegalArgumentException.class,
                () -> duty.pause(PauseReason.TESTING, Instant.parse("2026-10-10T01:00:00Z"), null), "after the deadline");
        assertThrows(IllegalArgumentException.class,
                () -> duty.pause(PauseReason.TESTING, Instant.parse("2026-09-01T01:00:00Z"), null), "before the trigger");

        Instant agreedDue = Instant.parse("2026-10-20T16:00:00Z");
        DutyLimit agreed = new DutyLimit.Agreed(agreedDue);
        Duty offPlatform = new Duty(DutyKind.OFF_PLATFORM_DELIVERY, "licence", "L-2", 1, 1, TRIGGER, agreed,
                CalendarService.deadline(CALENDAR, TRIGGER, agreed, 0));
        assertEquals(agreedDue, offPlatform.dueAt());
        assertThrows(IllegalStateException.class,
                () -> offPlatform.pause(PauseReason.HEARING, Instant.parse("2026-10-01T01:00:00Z"), null));
    }

    @Test
    void cancellingNeedsAReasonAndEndsTheDuty() {
        Duty duty = pushDuty();
        assertThrows(IllegalArgumentException.class, () -> duty.cancel(" ", "admin", Instant.now()));
        assertEquals(DutyStatus.OPEN, duty.status(), "a refused cancel changes nothing");
        duty.cancel("许可申请已撤回", "admin", Instant.now());
        assertEquals(DutyStatus.CANCELLED, duty.status());
        assertThrows(IllegalStateException.class, () -> duty.cancel("again", "admin", Instant.now()));
    }

    @Test
    void anOverdueDutyWhoseDeadlineMovedLaterIsOpenAgain() {
        Duty duty = pushDuty();
        duty.markOverdue();
        duty.reopenIfNotYetDue(Instant.parse("2026-10-10T01:00:00Z"));
        assertEquals(DutyStatus.OVERDUE, duty.status(), "still past its deadline");
        duty.reschedule(CALENDAR.workingDaysAfter(LocalDate.of(2026, 10, 12), 2));
        duty.reopenIfNotYetDue(Instant.parse("2026-10-10T01:00:00Z"));
        assertEquals(DutyStatus.OPEN, duty.status());
        assertTrue(duty.status().pending());
    }
}
