package cn.gov.yingkou.sgpt.audit.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;

/** One line of the audit trail: who did what to which record, when and through which channel. Never changed. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.forRecord",
        query = "select e from AuditEntry e where e.recordType = :type and e.recordKey = :key order by e.id")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(updatable = false)
    private String address;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "record_type", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "record_key", nullable = false, updatable = false)
    private String recordKey;

    @Column(updatable = false, length = 4000)
    private String detail;

    @Column(updatable = false, length = 4000)
    private String facts;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, Channel channel, String address, String action,
            String recordType, String recordKey, String detail, String facts) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.channel = channel;
        this.address = address;
        this.action = action;
        this.recordType = recordType;
        this.recordKey = recordKey;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
        this.facts = facts;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Channel channel() {
        return channel;
    }

    public String action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public String recordKey() {
        return recordKey;
    }

    public String facts() {
        return facts;
    }

    public String detail() {
        return detail;
    }
}
