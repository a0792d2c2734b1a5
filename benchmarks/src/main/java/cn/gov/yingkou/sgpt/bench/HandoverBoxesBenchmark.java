package cn.gov.yingkou.sgpt.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.flywaydb.core.Flyway;

import cn.gov.yingkou.sgpt.platform.control.ListedMigrations;

/**
 * The boxes of the hand-over engine against a large table, with the platform's own migrations and the boxes' own
 * queries (as PushQueries has Hibernate issue them: a count and a page of 20, per box): N hand-overs (default
 * 1,000,000) of a year, 90% results, 5% penalty decisions, 5% licence actions, 60% of them between the approval bureau
 * and one market-supervision bureau (the worst department), the rest spread over 39 others; 95% signed, 2% pushed and
 * waiting, 1.5% to push, 1% returned, 0.5% withdrawn — so every unsigned one is long overdue, the worst case for the
 * overdue boxes. Prints each box's time (median and worst of 10 after a warm-up) and whether its plan uses an index.
 * Target: every box, and a licence's history, under 100 ms on PostgreSQL.
 *
 * <p>Arguments: jdbcUrl user password [rows]. The database must be empty.
 */
public final class HandoverBoxesBenchmark {

    private static final long BUREAU = 1;
    private static final long MARKET = 2;
    private static final int OTHERS = 39;
    /** PushQueries.COUNT_CAP: a box counts up to this many. */
    private static final int CAP = 10_000;
    private static final String COLUMNS = "h.id, h.message_id, h.kind, h.document_number, h.unit_id, h.licence_number, "
            + "h.application_number, h.item_code, h.from_department_id, h.to_department_id, h.payload, h.status, h.issued_at, "
            + "h.pushed_at, h.pushed_by, h.signed_at, h.signed_by, h.returned_at, h.return_reason, h.changed_at, h.due_at, "
            + "h.handed_over_by, h.agreed_manner, h.agreed_with, h.agreed_due_at, h.agreed_at, h.receipt_recorded_by, "
            + "h.answers_id, h.withdrawn_at, h.withdraw_reason, h.version";

    /** One box: its where clause over side, kind and statuses (and the overdue cut), its order, and its parameters. */
    private record Box(String name, String where, String order, List<Object> parameters) {
    }

    private HandoverBoxesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        Flyway.configure(HandoverBoxesBenchmark.class.getClassLoader()).dataSource(url, user, password)
                .resourceProvider(new ListedMigrations(HandoverBoxesBenchmark.class.getClassLoader()))
                .javaMigrationClassProvider(List::of).load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            Instant now = Instant.now();
            long load = System.nanoTime();
            organisation(db);
            fill(db, rows, now);
            System.out.printf("loaded %,d hand-overs in %.1f s%n", rows, (System.nanoTime() - load) / 1e9);
            db.setAutoCommit(true);
            try (var statement = db.createStatement()) {
                statement.execute("vacuum analyze exchange_handover");
            }
            System.out.printf("database  %s %s%n", db.getMetaData().getDatabaseProductName(),
                    db.getMetaData().getDatabaseProductVersion());
            for (Box box : boxes(now)) {
                measure(db, box);
            }
        }
    }

    private static List<Box> boxes(Instant now) {
        Timestamp cut = Timestamp.from(now);
        List<Box> boxes = new ArrayList<>();
        for (String kind : List.of("RESULT", "LICENCE_ACTION")) {
            boxes.add(inbox("inbox " + kind + " to sign", kind, "'PUSHED'", false, "h.pushed_at, h.id", cut));
            boxes.add(inbox("inbox " + kind + " overdue to sign", kind, "'PUSHED'", true, "h.pushed_at, h.id", cut));
            boxes.add(inbox("inbox " + kind + " signed", kind, "'SIGNED'", false, "h.changed_at desc, h.id desc", cut));
            boxes.add(inbox("inbox " + kind + " returned", kind, "'RETURNED'", false, "h.changed_at desc, h.id desc", cut));
            boxes.add(outbox("outbox " + kind + " to push", kind, "'PENDING','RETURNED'", false, "h.issued_at, h.id", cut));
            boxes.add(outbox("outbox " + kind + " pushed, unsigned", kind, "'PUSHED'", false, "h.changed_at desc, h.id desc",
                    cut));
            boxes.add(outbox("outbox " + kind + " overdue", kind, "'PENDING','RETURNED','PUSHED'", true, "h.due_at, h.id",
                    cut));
            boxes.add(outbox("outbox " + kind + " done", kind, "'SIGNED'", false, "h.changed_at desc, h.id desc", cut));
        }
        boxes.add(new Box("penalty decisions to the bureau, to sign", "h.kind = 'PENALTY' and h.status in ('PUSHED') "
                + "and h.to_department_id = ?", "h.pushed_at, h.id", List.of(BUREAU)));
        boxes.add(new Box("returned anywhere (oversight)", "h.kind = 'RESULT' and h.status in ('RETURNED')",
                "h.returned_at, h.id", List.of()));
        boxes.add(new Box("a licence's history", "h.licence_number = ?", "h.issued_at, h.id", List.of("BX500000")));
        return boxes;
    }

    private static Box inbox(String name, String kind, String statuses, boolean overdue, String order, Timestamp cut) {
        return new Box(name, "h.kind = '" + kind + "' and h.status in (" + statuses + ") and h.to_department_id = ?"
                + (overdue ? " and h.due_at < ?" : ""), order, overdue ? List.of(MARKET, cut) : List.of(MARKET));
    }

    private static Box outbox(String name, String kind, String statuses, boolean overdue, String order, Timestamp cut) {
        return new Box(name, "h.kind = '" + kind + "' and h.status in (" + statuses + ") and h.from_department_id = ?"
                + (overdue ? " and h.due_at < ?" : ""), order, overdue ? List.of(BUREAU, cut) : List.of(BUREAU));
    }

    /**
     * The box's count (up to the cap) and first page of 20, as the server runs them: ten times after three to warm up;
     * then, untimed, how many rows the box really holds.
     */
    private static void measure(Connection db, Box box) throws SQLException {
        String count = "select h.id from exchange_handover h where " + box.where() + " fetch first " + (CAP + 1)
                + " rows only";
        String page = "select " + COLUMNS + " from exchange_handover h where " + box.where() + " order by " + box.order()
                + " offset 0 rows fetch first 20 rows only";
        double[] millis = new double[10];
        long total = 0;
        for (int i = -3; i < millis.length; i++) {
            long start = System.nanoTime();
            total = rowsOf(db, count, box.parameters());
            int shown = rowsOf(db, page, box.parameters());
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            if (shown > 20) {
                throw new IllegalStateException("a page holds 20");
            }
        }
        Arrays.sort(millis);
        long rows = single(db, "select count(*) from exchange_handover h where " + box.where(), box.parameters());
        System.out.printf("%-46s %,9d rows (shown as %s)  median %6.1f ms  worst %6.1f ms  %s  %s%n", box.name(), rows,
                total > CAP ? String.format("%,d+", CAP) : String.format("%,d", total),
                millis[millis.length / 2], millis[millis.length - 1], plan(db, count, box.parameters()),
                plan(db, page, box.parameters()));
    }

    private static long single(Connection db, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = bound(db, sql, parameters); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static int rowsOf(Connection db, String sql, List<Object> parameters) throws SQLException {
        int n = 0;
        try (PreparedStatement statement = bound(db, sql, parameters); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                n++;
            }
        }
        return n;
    }

    /** The plan's outermost scan: what the database reads the box by. */
    private static String plan(Connection db, String sql, List<Object> parameters) throws SQLException {
        StringBuilder scans = new StringBuilder();
        try (PreparedStatement statement = bound(db, "explain " + sql, parameters);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                String line = result.getString(1).strip();
                if (line.contains("Scan") && scans.isEmpty()) {
                    scans.append(line.replaceAll("\\s+\\(cost.*", "").replaceFirst("^->\\s*", ""));
                }
            }
        }
        return "[" + scans + "]";
    }

    private static PreparedStatement bound(Connection db, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static void organisation(Connection db) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.executeUpdate("insert into org_unit (id, code, name_zh, name_en, kind, active, version) "
                    + "values (1, '210800', '营口市', 'Yingkou', 'CITY', true, 0)");
            statement.executeUpdate("insert into org_department (id, unit_id, code, name_zh, name_en, role, active, version) "
                    + "values (" + BUREAU + ", 1, '210800-XZSP', '审批局', 'Approval bureau', 'APPROVAL_BUREAU', true, 0)");
            for (long d = MARKET; d <= MARKET + OTHERS; d++) {
                statement.executeUpdate("insert into org_department (id, unit_id, code, name_zh, name_en, role, active, "
                        + "version) values (" + d + ", 1, '210800-D" + d + "', '行业局" + d + "', 'Department " + d
                        + "', 'COMPETENT_DEPARTMENT', true, 0)");
            }
        }
        db.commit();
    }

    /** A year of hand-overs, oldest first, every 30 s or so. */
    private static void fill(Connection db, int rows, Instant now) throws SQLException {
        Random random = new Random(19);
        Duration step = Duration.ofDays(365).dividedBy(rows);
        try (PreparedStatement insert = db.prepareStatement("insert into exchange_handover (id, message_id, kind, "
                + "document_number, unit_id, licence_number, application_number, item_code, from_department_id, "
                + "to_department_id, payload, status, issued_at, pushed_at, pushed_by, signed_at, signed_by, returned_at, "
                + "return_reason, changed_at, due_at, handed_over_by, withdrawn_at, withdraw_reason, version) values (?, ?, "
                + "?, ?, 1, ?, ?, '000105001000', ?, ?, '{}', ?, ?, ?, 'bench', ?, ?, ?, ?, ?, ?, 'PLATFORM_INBOX', ?, ?, 0)")) {
            for (int i = 1; i <= rows; i++) {
                double k = random.nextDouble();
                String kind = k < 0.90 ? "RESULT" : k < 0.95 ? "PENALTY" : "LICENCE_ACTION";
                long department = random.nextDouble() < 0.6 ? MARKET : MARKET + 1 + random.nextInt(OTHERS);
                double s = random.nextDouble();
                String status = s < 0.95 ? "SIGNED" : s < 0.97 ? "PUSHED" : s < 0.985 ? "PENDING" : s < 0.995 ? "RETURNED"
                        : kind.equals("RESULT") ? "SIGNED" : "WITHDRAWN";
                Instant issued = now.minus(step.multipliedBy(rows - i));
                Instant pushed = status.equals("PENDING") ? null : issued.plus(Duration.ofHours(1));
                Instant signed = status.equals("SIGNED") ? issued.plus(Duration.ofHours(20)) : null;
                Instant due = switch (status) {
                    case "PUSHED" -> pushed.plus(Duration.ofDays(2));
                    case "PENDING", "RETURNED" -> issued.plus(Duration.ofDays(2));
                    case "SIGNED" -> kind.equals("RESULT") ? signed.plus(Duration.ofDays(7)) : null;
                    default -> null;
                };
                insert.setLong(1, i);
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, kind);
                insert.setString(4, "DOC" + i);
                insert.setString(5, "BX" + i);
                insert.setString(6, kind.equals("RESULT") ? "SQ" + i : null);
                insert.setLong(7, kind.equals("PENALTY") ? department : BUREAU);
                insert.setLong(8, kind.equals("PENALTY") ? BUREAU : department);
                insert.setString(9, status);
                insert.setTimestamp(10, Timestamp.from(issued));
                insert.setTimestamp(11, pushed == null ? null : Timestamp.from(pushed));
                insert.setTimestamp(12, signed == null ? null : Timestamp.from(signed));
                insert.setString(13, signed == null ? null : "bench");
                insert.setTimestamp(14, status.equals("RETURNED") ? Timestamp.from(issued.plus(Duration.ofHours(5))) : null);
                insert.setString(15, status.equals("RETURNED") ? "不属于本部门" : null);
                insert.setTimestamp(16, Timestamp.from(issued.plus(Duration.ofHours(signed == null ? 5 : 20))));
                insert.setTimestamp(17, due == null ? null : Timestamp.from(due));
                insert.setTimestamp(18, status.equals("WITHDRAWN") ? Timestamp.from(issued.plus(Duration.ofHours(3))) : null);
                insert.setString(19, status.equals("WITHDRAWN") ? "录错" : null);
                insert.addBatch();
                if (i % 5_000 == 0 || i == rows) {
                    insert.executeBatch();
                    db.commit();
                }
            }
        }
    }
}
