package cn.gov.yingkou.sgpt.audit.boundary;

import java.time.Instant;

/**
 * An audit entry as others may read it: the sealed text of the step ({@code detail}) and the facts it was written from,
 * from which the portal says it in the reader's language (none on entries older than the facts).
 */
public record AuditRecord(Instant occurredAt, String actor, Channel channel, String action, String recordType,
        String recordKey, String detail, AuditFacts facts) {
}
