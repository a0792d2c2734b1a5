package cn.gov.yingkou.sgpt.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.yingkou.sgpt.calendar.boundary.Deadline;
import cn.gov.yingkou.sgpt.calendar.boundary.TimeLeft;
import cn.gov.yingkou.sgpt.calendar.boundary.WorkingDayCalendar;
import cn.gov.yingkou.sgpt.calendar.control.OfficialCalendar;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = OfficialCalendar.upTo2026();

    @ParameterizedTest(name = "{3}: triggered {0}, {1} working days → {2}")
    @CsvSource({
            "2020-09-25, 2, 2020-09-28, Friday before National Day 2020: the make-up Sunday 27 Sept counts",
            "2020-09-30, 1, 2020-10-09, last day before the 2020 National Day and Mid-Autumn week",
            "2020-09-30, 2, 2020-10-10, the make-up Saturday 10 Oct 2020 is the second working day",
            "2020-10-10, 1, 2020-10-12, triggered on a make-up Saturday: that day is not counted",
            "2020-10-10, 2, 2020-10-13, triggered on a make-up Saturday, 2 days",
            "2020-12-31, 2, 2021-01-05, across New Year 2021",
            "2020-01-18, 1, 2020-01-19, Saturday trigger before Spring Festival 2020: make-up Sunday 19 Jan",
            "2020-01-23, 1, 2020-02-03, the 2020 Spring Festival extended to 2 Feb",
            "2020-01-23, 2, 2020-02-04, the 2020 Spring Festival extended to 2 Feb, 2 days",
            "2020-01-25, 2, 2020-02-04, triggered during the 2020 holiday: counts from the next working day",
            "2024-02-09, 1, 2024-02-18, Spring Festival 2024 ends on a make-up Sunday",
            "2025-12-31, 1, 2026-01-04, New Year 2026: make-up Sunday 4 Jan",
            "2025-12-31, 2, 2026-01-05, New Year 2026, 2 days",
            "2026-02-13, 1, 2026-02-14, make-up Saturday before Spring Festival 2026",
            "2026-02-13, 2, 2026-02-24, Spring Festival 2026 (15–23 Feb)",
            "2026-09-18, 2, 2026-09-21, Friday before Mid-Autumn and National Day 2026: make-up Sunday 20 Sept",
            "2026-09-24, 1, 2026-09-28, Mid-Autumn 2026 (25–27 Sept)",
            "2026-09-30, 2, 2026-10-09, National Day 2026 (1–7 Oct)",
            "2026-09-30, 3, 2026-10-10, make-up Saturday 10 Oct 2026",
            "2026-11-27, 5, 2026-12-04, an ordinary week",
            "2026-11-28, 5, 2026-12-04, an ordinary Saturday trigger counts from Monday",
    })
    void dueDatesAcrossTheOfficialHolidayArrangements(LocalDate trigger, int workingDays, LocalDate expected,
            String why) {
        Deadline deadline = calendar.workingDaysAfter(trigger, workingDays);
        assertEquals(expected, deadline.lastDay(), why);
        assertEquals(WorkingDayCalendar.endOf(expected), deadline.dueAt());
        assertFalse(deadline.provisional());
    }

    @Test
    void dueAtIsMidnightBeijingTimeAtTheEndOfTheLastDay() {
        Deadline deadline = calendar.workingDaysAfter(LocalDate.of(2026, 9, 30), 2);
        assertEquals(Instant.parse("2026-10-09T16:00:00Z"), deadline.dueAt());
    }

    @Test
    void theTriggerDayIsTheBeijingDateOfTheTriggerInstant() {
        // 23:59 and 00:01 Beijing time on either side of midnight, 29/30 Sept 2026.
        assertEquals(LocalDate.of(2026, 9, 30),
                calendar.workingDaysAfter(Instant.parse("2026-09-29T15:59:00Z"), 1).lastDay());
        assertEquals(LocalDate.of(2026, 10, 8),
                calendar.workingDaysAfter(Instant.parse("2026-09-29T16:01:00Z"), 1).lastDay());
    }

    @Test
    void workingDaysFollowTheArrangement() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "make-up Saturday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)), "National Day");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 28)), "a Saturday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 27)), "a Friday");
    }

    @Test
    void naturalDayLimitsEndOnAWorkingDay() {
        // 28 Sept 2026 + 5 days = 3 Oct, a holiday: the limit runs to the next working day, 8 Oct.
        assertEquals(LocalDate.of(2026, 10, 8),
                calendar.naturalDaysAfter(Instant.parse("2026-09-28T02:00:00Z"), 5).lastDay());
        assertEquals(LocalDate.of(2026, 11, 30),
                calendar.naturalDaysAfter(Instant.parse("2026-11-23T02:00:00Z"), 5).lastDay());
        assertEquals(LocalDate.of(2026, 11, 26),
                calendar.naturalDaysAfter(Instant.parse("2026-11-21T02:00:00Z"), 5).lastDay());
    }

    @Test
    void anUnpublishedYearFallsBackToWeekendsAndMakesTheDeadlineProvisional() {
        Deadline before = calendar.workingDaysAfter(LocalDate.of(2026, 12, 29), 5);
        assertEquals(LocalDate.of(2027, 1, 5), before.lastDay(), "1 Jan 2027, a Friday, counts as working");
        assertTrue(before.provisional());
        assertFalse(calendar.isSettled(LocalDate.of(2027, 1, 1)));

        Set<Integer> years = new HashSet<>(Set.of(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027));
        Set<LocalDate> holidays = new HashSet<>(Set.of(LocalDate.of(2027, 1, 1)));
        OfficialCalendar.rows().stream().filter(r -> r.kind().equals("HOLIDAY")).forEach(r -> holidays.add(r.date()));
        Set<LocalDate> makeUps = new HashSet<>();
        OfficialCalendar.rows().stream().filter(r -> r.kind().equals("MAKEUP_WORKDAY")).forEach(r -> makeUps.add(r.date()));
        Deadline after = new WorkingDayCalendar(years, holidays, makeUps).workingDaysAfter(LocalDate.of(2026, 12, 29), 5);
        assertEquals(LocalDate.of(2027, 1, 6), after.lastDay());
        assertFalse(after.provisional());
    }

    @Test
    void timeLeftCountsTodayAndOverdueCountsWorkingDaysSince() {
        Instant due = WorkingDayCalendar.endOf(LocalDate.of(2026, 10, 9));
        assertEquals(new TimeLeft(2, false), calendar.timeLeft(Instant.parse("2026-10-08T01:00:00Z"), due));
        assertEquals(new TimeLeft(2, false), calendar.timeLeft(Instant.parse("2026-10-03T01:00:00Z"), due),
                "holidays do not count down");
        assertEquals(new TimeLeft(1, false), calendar.timeLeft(Instant.parse("2026-10-09T15:59:59Z"), due));
        assertEquals(new TimeLeft(1, true), calendar.timeLeft(Instant.parse("2026-10-10T01:00:00Z"), due),
                "the make-up Saturday is a working day overdue");
        assertEquals(new TimeLeft(1, true), calendar.timeLeft(Instant.parse("2026-10-11T01:00:00Z"), due));
        assertEquals(new TimeLeft(2, true), calendar.timeLeft(Instant.parse("2026-10-12T01:00:00Z"), due));
    }

    @Test
    void badLimitsAndDatesOutsideTheRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> calendar.workingDaysAfter(LocalDate.of(2026, 1, 5), 0));
        assertThrows(IllegalArgumentException.class, () -> calendar.workingDaysAfter(LocalDate.of(1999, 12, 31), 1));
        assertThrows(IllegalArgumentException.class, () -> calendar.workingDaysAfter(LocalDate.of(2100, 12, 30), 5));
        assertThrows(IllegalArgumentException.class, () -> calendar.naturalDaysAfter(Instant.EPOCH, 5));
    }

    /** Every trigger day from Dec 2019 to Jan 2028, every limit from 1 to 30, against a day-by-day count. */
    @Test
    void agreesWithCountingDayByDayAndKeepsItsProperties() {
        for (LocalDate trigger = LocalDate.of(2019, 12, 1); trigger.isBefore(LocalDate.of(2028, 1, 31));
                trigger = trigger.plusDays(1)) {
            LocalDate previous = trigger;
            for (int n = 1; n <= 30; n++) {
                Deadline deadline = calendar.workingDaysAfter(trigger, n);
                assertEquals(stepByStep(trigger, n), deadline.lastDay(), trigger + " + " + n);
                assertTrue(deadline.lastDay().isAfter(previous), "due dates increase with N");
                assertTrue(calendar.isWorkingDay(deadline.lastDay()));
                assertEquals(n, calendar.workingDaysBetween(trigger, deadline.lastDay()));
                Instant triggerAt = WorkingDayCalendar.endOf(trigger).minusSeconds(3600);
                assertEquals(n, calendar.workingDaysBetween(triggerAt, deadline.dueAt()));
                previous = deadline.lastDay();
            }
        }
    }

    private LocalDate stepByStep(LocalDate trigger, int n) {
        LocalDate day = trigger;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (officialWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static final Map<LocalDate, String> OFFICIAL = OfficialCalendar.rows().stream()
            .collect(Collectors.toMap(OfficialCalendar.Row::date, OfficialCalendar.Row::kind));

    private static boolean officialWorkingDay(LocalDate day) {
        String kind = day.getYear() <= 2026 ? OFFICIAL.get(day) : null;
        if (kind != null) {
            return kind.equals("MAKEUP_WORKDAY");
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
