package cn.gov.yingkou.sgpt.calendar.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.calendar.control.CalendarSnapshot;
import cn.gov.yingkou.sgpt.calendar.entity.CalendarDay;
import cn.gov.yingkou.sgpt.calendar.entity.YearArrangement;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;

/**
 * The working-day calendar for every other context, the portal, SOAP and REST. Deadlines come only from here. Other
 * contexts ask without a caller (they have checked theirs); a person or an external system reads through the methods
 * that take one, which the policy checks.
 */
@Stateless
public class CalendarService {

    @EJB
    CalendarSnapshot snapshot;

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    public WorkingDayCalendar calendar() {
        return snapshot.current();
    }

    public Deadline deadline(Instant trigger, DutyLimit limit) {
        return deadline(calendar(), trigger, limit, 0);
    }

    /**
     * The deadline of a limit, extended by working days that do not count (Licensing Law Art 45: hearings,
     * testing, expert review and the like).
     */
    public static Deadline deadline(WorkingDayCalendar calendar, Instant trigger, DutyLimit limit, int extraWorkingDays) {
        Deadline base;
        if (limit instanceof DutyLimit.WorkingDays w) {
            base = calendar.workingDaysAfter(trigger, w.days());
        } else if (limit instanceof DutyLimit.NaturalDays n) {
            base = calendar.naturalDaysAfter(trigger, n.days());
        } else {
            Instant agreed = ((DutyLimit.Agreed) limit).dueAt();
            base = new Deadline(WorkingDayCalendar.dateOf(agreed.minusNanos(1)), agreed, false);
        }
        if (extraWorkingDays == 0) {
            return base;
        }
        Deadline extended = calendar.workingDaysAfter(base.lastDay(), extraWorkingDays);
        return new Deadline(extended.lastDay(), extended.dueAt(), base.provisional() || extended.provisional());
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar().isWorkingDay(day);
    }

    public int workingDaysBetween(Instant from, Instant to) {
        return calendar().workingDaysBetween(from, to);
    }

    public TimeLeft timeLeft(Instant now, Instant due) {
        return calendar().timeLeft(now, due);
    }

    /** Whether a day is a working day, and whether its year's arrangement has been published. */
    public DayStatus day(Caller caller, LocalDate day) {
        AccessPolicy.require(caller, Permission.READ_CALENDAR, Scope.platform());
        WorkingDayCalendar days = calendar();
        return new DayStatus(day, days.isWorkingDay(day), days.isSettled(day));
    }

    public Deadline deadline(Caller caller, Instant trigger, DutyLimit limit) {
        AccessPolicy.require(caller, Permission.READ_CALENDAR, Scope.platform());
        return deadline(trigger, limit);
    }

    public int workingDaysBetween(Caller caller, Instant from, Instant to) {
        AccessPolicy.require(caller, Permission.READ_CALENDAR, Scope.platform());
        return workingDaysBetween(from, to);
    }

    public YearView year(Caller caller, int year) {
        AccessPolicy.require(caller, Permission.READ_CALENDAR, Scope.platform());
        if (year < WorkingDayCalendar.FIRST_YEAR || year > WorkingDayCalendar.LAST_YEAR) {
            throw new IllegalArgumentException("年份须在 " + WorkingDayCalendar.FIRST_YEAR + "–" + WorkingDayCalendar.LAST_YEAR
                    + " 之间 / The year must be " + WorkingDayCalendar.FIRST_YEAR + "–" + WorkingDayCalendar.LAST_YEAR);
        }
        YearArrangement arrangement = em.find(YearArrangement.class, year);
        List<CalendarDayView> days = em.createNamedQuery("CalendarDay.ofArrangement", CalendarDay.class)
                .setParameter("year", year).getResultStream()
                .map(d -> new CalendarDayView(d.day(), d.kind(), d.name())).toList();
        return arrangement == null ? new YearView(year, false, null, null, null, days)
                : new YearView(year, true, arrangement.source(), arrangement.publishedAt(), arrangement.publishedBy(), days);
    }

    public List<Integer> publishedYears(Caller caller) {
        AccessPolicy.require(caller, Permission.READ_CALENDAR, Scope.platform());
        return em.createNamedQuery("YearArrangement.years", Integer.class).getResultList();
    }
}
