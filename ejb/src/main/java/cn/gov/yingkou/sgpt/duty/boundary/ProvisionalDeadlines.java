package cn.gov.yingkou.sgpt.duty.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.calendar.boundary.CalendarChanged;
import cn.gov.yingkou.sgpt.calendar.boundary.CalendarService;
import cn.gov.yingkou.sgpt.calendar.boundary.WorkingDayCalendar;
import cn.gov.yingkou.sgpt.duty.entity.Duty;

/**
 * When a year's arrangement is published or corrected, every pending duty whose deadline was counted
 * provisionally is counted again, in the same transaction as the calendar change.
 */
@Stateless
public class ProvisionalDeadlines {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    CalendarService calendar;

    @EJB
    AuditTrail audit;

    @Inject
    Event<DutyRescheduled> rescheduled;

    public void onCalendarChanged(@Observes CalendarChanged change) {
        recompute();
    }

    public int recompute() {
        WorkingDayCalendar days = calendar.calendar();
        List<Duty> provisional = em.createNamedQuery("Duty.provisional", Duty.class)
                .setParameter("pending", DutyService.PENDING).getResultList();
        Actor actor = Actor.system("calendar");
        Instant now = Instant.now();
        for (Duty duty : provisional) {
            var before = duty.dueAt();
            DutyService.reschedule(duty, days);
            duty.reopenIfNotYetDue(now);
            audit.record(actor, "duty.reschedule", DutyService.RECORD_TYPE, duty.id().toString(),
                    "due " + before + " → " + duty.dueAt() + (duty.provisional() ? " (still provisional)" : ""),
                    AuditFacts.of("before", before).with("due", duty.dueAt())
                            .with("provisional", duty.provisional() ? "yes" : null));
            rescheduled.fire(new DutyRescheduled(duty.subjectType(), duty.subjectKey(), duty.kind(), duty.dueAt()));
        }
        return provisional.size();
    }
}
