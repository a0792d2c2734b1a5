package cn.gov.yingkou.sgpt.audit.boundary;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * An audit entry for each row a set-based job changed, written by the same statement (a job that marks thousands of
 * rows cannot afford a round trip per entry). The job places this INSERT … SELECT after the rows it changed and binds
 * its parameters; the audit trail's table stays the audit context's to name. The entries are sealed like any other.
 */
public final class SetAuditAppend {

    private static final Pattern RECORD_TYPE = Pattern.compile("[a-z][a-z_]{0,39}");
    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z_]{0,39}");

    private final String sql;

    private SetAuditAppend(String sql) {
        this.sql = sql;
    }

    /** Entries about records of {@code recordType} keyed by {@code keyColumn} of the rows selected after it. */
    public static SetAuditAppend of(String recordType, String keyColumn) {
        if (!RECORD_TYPE.matcher(recordType).matches() || !COLUMN.matcher(keyColumn).matches()) {
            throw new IllegalArgumentException("Not a record type and key column: " + recordType + ", " + keyColumn);
        }
        return new SetAuditAppend("insert into audit_entry (id, occurred_at, actor, channel, address, action, "
                + "record_type, record_key, detail) select nextval('audit_seq'), ?, ?, ?, ?, ?, '" + recordType
                + "', cast(" + keyColumn + " as varchar(20)), ? ");
    }

    /** The INSERT … SELECT up to its FROM clause, which the job appends. */
    public String insertSelect() {
        return sql;
    }

    /** Binds the entries' common values from parameter {@code first} on; returns the next parameter's index. */
    public int bind(PreparedStatement statement, int first, Instant at, Actor actor, String action, String detail)
            throws SQLException {
        int next = first;
        statement.setTimestamp(next++, Timestamp.from(at));
        statement.setString(next++, actor.username());
        statement.setString(next++, actor.channel().name());
        statement.setString(next++, actor.address());
        statement.setString(next++, action);
        statement.setString(next++, detail);
        return next;
    }
}
