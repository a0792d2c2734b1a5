package cn.gov.yingkou.sgpt.audit.boundary;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
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
    /** Someone was shown a person's identifiers in full (PIPL): who saw whose data, and when. */
    public static final String PERSONAL_DATA_READ = "personal-data.read";
    /** A list read names the records it showed in full, this many to an entry (within an entry's 4,000 characters). */
    static final int KEYS_PER_ENTRY = 150;

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/SgptDS")
    DataSource dataSource;

    /**
     * Records that the actor was shown {@code what} of these records in full: one record read alone goes into its own
     * trail; a list's records are named in entries keyed "list".
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void personalDataShown(Actor actor, String recordType, List<String> keys, String what) {
        if (keys.size() == 1) {
            record(actor, PERSONAL_DATA_READ, recordType, keys.get(0), what);
            return;
        }
        for (int from = 0; from < keys.size(); from += KEYS_PER_ENTRY) {
            record(actor, PERSONAL_DATA_READ, recordType, "list", what + ": "
                    + String.join(", ", keys.subList(from, Math.min(keys.size(), from + KEYS_PER_ENTRY))));
        }
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Actor actor, String action, String recordType, String recordKey, String detail) {
        record(actor, action, recordType, recordKey, detail, AuditFacts.none());
    }

    /** A step with the facts a reader's words are made from; {@code detail} is its sealed text for the record. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Actor actor, String action, String recordType, String recordKey, String detail, AuditFacts facts) {
        em.persist(new AuditEntry(Instant.now(), actor.username(), actor.channel(), actor.address(), action,
                recordType, recordKey, detail, facts.encoded()));
    }

    /**
     * Walks the whole chain; the report names the first broken link. Who may ask is decided by the boundary that
     * serves the check (oversight's).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainReport verifyChain() {
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

    /**
     * A record's entries as evidence, with their places in the chain (for a proof of who did what when). The caller
     * decides who may read the record.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEvidence> evidence(String recordType, String recordKey) {
        try (Connection connection = dataSource.getConnection()) {
            return AuditChainStore.evidence(connection, recordType, recordKey);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be read", e);
        }
    }

    public List<AuditRecord> history(String recordType, String recordKey) {
        return em.createNamedQuery("AuditEntry.forRecord", AuditEntry.class)
                .setParameter("type", recordType).setParameter("key", recordKey).getResultStream()
                .map(e -> new AuditRecord(e.occurredAt(), e.actor(), e.channel(), e.action(), e.recordType(),
                        e.recordKey(), e.detail(), AuditFacts.decode(e.facts())))
                .toList();
    }
}
