package cn.gov.yingkou.sgpt.duty.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.calendar.boundary.CalendarService;
import cn.gov.yingkou.sgpt.calendar.boundary.Deadline;
import cn.gov.yingkou.sgpt.calendar.boundary.WorkingDayCalendar;
import cn.gov.yingkou.sgpt.duty.entity.Duty;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;

/**
 * Opening, completing, pausing, resuming and cancelling duties: the calls every other context makes. Each
 * runs in the caller's transaction, so a duty is completed together with the business action that
 * fulfils it, and each change is audited.
 */
@Stateless
public class DutyService {

    static final String RECORD_TYPE = "duty";
    static final List<DutyStatus> PENDING = List.of(DutyStatus.OPEN, DutyStatus.OVERDUE);

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    CalendarService calendar;

    @EJB
    Departments departments;

    @EJB
    AuditTrail audit;

    public DutyView open(OpenDuty request, Actor actor) {
        Duty duty = arise(request);
        em.persist(duty);
        auditOpened(duty, request, actor);
        return view(duty, Instant.now());
    }

    /**
     * A duty fulfilled the moment it arises (a push the push list sends at once): opened and completed in one
     * record, audited as both, so that it counts among the duties done like any other.
     */
    public DutyView openDone(OpenDuty request, Instant doneAt, Actor actor) {
        Duty duty = arise(request);
        duty.complete(doneAt, actor.username());
        em.persist(duty);
        auditOpened(duty, request, actor);
        audit.record(actor, "duty.complete", RECORD_TYPE, key(duty), duty.status() + " at " + doneAt,
                completedFacts(duty, doneAt));
        return view(duty, doneAt);
    }

    private Duty arise(OpenDuty request) {
        request.validate();
        DepartmentRef department = departments.require(request.departmentCode());
        Deadline deadline = calendar.deadline(request.triggeredAt(), request.limit());
        return new Duty(request.kind(), request.subjectType().strip(), request.subjectKey().strip(),
                department.id(), department.unitId(), request.triggeredAt(), request.limit(), deadline);
    }

    private void auditOpened(Duty duty, OpenDuty request, Actor actor) {
        audit.record(actor, "duty.open", RECORD_TYPE, key(duty), request.kind() + " " + request.subjectType() + ":"
                + request.subjectKey() + " for " + request.departmentCode() + ", due " + duty.dueAt()
                + (duty.provisional() ? " (provisional)" : ""), AuditFacts.of("kind", request.kind())
                        .with("subjectType", request.subjectType()).with("subject", request.subjectKey())
                        .with("department", request.departmentCode()).with("due", duty.dueAt())
                        .with("provisional", duty.provisional() ? "yes" : null));
    }

    private static AuditFacts completedFacts(Duty duty, Instant at) {
        return AuditFacts.of("status", duty.status()).with("at", at);
    }

    public DutyView complete(long id, Instant at, Actor actor) {
        Duty duty = load(id);
        resumeIfPaused(duty, at);
        duty.complete(at, actor.username());
        audit.record(actor, "duty.complete", RECORD_TYPE, key(duty), duty.status() + " at " + at, completedFacts(duty, at));
        return view(duty, at);
    }

    /** Completes the pending duty of this kind about this record, if there is one: how actions fulfil duties. */
    public Optional<DutyView> completePending(DutyKind kind, String subjectType, String subjectKey, Instant at,
            Actor actor) {
        return em.createNamedQuery("Duty.pendingBySubject", Duty.class).setParameter("kind", kind)
                .setParameter("type", subjectType).setParameter("key", subjectKey).setParameter("pending", PENDING)
                .getResultStream().findFirst().map(duty -> complete(duty.id(), at, actor));
    }

    /** The pending duty of this kind about this record, if there is one. */
    public Optional<DutyView> pending(DutyKind kind, String subjectType, String subjectKey) {
        return em.createNamedQuery("Duty.pendingBySubject", Duty.class).setParameter("kind", kind)
                .setParameter("type", subjectType).setParameter("key", subjectKey).setParameter("pending", PENDING)
                .getResultStream().findFirst().map(duty -> view(duty, Instant.now()));
    }

    /** Every duty about this record, oldest first: the clocks of its timeline. */
    public List<DutyView> about(String subjectType, String subjectKey) {
        Instant now = Instant.now();
        return em.createNamedQuery("Duty.bySubject", Duty.class).setParameter("type", subjectType)
                .setParameter("key", subjectKey).getResultStream().map(d -> view(d, now)).toList();
    }

    /**
     * The records of a type whose clocks a department owns, each with its soonest running clock, soonest first: the
     * order of a work queue (the approval workbench).
     */
    public List<SubjectDue> soonestPending(String subjectType, long departmentId) {
        return em.createNamedQuery("Duty.soonestPendingOfDepartment", Object[].class)
                .setParameter("department", departmentId).setParameter("type", subjectType).setParameter("pending", PENDING)
                .getResultStream().map(row -> new SubjectDue((String) row[0], (Instant) row[1])).toList();
    }

    public DutyView pause(long id, PauseReason reason, Instant at, String note, Actor actor) {
        if (note != null && note.length() > 500) {
            throw new IllegalArgumentException("说明最多 500 字 / A note has at most 500 characters");
        }
        Duty duty = load(id);
        duty.pause(reason, at, note == null ? null : note.strip());
        audit.record(actor, "duty.pause", RECORD_TYPE, key(duty), reason + " from " + at + (note == null ? "" : ": " + note),
                AuditFacts.of("reason", reason).with("at", at).with("note", note));
        return view(duty, at);
    }

    public DutyView resume(long id, Instant at, Actor actor) {
        Duty duty = load(id);
        duty.resume(at);
        reschedule(duty, calendar.calendar());
        audit.record(actor, "duty.resume", RECORD_TYPE, key(duty), "at " + at + ", now due " + duty.dueAt(),
                AuditFacts.of("at", at).with("due", duty.dueAt()));
        return view(duty, at);
    }

    public DutyView cancel(long id, String reason, Actor actor) {
        Duty duty = load(id);
        Instant now = Instant.now();
        duty.cancel(reason, actor.username(), now);
        audit.record(actor, "duty.cancel", RECORD_TYPE, key(duty), reason, AuditFacts.of("reason", reason));
        return view(duty, now);
    }

    public Optional<DutyView> find(long id) {
        return Optional.ofNullable(em.find(Duty.class, id)).map(d -> view(d, Instant.now()));
    }

    /** A department's pending duties, soonest deadline first, one page at a time (paged in the database). */
    public DutyPage pendingForDepartment(Caller caller, DepartmentRef department, int first, int pageSize) {
        AccessPolicy.require(caller, Permission.VIEW_RECORDS, Scope.department(department));
        long departmentId = department.id();
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("分页参数无效 / Invalid page: first " + first + ", size " + pageSize);
        }
        long total = em.createNamedQuery("Duty.countPendingForDepartment", Long.class)
                .setParameter("department", departmentId).setParameter("pending", PENDING).getSingleResult();
        Instant now = Instant.now();
        WorkingDayCalendar days = calendar.calendar();
        List<DutyView> rows = em.createNamedQuery("Duty.pendingForDepartment", Duty.class)
                .setParameter("department", departmentId).setParameter("pending", PENDING)
                .setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(d -> view(d, now, days)).toList();
        return new DutyPage(rows, total);
    }

    /** How many of the department's duties are pending and how many of those have run out. */
    public DutyCounts countsForDepartment(Caller caller, DepartmentRef department) {
        AccessPolicy.require(caller, Permission.VIEW_RECORDS, Scope.department(department));
        long pending = em.createNamedQuery("Duty.countPendingForDepartment", Long.class)
                .setParameter("department", department.id()).setParameter("pending", PENDING).getSingleResult();
        long overdue = em.createNamedQuery("Duty.countPendingForDepartment", Long.class)
                .setParameter("department", department.id()).setParameter("pending", List.of(DutyStatus.OVERDUE))
                .getSingleResult();
        return new DutyCounts(pending, overdue);
    }

    /** The audit history of a duty, for those who may see the department's records. */
    public List<AuditRecord> history(Caller caller, long id) {
        Duty duty = em.find(Duty.class, id);
        if (duty == null) {
            throw new RecordNotFound("没有编号为 " + id + " 的时限 / No duty " + id);
        }
        AccessPolicy.require(caller, Permission.VIEW_RECORDS, new Scope(duty.unitId(), duty.departmentId()));
        return audit.history("duty", Long.toString(id));
    }

    static void reschedule(Duty duty, WorkingDayCalendar days) {
        duty.reschedule(CalendarService.deadline(days, duty.triggeredAt(), duty.limit(), duty.pausedWorkingDays(days)));
    }

    private void resumeIfPaused(Duty duty, Instant at) {
        if (duty.pausedSince() != null) {
            duty.resume(at);
            reschedule(duty, calendar.calendar());
        }
    }

    private Duty load(long id) {
        Duty duty = em.find(Duty.class, id, LockModeType.OPTIMISTIC);
        if (duty == null) {
            throw new RecordNotFound("没有编号为 " + id + " 的职责 / No duty " + id);
        }
        return duty;
    }

    private DutyView view(Duty duty, Instant now) {
        return view(duty, now, calendar.calendar());
    }

    static DutyView view(Duty d, Instant now, WorkingDayCalendar days) {
        return new DutyView(d.id(), d.kind(), d.subjectType(), d.subjectKey(), d.departmentId(), d.triggeredAt(),
                d.limitKind(), d.limitValue(), d.lastDay(), d.dueAt(), d.provisional(), d.pausedSince(), d.status(),
                d.completedAt(), d.completedBy(), d.status().pending() ? days.timeLeft(now, d.dueAt()) : null);
    }

    private static String key(Duty duty) {
        return Long.toString(duty.id());
    }
}
