package cn.gov.yingkou.sgpt.duty.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.SetAuditAppend;

/**
 * One batch of the overdue sweep as a single statement: the open duties whose deadline has passed are marked
 * OVERDUE and each marked duty gets its audit entry, in one round trip and without the ids travelling to the
 * application and back. (It is hardly faster than fetching the ids and then updating and auditing them in
 * JDBC batches: writing the rows and their index entries is the cost either way.)
 *
 * <p>The two databases need two spellings of the same statement: PostgreSQL chains the update and the
 * insert with data-modifying common table expressions, H2 reads the updated rows from a
 * {@code FINAL TABLE}. Both read the due duties with a range scan on {@code ix_duty_status_due}, so the cost
 * follows the duties that fell due, not the size of the table (PostgreSQL's planner, which cannot know that
 * open duties past their deadline are rare, is steered to the index by ordering on it). A duty completed
 * meanwhile is not marked: the update waits for the completing transaction and re-checks the condition.
 */
public final class OverdueBatch {

    /** The audit entry's actor: the scheduled job. */
    public static final Actor SWEEPER = Actor.scheduler("duty-overdue-sweep");
    public static final String ACTION = "duty.overdue";

    private static final SetAuditAppend AUDIT = SetAuditAppend.of("duty", "id");
    private static final String DUE = "status = 'OPEN' and due_at <= ? and paused_since is null";

    static final String POSTGRESQL = "with marked as (update duty set status = 'OVERDUE', version = version + 1 "
            + "where id in (select id from duty where " + DUE + " order by due_at limit ?) "
            + "and status = 'OPEN' and paused_since is null returning id) "
            + AUDIT.insertSelect() + "from marked";
    static final String H2 = AUDIT.insertSelect()
            + "from final table (update duty set status = 'OVERDUE', version = version + 1 where " + DUE
            + " fetch first ? rows only)";

    private OverdueBatch() {
    }

    /**
     * Marks at most {@code limit} duties due at or before {@code now} as overdue, with their audit entries
     * stamped {@code at}, on the caller's connection and in its transaction; returns how many were marked.
     */
    public static int mark(Connection connection, Instant now, Instant at, int limit) throws SQLException {
        boolean postgresql = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
        try (PreparedStatement statement = connection.prepareStatement(postgresql ? POSTGRESQL : H2)) {
            int next = 1;
            if (postgresql) {
                next = bindDue(statement, next, now, limit);
            }
            next = AUDIT.bind(statement, next, at, SWEEPER, ACTION, "deadline passed before " + now);
            if (!postgresql) {
                bindDue(statement, next, now, limit);
            }
            return statement.executeUpdate();
        }
    }

    private static int bindDue(PreparedStatement statement, int first, Instant now, int limit) throws SQLException {
        statement.setTimestamp(first, Timestamp.from(now));
        statement.setInt(first + 1, limit);
        return first + 2;
    }
}
