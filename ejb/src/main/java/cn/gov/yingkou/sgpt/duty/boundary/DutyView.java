package cn.gov.yingkou.sgpt.duty.boundary;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.yingkou.sgpt.calendar.boundary.TimeLeft;

/** A duty as lists and interfaces show it; {@code timeLeft} is null once the duty is no longer pending. */
public record DutyView(long id, DutyKind kind, String subjectType, String subjectKey, long departmentId,
        Instant triggeredAt, String limitKind, Integer limitValue, LocalDate lastDay, Instant dueAt,
        boolean provisional, Instant pausedSince, DutyStatus status, Instant completedAt, String completedBy,
        TimeLeft timeLeft) {

    public boolean paused() {
        return pausedSince != null;
    }
}
