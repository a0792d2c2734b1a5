package cn.gov.yingkou.sgpt.calendar.boundary;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.calendar.control.CalendarSnapshot;
import cn.gov.yingkou.sgpt.calendar.entity.CalendarDay;
import cn.gov.yingkou.sgpt.calendar.entity.YearArrangement;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;

/**
 * Administrators publish or correct a year's holiday arrangement (the next year's notice arrives each
 * November). The change is audited, applies at once, and deadlines computed provisionally are recomputed
 * in the same transaction.
 */
@Stateless
public class CalendarAdministration {

    static final String RECORD_TYPE = "calendar-year";

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    CalendarSnapshot snapshot;

    @EJB
    AuditTrail audit;

    @Inject
    Event<CalendarChanged> changed;

    /** Replaces the arrangement of {@code year} with the given days. */
    public YearView publish(int year, String source, List<CalendarDayView> days, Caller caller) {
        AccessPolicy.require(caller, Permission.MANAGE_CALENDAR, Scope.platform());
        Actor actor = caller.actor();
        validate(year, source, days);
        YearArrangement arrangement = em.find(YearArrangement.class, year);
        boolean correction = arrangement != null;
        Instant now = Instant.now();
        if (correction) {
            arrangement.republish(source.strip(), now, actor.username());
            em.createNamedQuery("CalendarDay.deleteArrangement").setParameter("year", year).executeUpdate();
        } else {
            em.persist(new YearArrangement(year, source.strip(), now, actor.username()));
        }
        em.flush();
        for (CalendarDayView day : days) {
            CalendarDay other = em.find(CalendarDay.class, day.day());
            if (other != null) {
                throw new IllegalArgumentException(day.day() + " 已属于 " + other.arrangementYear() + " 年的安排 / "
                        + day.day() + " already belongs to the arrangement of " + other.arrangementYear());
            }
            em.persist(new CalendarDay(day.day(), day.kind(), day.name().strip(), year));
        }
        em.flush();
        snapshot.bump();
        audit.record(actor, correction ? "calendar.correct" : "calendar.publish", RECORD_TYPE,
                Integer.toString(year), describe(source, days));
        changed.fire(new CalendarChanged(year));
        return new YearView(year, true, source.strip(), now, actor.username(), days);
    }

    static void validate(int year, String source, List<CalendarDayView> days) {
        if (year < WorkingDayCalendar.FIRST_YEAR || year > WorkingDayCalendar.LAST_YEAR) {
            throw new IllegalArgumentException("年份须在 2000–2100 之间 / The year must be 2000–2100, was " + year);
        }
        if (source == null || source.isBlank() || source.length() > 500) {
            throw new IllegalArgumentException("须注明安排的来源（通知文号或网址，最多 500 字） / "
                    + "Name the source of the arrangement (notice number or address, at most 500 characters)");
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("安排至少包含一天 / An arrangement lists at least one day");
        }
        Set<LocalDate> seen = new HashSet<>();
        LocalDate from = LocalDate.of(year - 1, 12, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 31);
        for (CalendarDayView day : days) {
            if (day.day() == null || day.kind() == null || day.name() == null || day.name().isBlank()
                    || day.name().length() > 50) {
                throw new IllegalArgumentException("每天须有日期、类型和节日名称（最多 50 字） / "
                        + "Every day needs a date, a kind and a holiday name (at most 50 characters)");
            }
            if (day.day().isBefore(from) || day.day().isAfter(to)) {
                throw new IllegalArgumentException(day.day() + " 不在 " + year + " 年安排的范围内 / " + day.day()
                        + " is outside the arrangement of " + year);
            }
            if (!seen.add(day.day())) {
                throw new IllegalArgumentException(day.day() + " 重复 / " + day.day() + " is listed twice");
            }
            boolean weekend = day.day().getDayOfWeek() == DayOfWeek.SATURDAY || day.day().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (day.kind() == DayKind.MAKEUP_WORKDAY && !weekend) {
                throw new IllegalArgumentException(day.day() + " 调休上班日须为周六或周日 / " + day.day()
                        + " a make-up working day must be a Saturday or a Sunday");
            }
        }
    }

    private static String describe(String source, List<CalendarDayView> days) {
        return "source=" + source.strip() + "; days=" + days.stream()
                .map(d -> d.day() + ":" + d.kind() + ":" + d.name().strip()).collect(Collectors.joining(","));
    }
}
