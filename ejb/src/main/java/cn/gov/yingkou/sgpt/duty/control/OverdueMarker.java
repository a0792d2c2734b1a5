package cn.gov.yingkou.sgpt.duty.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;

/**
 * Marks one batch of open duties whose deadline has passed as OVERDUE. The select reads only those duties
 * (a range scan on ix_duty_status_due), so the cost follows the duties that fell due, not the size of the
 * table; each update is by primary key and re-checks the status, so a duty completed meanwhile, or marked by
 * another node, is left alone.
 */
@Stateless
public class OverdueMarker {

    public static final int BATCH = 1000;
    /** Open duties past their deadline: a range scan on ix_duty_status_due, stopped after one batch. */
    public static final String SELECT_DUE = "select id from duty where status = 'OPEN' and due_at <= ? "
            + "and paused_since is null";
    public static final String MARK_OVERDUE = "update duty set status = 'OVERDUE', version = version + 1 "
            + "where id = ? and status = 'OPEN' and paused_since is null";

    @Resource(lookup = "java:jboss/datasources/SgptDS")
    DataSource dataSource;

    @EJB
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int markBatch(Instant now) {
        List<String> marked = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<Long> due = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT_DUE)) {
                select.setTimestamp(1, Timestamp.from(now));
                select.setMaxRows(BATCH);
                try (var rs = select.executeQuery()) {
                    while (rs.next()) {
                        due.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement(MARK_OVERDUE)) {
                for (Long id : due) {
                    update.setLong(1, id);
                    update.addBatch();
                }
                int[] counts = due.isEmpty() ? new int[0] : update.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] != 0) {
                        marked.add(due.get(i).toString());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Overdue duties could not be marked", e);
        }
        if (!marked.isEmpty()) {
            audit.recordEach(Actor.scheduler("duty-overdue-sweep"), "duty.overdue", "duty", marked,
                    "deadline passed before " + now);
        }
        return marked.size();
    }
}
