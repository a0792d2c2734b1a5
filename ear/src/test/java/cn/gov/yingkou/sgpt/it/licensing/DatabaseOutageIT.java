package cn.gov.yingkou.sgpt.it.licensing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.DecidedElsewhere;
import cn.gov.yingkou.sgpt.it.support.Platform;

/**
 * The database goes away while the provincial platform is submitting results (PostgreSQL refuses connections for a
 * few seconds and every connection to it is cut, as a restart does): every submission answered with success is in the
 * register afterwards, every other one was answered SGPT-SYS-503 and succeeds when sent again with its message id, and
 * the server serves again without being restarted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    private static final String UNIT = Platform.REST + "/licensing/units/210800";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    /** One finished result as sent, and how it was answered the first time. */
    record Sent(String licence, String body, int status, String answer) {
    }

    @Test
    void submissionsDuringADatabaseRestartAreEitherRegisteredOrRetryable() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("sgpt.db")),
                "the embedded H2 database lives in the server's process: it cannot be restarted apart from it");
        String auth = Platform.basic(Platform.registerSystem("ywtb.outage.", "210800-XZSP", "REST",
                "LICENSING_SUBMIT,LICENSING_READ"), Platform.TEST_SYSTEM_SECRET);
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicLong serial = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(3);
        Instant outageEnded;
        try {
            for (int c = 0; c < 3; c++) {
                clients.submit(() -> {
                    while (sending.get()) {
                        String licence = "DB" + System.nanoTime() % 1_000_000_000L + "-" + serial.incrementAndGet();
                        String body = finished(licence);
                        HttpResponse<String> answer = post(auth, body);
                        sent.add(new Sent(licence, body, answer.statusCode(), answer.body()));
                        if (answer.statusCode() != 201) {
                            Thread.sleep(200); // a client pauses before its next message, as Retry-After asks
                        }
                    }
                    return null;
                });
            }
            awaitSent(sent, 20);
            outage(3_000);
            outageEnded = Instant.now();
            Thread.sleep(3_000);
        } finally {
            sending.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        }

        List<Sent> failed = sent.stream().filter(s -> s.status() != 201).toList();
        assertTrue(failed.stream().allMatch(s -> s.status() == 503 && s.answer().contains("SGPT-SYS-503")),
                "a submission the database's absence stopped is answered SGPT-SYS-503, a client retries: " + failed);
        assertTrue(!failed.isEmpty(), "the outage was felt: " + sent.size() + " sent");
        for (Sent retry : failed) {
            HttpResponse<String> again = retried(auth, retry.body(), outageEnded.plusSeconds(60));
            assertTrue(again.statusCode() == 201 || again.statusCode() == 200, "sent again: " + again.body());
        }
        for (Sent s : sent) {
            HttpResponse<String> licence = Platform.get(Platform.REST + "/licensing/licences/" + s.licence(), auth);
            assertEquals(200, licence.statusCode(), "answered " + s.status() + " first, and in the register: "
                    + licence.body());
        }
        JsonObject after = (JsonObject) Platform.json(post(auth, finished("DB-after-" + System.nanoTime() % 1_000_000_000L)));
        assertEquals("ISSUED", after.getString("status"), "the server serves without a restart");
    }

    /** The database refuses new connections for a while and every open one is cut, as when it restarts. */
    private static void outage(long millis) throws Exception {
        String url = System.getProperty("sgpt.db.url");
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection db = DriverManager.getConnection(admin, System.getProperty("sgpt.db.user"),
                System.getProperty("sgpt.db.password")); Statement sql = db.createStatement()) {
            sql.execute("ALTER DATABASE \"" + database + "\" WITH ALLOW_CONNECTIONS false");
            try {
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
                Thread.sleep(millis);
            } finally {
                sql.execute("ALTER DATABASE \"" + database + "\" WITH ALLOW_CONNECTIONS true");
            }
        }
    }

    private static HttpResponse<String> retried(String auth, String body, Instant giveUp) throws Exception {
        HttpResponse<String> answer = post(auth, body);
        while (answer.statusCode() == 503 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
            answer = post(auth, body);
        }
        return answer;
    }

    private static void awaitSent(List<Sent> sent, int count) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (sent.size() < count && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
    }

    private static String finished(String licence) {
        // Drug retail: its results wait in the bureau's outbox to be pushed by hand, so they fill no department's inbox.
        return "{\"messageId\":\"" + licence + "\",\"itemCode\":\"" + DecidedElsewhere.DRUG_RETAIL + "\",\"applicant\":{\"kind\":\"PERSON\","
                + "\"id\":\"11010519491231002X\",\"name\":\"李四\",\"contactName\":\"李四\",\"contactPhone\":\"13900000000\"},"
                + "\"materials\":[\"申请书\"],\"acceptedAt\":\"2026-11-02T09:00:00+08:00\",\"decidedAt\":"
                + "\"2026-11-09T09:00:00+08:00\",\"issuedAt\":\"2026-11-10T09:00:00+08:00\",\"licence\":{\"number\":\""
                + licence + "\",\"scope\":\"药品零售\",\"validFrom\":\"2026-11-10\",\"form\":\"ELECTRONIC\","
                + "\"certificateRef\":\"210800.JY.20261110.0001\"}}";
    }

    private static HttpResponse<String> post(String auth, String json) throws Exception {
        return Platform.send(HttpRequest.newBuilder(URI.create(UNIT + "/finished-results")).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
