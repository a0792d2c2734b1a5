package cn.gov.yingkou.sgpt.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.flywaydb.core.Flyway;

import cn.gov.yingkou.sgpt.duty.control.OverdueBatch;
import cn.gov.yingkou.sgpt.duty.control.OverdueMarker;
import cn.gov.yingkou.sgpt.platform.control.ListedMigrations;

/**
 * The overdue sweep against a large duty table, with the platform's own migrations and the sweep's own
 * SQL: N duties (default 1,000,000), of which 1% have just fallen due, laid out in one of two ways (below).
 * Prints the sweep's time, a full scan's time, and their ratio.
 * Targets: the sweep under 1 second and under 1/20 of the full scan.
 *
 * <p>Arguments: jdbcUrl user password [rows [scattered|chronological]] (the two layouts below). The database
 * must be empty (H2: a new file). The benchmark runs the sweep's own statement (OverdueBatch) over plain JDBC,
 * one transaction per batch as the server does.
 */
public final class OverdueSweepBenchmark {

    private OverdueSweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:h2:file:./target/bench-h2/sgpt;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String user = args.length > 1 ? args[1] : "sa";
        String password = args.length > 2 ? args[2] : "sa";
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        boolean chronological = args.length > 4 && args[4].equals("chronological");

        Flyway.configure(OverdueSweepBenchmark.class.getClassLoader()).dataSource(url, user, password)
                .resourceProvider(new ListedMigrations(OverdueSweepBenchmark.class.getClassLoader()))
                .javaMigrationClassProvider(List::of).load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            Instant now = Instant.now();
            long load = System.nanoTime();
            int overdue = fill(db, rows, now, chronological ? OverdueSweepBenchmark::chronological : OverdueSweepBenchmark::scattered);
            System.out.printf("loaded %,d duties (%,d just fell due, %s) in %.1f s%n", rows, overdue,
                    chronological ? "in the order they arose" : "scattered over the table", (System.nanoTime() - load) / 1e9);
            analyze(db, url);
            explain(db, now);

            double scan = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                scan = Math.min(scan, fullScanMillis(db, i));
            }
            long start = System.nanoTime();
            int marked = sweep(db, now);
            double sweep = (System.nanoTime() - start) / 1e6;
            double floor = bareStatusChangeMillis(db);
            System.out.printf("database           %s%n", db.getMetaData().getDatabaseProductName() + " "
                    + db.getMetaData().getDatabaseProductVersion());
            System.out.printf("duties             %,d%n", rows);
            System.out.printf("marked overdue     %,d (expected %,d)%n", marked, overdue);
            System.out.printf("sweep              %.0f ms  (target < 1000 ms)%n", sweep);
            System.out.printf("full scan          %.0f ms%n", scan);
            System.out.printf("sweep / full scan  1/%.1f  (target better than 1/20)%n", scan / sweep);
            System.out.printf("bare status change %.0f ms  (the same rows' status written back by one statement, "
                    + "nothing audited: %.2f times the full scan)%n", floor, floor / scan);
        }
    }

    /** One generated duty: its deadline and whether it is still open. */
    private record Generated(Instant due, boolean open) {
    }

    /** How the table's duties are laid out: id, row count, now and a random source to one duty. */
    private interface Layout {
        Generated duty(int id, int rows, Instant now, SplittableRandom random);
    }

    /**
     * The worst case: the 1% that just fell due are spread evenly over the whole table, so every one of them is on
     * a page of its own (60% long done, the rest open with time left).
     */
    private static Generated scattered(int id, int rows, Instant now, SplittableRandom random) {
        int kind = random.nextInt(100);
        if (kind < 1) {
            return new Generated(now.minusSeconds(1 + random.nextInt(3600)), true);
        }
        if (kind < 61) {
            return new Generated(now.minusSeconds(86_400L * (2 + random.nextInt(700))), false);
        }
        return new Generated(now.plusSeconds(60 + random.nextInt(30 * 86_400)), true);
    }

    /**
     * As duties arise: ids in the order of their triggers, two years of them, each due two to four days after its
     * trigger. Those that fell due in the last week (1% of two years) are open: a platform down for a week, or
     * its sweep stopped, catching up; older ones are done, newer ones open with time left.
     */
    private static Generated chronological(int id, int rows, Instant now, SplittableRandom random) {
        long span = 730L * 86_400;
        Instant triggered = now.minusSeconds(span).plusSeconds(span * id / rows);
        Instant due = triggered.plusSeconds(2 * 86_400 + random.nextInt(2 * 86_400));
        return new Generated(due, !due.isBefore(now.minusSeconds(span / 100)));
    }

    private static int fill(Connection db, int rows, Instant now, Layout layout) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("insert into org_unit (id, code, name_zh, name_en, kind, parent_id, active, version) "
                    + "values (1, 'B1', '基准单位', 'Benchmark unit', 'CITY', null, true, 0)");
            s.executeUpdate("insert into org_department (id, unit_id, code, name_zh, name_en, role, industry, active, version) "
                    + "values (1, 1, 'B1-D', '基准部门', 'Benchmark department', 'APPROVAL_BUREAU', null, true, 0)");
        }
        SplittableRandom random = new SplittableRandom(7);
        int overdue = 0;
        try (PreparedStatement insert = db.prepareStatement("insert into duty (id, kind, subject_type, subject_key, "
                + "department_id, unit_id, triggered_at, limit_kind, limit_value, last_day, due_at, provisional, "
                + "paused_since, status, completed_at, completed_by, cancel_reason, version) "
                + "values (?, 'PUSH_RESULT', 'licence', ?, 1, 1, ?, 'WORKING_DAYS', 2, ?, ?, false, null, ?, ?, ?, null, 0)")) {
            for (int id = 1; id <= rows; id++) {
                Generated duty = layout.duty(id, rows, now, random);
                Instant due = duty.due();
                boolean done = !duty.open();
                String status = done ? "DONE_ON_TIME" : "OPEN";
                if (duty.open() && !due.isAfter(now)) {
                    overdue++;
                }
                insert.setLong(1, id);
                insert.setString(2, "L-" + id);
                insert.setTimestamp(3, Timestamp.from(due.minusSeconds(3 * 86_400)));
                insert.setObject(4, due.atOffset(java.time.ZoneOffset.ofHours(8)).toLocalDate());
                insert.setTimestamp(5, Timestamp.from(due));
                insert.setString(6, status);
                insert.setTimestamp(7, done ? Timestamp.from(due.minusSeconds(3600)) : null);
                insert.setString(8, done ? "bench" : null);
                insert.addBatch();
                if (id % 5_000 == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        return overdue;
    }

    /** The server's own batches (OverdueBatch), each in its own transaction as OverdueMarker runs them. */
    private static int sweep(Connection db, Instant now) throws SQLException {
        int total = 0;
        int batches = 0;
        int marked;
        do {
            marked = OverdueBatch.mark(db, now, Instant.now(), OverdueMarker.BATCH);
            db.commit();
            total += marked;
            batches++;
        } while (marked > 0);
        System.out.printf("  (%d batches of at most %,d)%n", batches, OverdueMarker.BATCH);
        return total;
    }

    /**
     * The least any marking can cost: the duties the sweep marked set back to OPEN by one plain statement (no
     * audit, no batches, no second condition). Writing ten thousand row versions and their index entries is a
     * floor under every design that records the status per duty, and it alone is compared with the full scan.
     */
    private static double bareStatusChangeMillis(Connection db) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.executeUpdate("update duty set status = 'OPEN' where status = 'OVERDUE'");
        }
        db.commit();
        return (System.nanoTime() - start) / 1e6;
    }

    /** A query no index answers, with a fresh parameter each time so that no result cache can answer it either. */
    private static double fullScanMillis(Connection db, int run) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement s = db.prepareStatement("select sum(limit_value), count(completed_by) from duty "
                + "where triggered_at > ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.parse("2000-01-01T00:00:00Z").plusSeconds(run)));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
            }
        }
        db.commit();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void analyze(Connection db, String url) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(url.startsWith("jdbc:postgresql") ? "analyze duty" : "analyze");
        }
        db.commit();
    }

    /** The plan of the due duties' select, which the sweep's statement embeds. */
    private static void explain(Connection db, Instant now) throws SQLException {
        try (PreparedStatement explain = db.prepareStatement("explain select id from duty where status = 'OPEN' "
                + "and due_at <= ? and paused_since is null")) {
            explain.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rs = explain.executeQuery()) {
                System.out.println("plan of the due duties' select:");
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
        }
        db.commit();
    }
}
