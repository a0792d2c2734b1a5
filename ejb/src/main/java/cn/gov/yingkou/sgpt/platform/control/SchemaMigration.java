package cn.gov.yingkou.sgpt.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects before anything else touches the database. Flyway
 * takes a database lock, so several cluster nodes starting together migrate once. Bean-managed
 * transactions: Flyway commits its own work, which a container transaction would forbid.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    private static final ClassProvider<JavaMigration> NO_JAVA_MIGRATIONS = java.util.List::of;
    /**
     * A pool that outlived a restart of the database may hand out connections the database has cut; each such
     * connection fails once (SQLState 08003 or 08006) and is then discarded by the pool. So a redeployment tries again,
     * a few times, past those, before it gives up; a database that refuses connections (08001) fails the start at once.
     */
    private static final int ATTEMPTS = 10;

    @Resource(lookup = "java:jboss/datasources/SgptDS")
    DataSource dataSource;

    private volatile String schemaVersion;
    private volatile Instant completedAt;

    @PostConstruct
    void migrate() {
        for (int attempt = 1; ; attempt++) {
            try {
                requireReachable();
                migrateNow();
                return;
            } catch (SQLException | RuntimeException e) {
                if (attempt < ATTEMPTS && cutConnection(e)) {
                    LOG.info("A pooled connection had been cut by the database; trying again");
                    continue;
                }
                LOG.log(Level.FINE, "Schema migration failed", e);
                throw fail(e instanceof FlywayException ? "数据库结构迁移失败 / Schema migration failed"
                        : "无法连接数据库 / Cannot connect to the database", e);
            }
        }
    }

    /** Whether the failure came from a pooled connection the database had closed. */
    private static boolean cutConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("08003".equals(sql.getSQLState()) || "08006".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private void migrateNow() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(new ListedMigrations(getClass().getClassLoader()))
                .javaMigrationClassProvider(NO_JAVA_MIGRATIONS)
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        completedAt = Instant.now();
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now) on " + DatabaseSettings.jdbcUrl());
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public Instant completedAt() {
        return completedAt;
    }

    private void requireReachable() throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            // A statement, not isValid: a cut connection then fails as the pool recognises, and is discarded.
            statement.execute("select 1");
        }
    }

    private static StartupFailure fail(String what, Exception cause) {
        String message = "启动中止 / Start-up stopped: " + what + " at " + DatabaseSettings.jdbcUrl()
                + " — " + DatabaseSettings.rootCause(cause)
                + ". 请检查 / Check sgpt.db.url, sgpt.db.user, sgpt.db.password (docs/operations.md).";
        LOG.severe(message);
        return new StartupFailure(message);
    }
}
