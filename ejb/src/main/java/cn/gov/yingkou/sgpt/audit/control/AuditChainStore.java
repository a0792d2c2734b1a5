package cn.gov.yingkou.sgpt.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.yingkou.sgpt.audit.boundary.AuditEvidence;
import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.ChainReport;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;

/**
 * Sealing and verifying the audit chain, and reading one record's entries as evidence, over plain JDBC, so that
 * the server's sealing job and the command-line check ({@link AuditChainCheck}, run against a backup) use the same
 * code.
 */
public final class AuditChainStore {

    private static final String COLUMNS = "id, occurred_at, actor, channel, address, action, record_type, record_key, detail, facts";

    private AuditChainStore() {
    }

    /** Seals up to {@code limit} unsealed entries, oldest first; returns how many. The caller commits. */
    public static int sealBatch(Connection db, int limit, Instant now) throws SQLException {
        long lastSeq = 0;
        String previous = AuditChain.GENESIS;
        try (PreparedStatement head = db.prepareStatement(
                "select chain_seq, entry_hash from audit_entry where chain_seq = (select max(chain_seq) from audit_entry)")) {
            try (ResultSet rs = head.executeQuery()) {
                if (rs.next()) {
                    lastSeq = rs.getLong(1);
                    previous = rs.getString(2);
                }
            }
        }
        int sealed = 0;
        try (PreparedStatement select = db.prepareStatement("select " + COLUMNS + " from audit_entry "
                + "where chain_seq is null order by id");
                PreparedStatement seal = db.prepareStatement("update audit_entry set chain_seq = ?, prev_hash = ?, "
                        + "entry_hash = ?, hash_algorithm = ?, sealed_at = ? where id = ? and chain_seq is null")) {
            select.setMaxRows(limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long seq = lastSeq + 1 + sealed;
                    String hash = AuditChain.hash(previous, content(seq, rs));
                    seal.setLong(1, seq);
                    seal.setString(2, previous);
                    seal.setString(3, hash);
                    seal.setString(4, AuditChain.ALGORITHM);
                    seal.setTimestamp(5, Timestamp.from(now));
                    seal.setLong(6, rs.getLong("id"));
                    seal.addBatch();
                    previous = hash;
                    sealed++;
                }
            }
            if (sealed > 0) {
                seal.executeBatch();
            }
        }
        return sealed;
    }

    /** Walks the chain from the start and reports the first broken link, if any. */
    public static ChainReport verify(Connection db, Instant now) throws SQLException {
        long expected = 1;
        String previous = AuditChain.GENESIS;
        try (PreparedStatement walk = db.prepareStatement("select chain_seq, prev_hash, entry_hash, hash_algorithm, "
                + COLUMNS + " from audit_entry where chain_seq is not null order by chain_seq")) {
            walk.setFetchSize(1000);
            try (ResultSet rs = walk.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong("chain_seq");
                    if (seq != expected) {
                        return ChainReport.broken(expected - 1, previous, expected,
                                "entry " + expected + " is missing (deleted?) / 第 " + expected + " 条缺失（被删除？）", oldestUnsealed(db, now));
                    }
                    if (!previous.equals(rs.getString("prev_hash"))) {
                        return ChainReport.broken(expected - 1, previous, seq,
                                "entry " + seq + " does not follow entry " + (seq - 1) + " (inserted or reordered?) / 第 "
                                        + seq + " 条与前一条不相接（被插入或调换？）", oldestUnsealed(db, now));
                    }
                    String hash = AuditChain.hash(previous, content(seq, rs));
                    if (!hash.equals(rs.getString("entry_hash"))) {
                        return ChainReport.broken(expected - 1, previous, seq,
                                "entry " + seq + " was changed after it was sealed / 第 " + seq + " 条在封存后被修改",
                                oldestUnsealed(db, now));
                    }
                    previous = hash;
                    expected++;
                }
            }
        }
        return ChainReport.intact(expected - 1, previous, oldestUnsealed(db, now));
    }

    /**
     * A record's entries, oldest first, each with its place in the chain and whether it still hashes to what was
     * sealed and follows the entry before it (two reads an entry: no walk of the whole chain).
     */
    public static List<AuditEvidence> evidence(Connection db, String recordType, String recordKey) throws SQLException {
        List<AuditEvidence> entries = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select chain_seq, prev_hash, entry_hash, sealed_at, " + COLUMNS
                + " from audit_entry where record_type = ? and record_key = ? order by id");
                PreparedStatement before = db.prepareStatement("select entry_hash from audit_entry where chain_seq = ?")) {
            select.setString(1, recordType);
            select.setString(2, recordKey);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    AuditRecord entry = new AuditRecord(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                            Channel.valueOf(rs.getString("channel")), rs.getString("action"), rs.getString("record_type"),
                            rs.getString("record_key"), rs.getString("detail"), AuditFacts.decode(rs.getString("facts")));
                    long seq = rs.getLong("chain_seq");
                    if (rs.wasNull()) {
                        entries.add(new AuditEvidence(entry, null, null, null, false));
                        continue;
                    }
                    String previous = rs.getString("prev_hash");
                    String hash = rs.getString("entry_hash");
                    boolean intact = hash.equals(AuditChain.hash(previous, content(seq, rs)))
                            && previous.equals(hashAt(before, seq - 1));
                    entries.add(new AuditEvidence(entry, seq, hash, rs.getTimestamp("sealed_at").toInstant(), intact));
                }
            }
        }
        return entries;
    }

    private static String hashAt(PreparedStatement select, long seq) throws SQLException {
        if (seq == 0) {
            return AuditChain.GENESIS;
        }
        select.setLong(1, seq);
        try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** How long the oldest unsealed entry has waited: the bound the oversight view shows. */
    public static Duration oldestUnsealed(Connection db, Instant now) throws SQLException {
        try (PreparedStatement oldest = db.prepareStatement("select min(occurred_at) from audit_entry where chain_seq is null");
                ResultSet rs = oldest.executeQuery()) {
            Timestamp at = rs.next() ? rs.getTimestamp(1) : null;
            return at == null ? Duration.ZERO : Duration.between(at.toInstant(), now);
        }
    }

    private static AuditChain.Content content(long seq, ResultSet rs) throws SQLException {
        return new AuditChain.Content(seq, rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("channel"), rs.getString("address"), rs.getString("action"), rs.getString("record_type"),
                rs.getString("record_key"), rs.getString("detail"), rs.getString("facts"));
    }
}
