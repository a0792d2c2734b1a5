package cn.gov.yingkou.sgpt.audit.boundary;

import java.time.Instant;

/** An audit entry as others may read it. */
public record AuditRecord(Instant occurredAt, String actor, Channel channel, String action, String recordType,
        String recordKey, String detail) {
}
