package cn.gov.yingkou.sgpt.platform.control;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import cn.gov.yingkou.sgpt.platform.boundary.HealthReport.DatabaseCheck;

/** Asks the database whether it answers, and how quickly. */
@Stateless
public class DatabaseProbe {

    @Resource(lookup = "java:jboss/datasources/SgptDS")
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DatabaseCheck check(String schemaVersion) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            DatabaseMetaData meta = connection.getMetaData();
            long micros = (System.nanoTime() - start) / 1_000;
            return new DatabaseCheck(valid && schemaVersion != null, meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(), schemaVersion, micros, null);
        } catch (SQLException | RuntimeException e) {
            return new DatabaseCheck(false, null, null, schemaVersion, (System.nanoTime() - start) / 1_000,
                    DatabaseSettings.rootCause(e));
        }
    }
}
