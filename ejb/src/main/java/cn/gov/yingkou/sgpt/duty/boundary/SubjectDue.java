package cn.gov.yingkou.sgpt.duty.boundary;

import java.time.Instant;

/** A record some clock runs on (by its type and key, as the duty names it) and when its soonest running clock ends. */
public record SubjectDue(String subjectKey, Instant dueAt) {
}
