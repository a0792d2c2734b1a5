package cn.gov.yingkou.sgpt.calendar.control;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.calendar.boundary.DayKind;
import cn.gov.yingkou.sgpt.calendar.boundary.WorkingDayCalendar;
import cn.gov.yingkou.sgpt.calendar.entity.CalendarDay;
import cn.gov.yingkou.sgpt.shared.NativeWrites;

/**
 * The calendar as of the latest revision in the database. The revision (one row by key) is checked at most
 * once a second, so a change made on any node applies everywhere within a second (at once on the node that
 * made it); the calendar itself is rebuilt only when the revision moved.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CalendarSnapshot {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    private volatile Loaded loaded;
    /** After a change on this node, every use checks until the change has surely committed. */
    private volatile long alwaysCheckUntil = System.nanoTime();

    private record Loaded(long revision, WorkingDayCalendar calendar, long checkedAt) {
    }

    public WorkingDayCalendar current() {
        Loaded seen = loaded;
        long now = System.nanoTime();
        if (seen != null && now - seen.checkedAt() < CHECK_EVERY_NANOS && now - alwaysCheckUntil > 0) {
            return seen.calendar();
        }
        long revision = revision();
        seen = seen == null || seen.revision() != revision ? new Loaded(revision, load(), now)
                : new Loaded(revision, seen.calendar(), now);
        loaded = seen;
        return seen.calendar();
    }

    public long bump() {
        NativeWrites.on(em, "cal_revision", "update cal_revision set revision = revision + 1 where id = 1").executeUpdate();
        alwaysCheckUntil = System.nanoTime() + 10 * CHECK_EVERY_NANOS;
        loaded = null;
        return revision();
    }

    private long revision() {
        // No auto-flush: a native query would make Hibernate dirty-check the caller's whole persistence context,
        // on every due-date computation, for a table no business transaction writes.
        return ((Number) em.createNativeQuery("select revision from cal_revision where id = 1")
                .setFlushMode(FlushModeType.COMMIT).getSingleResult()).longValue();
    }

    private WorkingDayCalendar load() {
        List<Integer> years = em.createNamedQuery("YearArrangement.years", Integer.class).getResultList();
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUps = new HashSet<>();
        for (CalendarDay day : em.createNamedQuery("CalendarDay.all", CalendarDay.class).getResultList()) {
            (day.kind() == DayKind.HOLIDAY ? holidays : makeUps).add(day.day());
        }
        return new WorkingDayCalendar(new HashSet<>(years), holidays, makeUps);
    }
}
