package cn.gov.yingkou.sgpt.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.gov.yingkou.sgpt.organisation.control.CredentialKeyFile;

/**
 * The outbox after an outage: N pushes (default 10,000) waiting for one department's industry system, which
 * then answers. A local receiver (the JDK's HTTP server on loopback, answering the published contract's
 * RECEIVED to every call that carries a WS-Security UsernameToken) stands in for the industry system; the
 * running platform's delivery worker drains the backlog. Prints pushes delivered per second, the time to
 * drain, and whether every push arrived exactly once.
 *
 * <p>Arguments: jdbcUrl user password credentialKeyFile [count [port]]. The key file is the running server's
 * (sgpt.credential.key.file; by default data/keys/credential.key under its data directory), so that the
 * server can open the receiver's secret. The benchmark's department (210800-BENCH) and its pushes have
 * negative ids, apart from everything else, and its pushes are replaced at each run. The receiver listens on a fixed
 * port (default 18089) so that the department's receiving channel, written once, stays as the server cached it: a
 * second run against the same server measures delivery, not the expiry of a cache entry the SQL went behind.
 */
public final class DeliveryDrainBenchmark {

    private static final long DEPARTMENT = -7001;
    private static final Pattern MESSAGE_ID = Pattern.compile("messageId>([^<]+)<");
    private static final byte[] RECEIVED = ("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soap:Body><r:deliverResultResponse xmlns:r=\"http://sgpt.yingkou.gov.cn/ws/industry/v1\">"
            + "<r:outcome>RECEIVED</r:outcome></r:deliverResultResponse></soap:Body></soap:Envelope>")
            .getBytes(StandardCharsets.UTF_8);

    private final Map<String, Integer> received = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong unsigned = new AtomicLong();

    private DeliveryDrainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        System.setProperty(CredentialKeyFile.PROPERTY, args[3]);
        int count = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
        int port = args.length > 5 ? Integer.parseInt(args[5]) : 18089;
        new DeliveryDrainBenchmark().run(url, user, password, count, port);
    }

    private void run(String url, String user, String password, int count, int port) throws Exception {
        // Without it the JDK's server writes headers and body as two small packets and Nagle holds the second
        // until the platform's delayed ACK (40 ms): the receiver, not the platform, would set the pace.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        receiver.createContext("/receiver", this::receive);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.start();
        String endpoint = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/receiver";
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            Instant queued = seed(db, endpoint, count);
            System.out.printf("%,d pushes queued for %s at %s%n", count, endpoint, queued);
            Instant firstSeen = null;
            long delivered = 0;
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(30));
            while (delivered < count && Instant.now().isBefore(giveUp)) {
                Thread.sleep(250);
                delivered = delivered(db);
                if (firstSeen == null && delivered > 0) {
                    firstSeen = Instant.now();
                }
            }
            Instant drained = Instant.now();
            double seconds = Duration.between(firstSeen == null ? queued : firstSeen, drained).toMillis() / 1000.0;
            long duplicates = received.values().stream().filter(n -> n > 1).count();
            System.out.printf("delivered %,d of %,d: first after %.1f s (the worker's tick), drained in %.1f s from the "
                    + "first, %,.0f pushes/s; the receiver took %,d calls, %,d distinct messages, %,d repeated, %,d "
                    + "without a UsernameToken%n", delivered, count,
                    firstSeen == null ? Double.NaN : Duration.between(queued, firstSeen).toMillis() / 1000.0, seconds,
                    delivered / seconds, calls.get(), received.size(), duplicates, unsigned.get());
        } finally {
            receiver.stop(0);
            ((java.util.concurrent.ExecutorService) receiver.getExecutor()).shutdownNow();
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        calls.incrementAndGet();
        if (!body.contains("UsernameToken")) {
            unsigned.incrementAndGet();
        }
        Matcher id = MESSAGE_ID.matcher(body);
        if (id.find()) {
            received.merge(id.group(1), 1, Integer::sum);
        }
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
        exchange.sendResponseHeaders(200, RECEIVED.length);
        exchange.getResponseBody().write(RECEIVED);
        exchange.close();
    }

    /** The benchmark department with the local receiver as its industry system, and the backlog, in one commit. */
    private static Instant seed(Connection db, String endpoint, int count) throws SQLException {
        long unit = id(db, "select id from org_unit where code = '210800'");
        long bureau = id(db, "select id from org_department where code = '210800-XZSP'");
        update(db, "delete from exchange_delivery_attempt where delivery_id in "
                + "(select id from exchange_delivery where department_id = " + DEPARTMENT + ")");
        update(db, "delete from exchange_delivery where department_id = " + DEPARTMENT);
        update(db, "delete from exchange_handover where to_department_id = " + DEPARTMENT);
        boolean channelKept = endpoint.equals(text(db, "select endpoint_url from org_receiving_channel_by_kind "
                + "where department_id = " + DEPARTMENT + " and document_kind = 'RESULT'"));
        if (update(db, "update org_department set active = true where id = " + DEPARTMENT) == 0) {
            update(db, "insert into org_department (id, unit_id, code, name_zh, name_en, role, industry, active, version) "
                    + "values (" + DEPARTMENT + ", " + unit + ", '210800-BENCH', '基准测试行业局', 'Benchmark bureau', "
                    + "'COMPETENT_DEPARTMENT', '基准测试', true, 0)");
        }
        Timestamp now = Timestamp.from(Instant.now());
        if (!channelKept) {
            update(db, "delete from org_receiving_channel_by_kind where department_id = " + DEPARTMENT);
            System.out.println("The benchmark department's channel is (re)written: a server that cached the old one sees "
                    + "the new one when its cache entry expires; run again to measure a warm server");
            try (PreparedStatement channel = db.prepareStatement("insert into org_receiving_channel_by_kind (department_id, "
                    + "document_kind, kind, contract, endpoint_url, username, secret_sealed, changed_at, changed_by, version) "
                    + "values (?, 'RESULT', 'INDUSTRY_SYSTEM', 'RESULT_V1', ?, 'sgpt.bench', ?, ?, 'benchmark', 0)")) {
                channel.setLong(1, DEPARTMENT);
                channel.setString(2, endpoint);
                channel.setString(3, CredentialKeyFile.load().encrypt("benchmark-secret-0123456789"));
                channel.setTimestamp(4, now);
                channel.executeUpdate();
            }
        }
        try (PreparedStatement push = db.prepareStatement("insert into exchange_handover (id, message_id, unit_id, "
                + "licence_number, application_number, item_code, from_department_id, to_department_id, payload, status, "
                + "issued_at, pushed_at, pushed_by, changed_at, version, handed_over_by, kind, document_number) values (?, ?, "
                + "?, ?, ?, '000105001000', ?, ?, ?, 'PUSHED', ?, ?, 'benchmark', ?, 0, 'INDUSTRY_SYSTEM', 'RESULT', ?)");
             PreparedStatement delivery = db.prepareStatement("insert into exchange_delivery (id, handover_id, message_id, "
                + "department_id, status, attempts, next_attempt_at, created_at, version) values (?, ?, ?, ?, 'PENDING', 0, "
                + "?, ?, 0)")) {
            for (int i = 1; i <= count; i++) {
                long id = -i;
                String message = UUID.randomUUID().toString();
                push.setLong(1, id);
                push.setString(2, message);
                push.setLong(3, unit);
                push.setString(4, "BENCH-" + i);
                push.setString(5, "SQ210800-BENCH-" + i);
                push.setLong(6, bureau);
                push.setLong(7, DEPARTMENT);
                push.setString(8, "{\"licenceNumber\":\"BENCH-" + i + "\",\"applicantName\":\"营口基准测试店\"}");
                push.setTimestamp(9, now);
                push.setTimestamp(10, now);
                push.setTimestamp(11, now);
                push.setString(12, "SQ210800-BENCH-" + i);
                push.addBatch();
                delivery.setLong(1, id);
                delivery.setLong(2, id);
                delivery.setString(3, message);
                delivery.setLong(4, DEPARTMENT);
                delivery.setTimestamp(5, now);
                delivery.setTimestamp(6, now);
                delivery.addBatch();
                if (i % 1000 == 0 || i == count) {
                    push.executeBatch();
                    delivery.executeBatch();
                }
            }
        }
        db.commit();
        return Instant.now();
    }

    private static long delivered(Connection db) throws SQLException {
        long n = id(db, "select count(*) from exchange_delivery where department_id = " + DEPARTMENT
                + " and status = 'DELIVERED'");
        db.commit();
        return n;
    }

    private static long id(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static int update(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }
}
