package cn.gov.yingkou.sgpt.calendar.control;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.calendar.entity.CalendarDay;
import cn.gov.yingkou.sgpt.calendar.entity.DayKind;

/**
 * The calendar as of the latest revision in the database. Every use checks the revision (one row by key),
 * so a change made on any node applies everywhere at its next use; the calendar itself is rebuilt only
 * when the revision moved.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CalendarSnapshot {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    private volatile Loaded loaded;

    private record Loaded(long revision, WorkingDayCalendar calendar) {
    }

    public WorkingDayCalendar current() {
        long revision = revision();
        Loaded seen = loaded;
        if (seen == null || seen.revision() != revision) {
            seen = new Loaded(revision, load());
            loaded = seen;
        }
        return seen.calendar();
    }

    public long bump() {
        em.createNativeQuery("update cal_revision set revision = revision + 1 where id = 1").executeUpdate();
        return revision();
    }

    private long revision() {
        return ((Number) em.createNativeQuery("select revision from cal_revision where id = 1").getSingleResult())
                .longValue();
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
