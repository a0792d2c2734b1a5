package cn.gov.yingkou.sgpt.audit.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;

import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.control.AuditChainStore;
import cn.gov.yingkou.sgpt.audit.entity.AuditEntry;

/**
 * Appends to the audit trail inside the caller's transaction, so that a change and its audit entry commit
 * or roll back together.
 */
@Stateless
public class AuditTrail {

    /** How often new entries are sealed into the chain (AuditSealer's schedule). */
    public static final int SEAL_EVERY_SECONDS = 5;

    /** One audit entry, for JDBC batches (H2 runs in PostgreSQL mode, so nextval works on both). */
    public static final String INSERT = "insert into audit_entry (id, occurred_at, actor, channel, address, action, "
            + "record_type, record_key, detail) values (nextval('audit_seq'), ?, ?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/SgptDS")
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Actor actor, String action, String recordType, String recordKey, String detail) {
        em.persist(new AuditEntry(Instant.now(), actor.username(), actor.channel(), actor.address(), action,
                recordType, recordKey, detail));
    }

    /**
     * One entry per record for a change made to many records at once (the overdue sweep), written as one
     * JDBC batch on the transaction's own connection.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordEach(Actor actor, String action, String recordType, List<String> recordKeys, String detail) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (String key : recordKeys) {
                insert.setTimestamp(1, now);
                insert.setString(2, actor.username());
                insert.setString(3, actor.channel().name());
                insert.setString(4, actor.address());
                insert.setString(5, action);
                insert.setString(6, recordType);
                insert.setString(7, key);
                insert.setString(8, detail);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Audit entries could not be written", e);
        }
    }

    /** Walks the whole chain (oversight's check); the report names the first broken link. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainReport verifyChain(Caller caller) {
        AccessPolicy.require(caller, Permission.VERIFY_AUDIT, Scope.platform());
        try (Connection connection = dataSource.getConnection()) {
            return AuditChainStore.verify(connection, Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("The audit chain could not be read", e);
        }
    }

    /** How long the oldest entry not yet in the chain has waited (bounded by the sealing interval). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public java.time.Duration oldestUnsealed() {
        try (Connection connection = dataSource.getConnection()) {
            return AuditChainStore.oldestUnsealed(connection, Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be read", e);
        }
    }

    public List<AuditRecord> history(String recordType, String recordKey) {
        return em.createNamedQuery("AuditEntry.forRecord", AuditEntry.class)
                .setParameter("type", recordType).setParameter("key", recordKey).getResultStream()
                .map(e -> new AuditRecord(e.occurredAt(), e.actor(), e.channel(), e.action(), e.recordType(),
                        e.recordKey(), e.detail()))
                .toList();
    }
}
