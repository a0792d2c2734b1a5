package cn.gov.yingkou.sgpt.duty.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.yingkou.sgpt.calendar.boundary.Deadline;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.calendar.boundary.WorkingDayCalendar;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;
import cn.gov.yingkou.sgpt.duty.boundary.PauseReason;

/**
 * A statutory duty on a clock: owned by one department, triggered at an instant, due at the end of its
 * limit counted in the working-day calendar. Lifecycle (see {@link DutyStatus}): opened by the business
 * action that triggers it; paused and resumed while a hearing, testing or expert review runs (Licensing Law
 * Art 45), which moves the deadline; completed, in the same transaction, by the action that fulfils it —
 * on time or late; marked overdue by the sweep when its deadline passes; or cancelled with a reason.
 */
@Entity
@Table(name = "duty")
@NamedQuery(name = "Duty.pendingBySubject", query = "select d from Duty d where d.kind = :kind "
        + "and d.subjectType = :type and d.subjectKey = :key and d.status in :pending")
@NamedQuery(name = "Duty.bySubject", query = "select d from Duty d where d.subjectType = :type and d.subjectKey = :key "
        + "order by d.triggeredAt, d.id")
@NamedQuery(name = "Duty.pendingForDepartment", query = "select d from Duty d where d.departmentId = :department "
        + "and d.status in :pending order by d.dueAt, d.id")
@NamedQuery(name = "Duty.countPendingForDepartment", query = "select count(d) from Duty d "
        + "where d.departmentId = :department and d.status in :pending")
@NamedQuery(name = "Duty.soonestPendingOfDepartment", query = "select d.subjectKey, min(d.dueAt) from Duty d "
        + "where d.departmentId = :department and d.subjectType = :type and d.status in :pending "
        + "group by d.subjectKey order by min(d.dueAt), d.subjectKey desc")
@NamedQuery(name = "Duty.provisional", query = "select d from Duty d where d.provisional = true "
        + "and d.status in :pending")
public class Duty {

    @Id
    @SequenceGenerator(name = "duty_seq", sequenceName = "duty_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DutyKind kind;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_key", nullable = false, updatable = false)
    private String subjectKey;

    @Column(name = "department_id", nullable = false, updatable = false)
    private Long departmentId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "triggered_at", nullable = false, updatable = false)
    private Instant triggeredAt;

    @Column(name = "limit_kind", nullable = false, updatable = false)
    private String limitKind;

    @Column(name = "limit_value", updatable = false)
    private Integer limitValue;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(nullable = false)
    private boolean provisional;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DutyStatus status;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "duty_id", nullable = false)
    @OrderBy("startedAt")
    private List<DutyPause> pauses = new ArrayList<>();

    @Version
    private long version;

    protected Duty() {
    }

    public Duty(DutyKind kind, String subjectType, String subjectKey, long departmentId, long unitId,
            Instant triggeredAt, DutyLimit limit, Deadline deadline) {
        this.kind = Objects.requireNonNull(kind);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectKey = Objects.requireNonNull(subjectKey);
        this.departmentId = departmentId;
        this.unitId = unitId;
        this.triggeredAt = Objects.requireNonNull(triggeredAt);
        this.limitKind = limit.kind();
        this.limitValue = limit.dayCount();
        this.status = DutyStatus.OPEN;
        reschedule(deadline);
    }

    /** The limit the duty was opened with (for an agreed date, that date). */
    public DutyLimit limit() {
        return DutyLimit.of(limitKind, limitValue, dueAt);
    }

    /** Working days that do not count: from the day each pause began until (and including) the day it ended. */
    public int pausedWorkingDays(WorkingDayCalendar calendar) {
        int days = 0;
        for (DutyPause pause : pauses) {
            if (pause.endedAt() != null) {
                days += calendar.workingDaysBetween(WorkingDayCalendar.dateOf(pause.startedAt()),
                        WorkingDayCalendar.dateOf(pause.endedAt()));
            }
        }
        return days;
    }

    public void reschedule(Deadline deadline) {
        this.lastDay = deadline.lastDay();
        this.dueAt = deadline.dueAt();
        this.provisional = deadline.provisional();
    }

    /** After a calendar correction: an overdue duty whose deadline now lies ahead is open again. */
    public void reopenIfNotYetDue(Instant now) {
        if (status == DutyStatus.OVERDUE && now.isBefore(dueAt)) {
            status = status.requireNext(DutyStatus.OPEN);
        }
    }

    public void pause(PauseReason reason, Instant at, String note) {
        if (status != DutyStatus.OPEN || pausedSince != null) {
            throw new IllegalStateException("只有进行中且未暂停的职责可以暂停 / Only an open duty that is not paused can be paused");
        }
        if ("AGREED".equals(limitKind)) {
            throw new IllegalStateException("约定时限的职责不能暂停 / A duty with an agreed due date cannot be paused");
        }
        if (!at.isBefore(dueAt) || at.isBefore(triggeredAt)) {
            throw new IllegalArgumentException("暂停时间须在触发之后、期限之前 / A pause starts after the trigger and before the deadline");
        }
        pauses.add(new DutyPause(Objects.requireNonNull(reason), at, note));
        pausedSince = at;
    }

    /** Ends the running pause; the caller then reschedules with the pause's working days added. */
    public void resume(Instant at) {
        if (pausedSince == null) {
            throw new IllegalStateException("职责未暂停 / The duty is not paused");
        }
        if (at.isBefore(pausedSince)) {
            throw new IllegalArgumentException("恢复时间早于暂停时间 / A pause cannot end before it began");
        }
        pauses.get(pauses.size() - 1).end(at);
        pausedSince = null;
    }

    public void complete(Instant at, String by) {
        if (pausedSince != null) {
            throw new IllegalStateException("请先恢复计时 / Resume the clock before completing the duty");
        }
        DutyStatus next = status == DutyStatus.OPEN && !at.isAfter(dueAt) ? DutyStatus.DONE_ON_TIME : DutyStatus.DONE_LATE;
        status = status.requireNext(next);
        completedAt = Objects.requireNonNull(at);
        completedBy = Objects.requireNonNull(by);
    }

    public void markOverdue() {
        if (pausedSince != null) {
            throw new IllegalStateException("暂停中的职责不会逾期 / A paused duty cannot fall overdue");
        }
        status = status.requireNext(DutyStatus.OVERDUE);
    }

    public void cancel(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new IllegalArgumentException("须说明取消原因（最多 500 字） / Give a reason for cancelling (at most 500 characters)");
        }
        status = status.requireNext(DutyStatus.CANCELLED);
        cancelReason = reason.strip();
        completedAt = at;
        completedBy = by;
        pausedSince = null;
    }

    public Long id() { return id; }
    public DutyKind kind() { return kind; }
    public String subjectType() { return subjectType; }
    public String subjectKey() { return subjectKey; }
    public Long departmentId() { return departmentId; }
    public Long unitId() { return unitId; }
    public Instant triggeredAt() { return triggeredAt; }
    public String limitKind() { return limitKind; }
    public Integer limitValue() { return limitValue; }
    public LocalDate lastDay() { return lastDay; }
    public Instant dueAt() { return dueAt; }
    public boolean provisional() { return provisional; }
    public Instant pausedSince() { return pausedSince; }
    public DutyStatus status() { return status; }
    public Instant completedAt() { return completedAt; }
    public String completedBy() { return completedBy; }
    public String cancelReason() { return cancelReason; }
    public List<DutyPause> pauses() { return List.copyOf(pauses); }
}
