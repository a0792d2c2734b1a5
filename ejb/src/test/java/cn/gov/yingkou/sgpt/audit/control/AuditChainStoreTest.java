package cn.gov.yingkou.sgpt.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.audit.boundary.ChainReport;
import cn.gov.yingkou.sgpt.platform.control.ListedMigrations;

/** Sealing and verifying the audit chain on the real schema (H2 in PostgreSQL mode, migrated by Flyway). */
class AuditChainStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure(getClass().getClassLoader()).dataSource(url, "sa", "")
                .resourceProvider(new ListedMigrations(getClass().getClassLoader()))
                .javaMigrationClassProvider(List::of).load().migrate();
        db = DriverManager.getConnection(url, "sa", "");
        for (int i = 1; i <= 5; i++) {
            append("duty.open", Integer.toString(i), NOW.minusSeconds(60 - i));
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void sealedEntriesVerifyAndTheChainContinuesAcrossBatches() throws SQLException {
        assertEquals(Duration.ofSeconds(59), AuditChainStore.oldestUnsealed(db, NOW), "waiting since the first entry");
        assertEquals(3, AuditChainStore.sealBatch(db, 3, NOW));
        assertEquals(2, AuditChainStore.sealBatch(db, 3, NOW));
        assertEquals(0, AuditChainStore.sealBatch(db, 3, NOW));
        append("duty.complete", "1", NOW);
        assertEquals(1, AuditChainStore.sealBatch(db, 3, NOW));

        ChainReport report = AuditChainStore.verify(db, NOW);
        assertTrue(report.intact(), report.toString());
        assertEquals(6, report.intactEntries());
        assertEquals(Duration.ZERO, report.oldestUnsealed());
        assertTrue(AuditChainCheck.describe(report).startsWith("INTACT: 6 sealed entries"));
    }

    @Test
    void anEditedEntryIsTheFirstBrokenLink() throws SQLException {
        AuditChainStore.sealBatch(db, 100, NOW);
        execute("update audit_entry set detail = 'nothing happened' where chain_seq = 3");
        ChainReport report = AuditChainStore.verify(db, NOW);
        assertFalse(report.intact());
        assertEquals(3L, report.brokenAt());
        assertEquals(2, report.intactEntries());
        assertTrue(report.problem().contains("changed"), report.problem());
    }

    @Test
    void aDeletedEntryIsFound() throws SQLException {
        AuditChainStore.sealBatch(db, 100, NOW);
        execute("delete from audit_entry where chain_seq = 3");
        ChainReport report = AuditChainStore.verify(db, NOW);
        assertEquals(3L, report.brokenAt());
        assertTrue(report.problem().contains("missing"), report.problem());
    }

    @Test
    void anInsertedEntryIsFoundEvenWithAValidHashOfItsOwn() throws SQLException {
        AuditChainStore.sealBatch(db, 100, NOW);
        // Make room after entry 2, then forge an entry 3 that links correctly to entry 2.
        for (int seq = 5; seq >= 3; seq--) {
            execute("update audit_entry set chain_seq = " + (seq + 1) + " where chain_seq = " + seq);
        }
        String hashOf2;
        try (var rs = db.createStatement().executeQuery("select entry_hash from audit_entry where chain_seq = 2")) {
            rs.next();
            hashOf2 = rs.getString(1);
        }
        var forged = new AuditChain.Content(3, NOW.minusSeconds(57), "intruder", "PORTAL", null, "duty.complete",
                "duty", "9", null, null);
        try (PreparedStatement insert = db.prepareStatement("insert into audit_entry (id, occurred_at, actor, channel, "
                + "address, action, record_type, record_key, detail, chain_seq, prev_hash, entry_hash, hash_algorithm, "
                + "sealed_at) values (999999, ?, 'intruder', 'PORTAL', null, 'duty.complete', 'duty', '9', null, 3, ?, ?, 'SM3', ?)")) {
            insert.setTimestamp(1, Timestamp.from(forged.occurredAt()));
            insert.setString(2, hashOf2);
            insert.setString(3, AuditChain.hash(hashOf2, forged));
            insert.setTimestamp(4, Timestamp.from(NOW));
            insert.executeUpdate();
        }
        ChainReport report = AuditChainStore.verify(db, NOW);
        assertFalse(report.intact());
        assertEquals(4L, report.brokenAt(), "the entry after the forgery no longer follows");
        assertEquals(3, report.intactEntries());
        assertTrue(AuditChainCheck.describe(report).startsWith("BROKEN at entry 4"));
    }

    @Test
    void theHashIsSm3OverTheEntryAndItsPredecessor() {
        var content = new AuditChain.Content(1, NOW, "admin", "PORTAL", "127.0.0.1", "calendar.publish",
                "calendar-year", "2027", "source=…", null);
        String first = AuditChain.hash(AuditChain.GENESIS, content);
        assertEquals(64, first.length());
        assertEquals(first, AuditChain.hash(AuditChain.GENESIS, content), "deterministic");
        assertFalse(first.equals(AuditChain.hash("1".repeat(64), content)), "depends on the predecessor");
    }

    @Test
    void anEntryWithoutFactsHashesAsEntriesWereSealedBeforeFactsWereKept() {
        var content = new AuditChain.Content(1, NOW, "admin", "PORTAL", "127.0.0.1", "calendar.publish",
                "calendar-year", "2027", "source=…", null);
        // Sealed by the chain's first form; a chain sealed then must verify now.
        assertEquals("afb3ed5b9749d679dc98719a55e07b1a2027b5818c5fe3ad9519631db2fa8830",
                AuditChain.hash(AuditChain.GENESIS, content));
    }

    @Test
    void anEditedFactIsABrokenLinkAsAnEditedTextIs() throws SQLException {
        execute("update audit_entry set facts = 'receiver=210800-SCJG\n' where record_key = '2'");
        AuditChainStore.sealBatch(db, 100, NOW);
        assertTrue(AuditChainStore.verify(db, NOW).intact(), "facts written before sealing are sealed with the entry");
        execute("update audit_entry set facts = 'receiver=210802-SCJG\n' where record_key = '2'");
        ChainReport report = AuditChainStore.verify(db, NOW);
        assertFalse(report.intact());
        assertEquals(2L, report.brokenAt());
        var evidence = AuditChainStore.evidence(db, "duty", "2");
        assertFalse(evidence.get(0).intact());
        assertEquals("210802-SCJG", evidence.get(0).entry().facts().get("receiver").orElseThrow(),
                "evidence reads the facts as they are now");
    }

    private void append(String action, String key, Instant at) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into audit_entry (id, occurred_at, actor, "
                + "channel, address, action, record_type, record_key, detail) "
                + "values (nextval('audit_seq'), ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, "spj.clerk");
            insert.setString(3, "PORTAL");
            insert.setString(4, "127.0.0.1");
            insert.setString(5, action);
            insert.setString(6, "duty");
            insert.setString(7, key);
            insert.setString(8, "推送审批结果");
            insert.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
