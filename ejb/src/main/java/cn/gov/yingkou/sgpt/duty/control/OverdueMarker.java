package cn.gov.yingkou.sgpt.duty.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Marks one batch of open duties whose deadline has passed as OVERDUE, with their audit entries, in a
 * transaction of its own, so that a long catch-up after downtime commits as it goes.
 */
@Stateless
public class OverdueMarker {

    public static final int BATCH = 1000;

    @Resource(lookup = "java:jboss/datasources/SgptDS")
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int markBatch(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return OverdueBatch.mark(connection, now, Instant.now(), BATCH);
        } catch (SQLException e) {
            throw new IllegalStateException("Overdue duties could not be marked", e);
        }
    }
}
