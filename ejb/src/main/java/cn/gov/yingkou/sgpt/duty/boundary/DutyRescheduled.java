package cn.gov.yingkou.sgpt.duty.boundary;

import java.time.Instant;

/**
 * A pending duty's deadline was counted again (a year's arrangement was published or corrected), in the transaction
 * that did it: whoever keeps the deadline of a clock beside its subject keeps it current.
 */
public record DutyRescheduled(String subjectType, String subjectKey, DutyKind kind, Instant dueAt) {
}
