package cn.gov.yingkou.sgpt.calendar.boundary;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;

import cn.gov.yingkou.sgpt.calendar.boundary.Deadline;
import cn.gov.yingkou.sgpt.calendar.boundary.TimeLeft;

/**
 * Which days are working days (Administrative Licensing Law Art 82), and the deadlines counted in them.
 *
 * <p>A day is a working day when it is Monday to Friday and not a statutory holiday, or when it is a make-up
 * working day (调休上班). The trigger day is never counted: an N-working-day duty is due at 24:00 Beijing
 * time at the end of the Nth working day after the day it was triggered, so a trigger on a non-working day
 * counts from the next working day. Years whose arrangement is not published fall back to weekends only,
 * and a deadline that counts through such a year is provisional.
 *
 * <p>Immutable and precomputed for 2000–2100: a due date is two array reads, so deadlines can be computed
 * wherever they are needed without a cache.
 */
public final class WorkingDayCalendar {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** Beijing time has had no daylight saving since 1991: one offset for the whole range. */
    static final int OFFSET_SECONDS = 8 * 3600;
    private static final int SECONDS_PER_DAY = 86_400;
    private static final long FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay() - FIRST_DAY);

    /** workingBefore[i]: working days among the first i days of the range. */
    private final int[] workingBefore = new int[DAYS + 1];
    /** The range index of the k-th working day. */
    private final int[] workingDays;
    /** unpublishedBefore[y]: years without a published arrangement among the first y years of the range. */
    private final int[] unpublishedBefore = new int[LAST_YEAR - FIRST_YEAR + 2];
    private final BitSet published = new BitSet();

    public WorkingDayCalendar(Set<Integer> publishedYears, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        for (int year : publishedYears) {
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                published.set(year - FIRST_YEAR);
            }
        }
        for (int y = 0; y <= LAST_YEAR - FIRST_YEAR; y++) {
            unpublishedBefore[y + 1] = unpublishedBefore[y] + (published.get(y) ? 0 : 1);
        }
        int[] found = new int[DAYS];
        int count = 0;
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = LocalDate.ofEpochDay(FIRST_DAY + i);
            boolean settled = published.get(day.getYear() - FIRST_YEAR);
            boolean working = settled && makeUpWorkdays.contains(day)
                    || !isWeekend(day) && !(settled && holidays.contains(day));
            if (working) {
                found[count++] = i;
            }
            workingBefore[i + 1] = count;
        }
        workingDays = Arrays.copyOf(found, count);
    }

    public boolean isWorkingDay(LocalDate day) {
        int i = index(day);
        return workingBefore[i + 1] != workingBefore[i];
    }

    /** Whether the day's year has a published arrangement, so that its status will not change. */
    public boolean isSettled(LocalDate day) {
        index(day);
        return published.get(day.getYear() - FIRST_YEAR);
    }

    /** The deadline of an N-working-day duty triggered at the given instant. */
    public Deadline workingDaysAfter(Instant trigger, int workingDays) {
        return workingDaysAfter(dateOf(trigger), workingDays);
    }

    public Deadline workingDaysAfter(LocalDate triggerDay, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("工作日期限至少为 1 天 / A working-day limit is at least 1 day, was " + n);
        }
        int k = workingBefore[index(triggerDay) + 1] + n - 1;
        if (k >= workingDays.length) {
            throw outOfRange(triggerDay);
        }
        LocalDate last = LocalDate.ofEpochDay(FIRST_DAY + workingDays[k]);
        return new Deadline(last, endOf(last), !settledBetween(triggerDay, last));
    }

    /**
     * The deadline of an N-day (natural day) limit: the Nth day after the trigger day, moved to the next
     * working day when it is not one (Civil Code Art 203, where a period ends on a rest day).
     */
    public Deadline naturalDaysAfter(Instant trigger, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("期限至少为 1 天 / A limit is at least 1 day, was " + n);
        }
        LocalDate triggerDay = dateOf(trigger);
        LocalDate last = triggerDay.plusDays(n);
        if (!isWorkingDay(last)) {
            last = workingDaysAfter(last, 1).lastDay();
        }
        return new Deadline(last, endOf(last), !settledBetween(triggerDay, last));
    }

    /** Working days after the first day, up to and including the last (negative when last is earlier). */
    public int workingDaysBetween(LocalDate afterDay, LocalDate lastDay) {
        return workingBefore[index(lastDay) + 1] - workingBefore[index(afterDay) + 1];
    }

    /**
     * Working days after the day of {@code from}, up to and including the day in which {@code to} falls;
     * an instant at exactly 24:00 belongs to the day that has just ended, so the working days between a
     * trigger and its deadline are the limit.
     */
    public int workingDaysBetween(Instant from, Instant to) {
        return workingDaysBetween(dateOf(from), dateOf(to.minusNanos(1)));
    }

    /** What a list shows: working days left including today, or working days overdue. */
    public TimeLeft timeLeft(Instant now, Instant due) {
        LocalDate today = dateOf(now);
        LocalDate lastDay = dateOf(due.minusNanos(1));
        if (now.isBefore(due)) {
            return new TimeLeft(workingDaysBetween(today.minusDays(1), lastDay), false);
        }
        return new TimeLeft(Math.max(0, workingDaysBetween(lastDay, today)), true);
    }

    /** 24:00 Beijing time at the end of the day. */
    public static Instant endOf(LocalDate day) {
        return Instant.ofEpochSecond((day.toEpochDay() + 1) * SECONDS_PER_DAY - OFFSET_SECONDS);
    }

    /** The Beijing-time date of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond() + OFFSET_SECONDS, SECONDS_PER_DAY));
    }

    private boolean settledBetween(LocalDate from, LocalDate to) {
        int first = from.getYear() - FIRST_YEAR;
        int last = to.getYear() - FIRST_YEAR;
        return unpublishedBefore[last + 1] - unpublishedBefore[first] == 0;
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static int index(LocalDate day) {
        long i = day.toEpochDay() - FIRST_DAY;
        if (i < 0 || i >= DAYS) {
            throw outOfRange(day);
        }
        return (int) i;
    }

    private static IllegalArgumentException outOfRange(LocalDate day) {
        return new IllegalArgumentException("日期超出日历范围 " + FIRST_YEAR + "–" + LAST_YEAR
                + " / Date outside the calendar's range " + FIRST_YEAR + "–" + LAST_YEAR + ": " + day);
    }
}
