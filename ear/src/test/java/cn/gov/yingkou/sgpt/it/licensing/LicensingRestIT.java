package cn.gov.yingkou.sgpt.it.licensing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.licensing.control.CertificateFont;

/**
 * Licensing over REST as the provincial online service platform uses it: applications and finished results
 * submitted with message ids (a repeat answers the first), every bad field named, the status and the register read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicensingRestIT {

    private static final String UNIT = Platform.REST + "/licensing/units/210800";
    private static String platform;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @BeforeAll
    static void registerTheProvincialPlatform() throws Exception {
        platform = Platform.basic(Platform.registerSystem("ywtb.", "210800-XZSP", "REST", "LICENSING_SUBMIT,LICENSING_READ"),
                Platform.TEST_SYSTEM_SECRET);
    }

    @Test
    void anApplicationIsReceivedOnceWhateverTimesItIsSent() throws Exception {
        String messageId = "msg-" + System.nanoTime();
        String body = application(messageId, "91350100M000100Y43", "0417-2801234");
        HttpResponse<String> first = post(UNIT + "/applications", platform, body);
        assertEquals(201, first.statusCode(), first.body());
        JsonObject received = (JsonObject) Platform.json(first);
        assertEquals("RECEIVED", received.getString("status"));
        assertEquals("REST", received.getString("channel"));
        String number = received.getString("number");
        assertTrue(first.headers().firstValue("Location").orElseThrow().endsWith("/licensing/applications/" + number));

        HttpResponse<String> again = post(UNIT + "/applications", platform, body);
        assertEquals(200, again.statusCode(), "a repeat creates nothing: " + again.body());
        assertEquals(number, ((JsonObject) Platform.json(again)).getString("number"), again.body());
        assertTrue(again.headers().firstValue("Location").orElseThrow().endsWith("/licensing/applications/" + number));

        HttpResponse<String> reused = post(UNIT + "/applications", platform, application(messageId, "91350100M000100Y43",
                "0417-2809999"));
        assertEquals(409, reused.statusCode(), reused.body());
        assertEquals("SGPT-REQ-013", ((JsonObject) Platform.json(reused)).getString("code"));
        assertEquals("0417-2801234", ((JsonObject) Platform.json(Platform.get(Platform.REST + "/licensing/applications/"
                + number, platform))).getString("contactPhone"), "the first submission stands");

        HttpResponse<String> status = Platform.get(Platform.REST + "/licensing/applications/" + number, platform);
        assertEquals(200, status.statusCode(), status.body());
        assertEquals("000105001000", ((JsonObject) Platform.json(status)).getString("itemCode"));
    }

    @Test
    void theSameMessageSentEightTimesAtOnceIsReceivedOnce() throws Exception {
        String body = application("race-" + System.nanoTime(), "91350100M000100Y43", "0417-2801234");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sent.add(pool.submit(() -> post(UNIT + "/applications", platform, body)));
            }
            java.util.Set<String> numbers = new java.util.HashSet<>();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : sent) {
                HttpResponse<String> response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                numbers.add(((JsonObject) Platform.json(response)).getString("number"));
            }
            assertEquals(1, numbers.size(), "one application: " + numbers);
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "created once, repeated otherwise: " + statuses);
            assertEquals(7, statuses.stream().filter(s -> s == 200).count(), "created once, repeated otherwise: " + statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsReceived() throws Exception {
        HttpResponse<String> refused = post(UNIT + "/applications", platform,
                application("msg-bad-" + System.nanoTime(), "91350100M000100Y44", "call me"));
        assertEquals(400, refused.statusCode(), refused.body());
        String detail = ((JsonObject) Platform.json(refused)).getString("detail");
        assertTrue(detail.contains("applicant.id: ") && detail.contains("check character") && detail.contains("applicant.contactPhone: "),
                detail);
        assertEquals(400, post(UNIT + "/applications", platform, "{\"messageId\":\"x\"}").statusCode());
        assertEquals(400, post(UNIT + "/applications", platform, application("bad id with spaces", "91350100M000100Y43",
                "0417-2801234")).statusCode(), "message ids are short tokens");

        String market = Platform.basic(Platform.registerSystem("sys.m", null, "REST", "CATALOGUE_READ,LICENSING_READ"),
                Platform.TEST_SYSTEM_SECRET);
        HttpResponse<String> forbidden = post(UNIT + "/applications", market, application("msg-" + System.nanoTime(),
                "91350100M000100Y43", "0417-2801234"));
        assertEquals(403, forbidden.statusCode(), forbidden.body());
    }

    @Test
    void aFinishedResultGoesStraightIntoTheRegister() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String licence = "JY2210800" + System.nanoTime() % 10_000_000;
        String body = "{\"messageId\":\"fin-" + System.nanoTime() + "\",\"itemCode\":\"000105001000\",\"applicant\":"
                + "{\"kind\":\"PERSON\",\"id\":\"11010519491231002X\",\"name\":\"李四\",\"contactName\":\"李四\","
                + "\"contactPhone\":\"13900000000\"},\"materials\":[\"申请书\"],\"acceptedAt\":\"2026-11-02T09:00:00+08:00\","
                + "\"decidedAt\":\"2026-11-09T09:00:00+08:00\",\"issuedAt\":\"2026-11-10T09:00:00+08:00\",\"licence\":{\"number\":\""
                + licence + "\",\"scope\":\"热食类食品制售\",\"validFrom\":\"2026-11-10\",\"validUntil\":\"2031-11-09\","
                + "\"form\":\"ELECTRONIC\",\"certificateRef\":\"210800.JY.20261110.0001\"}}";
        HttpResponse<String> submitted = post(UNIT + "/finished-results", platform, body);
        assertEquals(201, submitted.statusCode(), submitted.body());
        assertEquals("ISSUED", ((JsonObject) Platform.json(submitted)).getString("status"));

        JsonObject page = (JsonObject) Platform.json(Platform.get(UNIT + "/licences?holder=11010519491231002X&number="
                + licence, platform));
        assertEquals(1, page.getInt("total"));
        assertEquals("李四", page.getJsonArray("rows").getJsonObject(0).getString("holderName"));
        assertEquals("VALID", ((JsonObject) Platform.json(Platform.get(Platform.REST + "/licensing/licences/" + licence,
                platform))).getString("status"));
        JsonObject changes = (JsonObject) Platform.json(Platform.get(Platform.REST + "/licensing/licence-changes?since="
                + before, platform));
        assertTrue(changes.getJsonArray("licences").stream().anyMatch(l -> l.asJsonObject().getString("number").equals(licence)));

        HttpResponse<byte[]> certificate = Platform.HTTP.send(HttpRequest.newBuilder(URI.create(Platform.REST
                + "/licensing/licences/" + licence + "/certificate")).header("Authorization", platform).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        // The server runs on this machine: it prints when this machine has a CJK font and says why not otherwise.
        if (CertificateFont.locate().isPresent()) {
            assertEquals(200, certificate.statusCode());
            assertEquals("application/pdf", certificate.headers().firstValue("Content-Type").orElseThrow());
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(certificate.body())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
                assertTrue(text.contains(licence) && text.contains("李四") && text.contains("食品经营许可证"), text);
            }
        } else {
            String refusal = new String(certificate.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(409, certificate.statusCode(), refusal);
            assertTrue(refusal.contains("未找到打印证照所需的中文字体") && refusal.contains("No CJK font"), refusal);
        }

        HttpResponse<String> backwards = post(UNIT + "/finished-results", platform, body.replace("\"messageId\":\"fin-",
                "\"messageId\":\"fin2-").replace("2026-11-02T09", "2026-11-20T09"));
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertEquals(400, Platform.get(UNIT + "/licences?status=LOST", platform).statusCode());
    }

    @Test
    void aFinishedResultWithNineBadFieldsIsRefusedOnceNamingEachAndNothingIsRegistered() throws Exception {
        String licence = "JY4210800" + System.nanoTime() % 10_000_000;
        String body = "{\"messageId\":\"fin-bad-" + System.nanoTime() + "\",\"itemCode\":\" \",\"applicant\":"
                + "{\"kind\":\"PERSON\",\"id\":\"110105194912310021\",\"name\":\"李四\",\"contactName\":\" \","
                + "\"contactPhone\":\"call me\"},\"acceptedAt\":\"2026-11-09T09:00:00+08:00\","
                + "\"decidedAt\":\"2026-11-02T09:00:00+08:00\",\"issuedAt\":\"" + Instant.now().plusSeconds(86_400)
                + "\",\"licence\":{\"number\":\"" + licence + "\",\"scope\":\"热食类食品制售\",\"validFrom\":\"2026-11-10\","
                + "\"validUntil\":\"2026-11-01\",\"form\":\"PARCHMENT\",\"certificateRef\":\"\"}}";
        HttpResponse<String> refused = post(UNIT + "/finished-results", platform, body);
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject problem = (JsonObject) Platform.json(refused);
        assertEquals("SGPT-REQ-010", problem.getString("code"));
        List<String> fields = problem.getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("field")).toList();
        assertEquals(List.of("applicant.id", "applicant.contactName", "applicant.contactPhone", "licence.form",
                "licence.validUntil", "licence.certificateRef", "itemCode", "decidedAt", "issuedAt"), fields, refused.body());
        problem.getJsonArray("fields").forEach(f -> {
            String message = f.asJsonObject().getString("message");
            assertTrue(message.matches("(?s).*\\p{IsHan}.* / .*[a-z].*"), "Chinese and English: " + message);
        });
        assertTrue(problem.getString("detail").contains("licence.form: "), problem.getString("detail"));
        assertEquals(404, Platform.get(Platform.REST + "/licensing/licences/" + licence, platform).statusCode(),
                "nothing was registered");
    }

    @Test
    void aBodyOverTheSizeLimitIs413WithItsCodeWithOrWithoutALength() throws Exception {
        byte[] body = ("{\"messageId\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String address = UNIT + "/applications";
        for (var publisher : List.of(HttpRequest.BodyPublishers.ofByteArray(body),
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))) {
            HttpResponse<String> refused = Platform.send(HttpRequest.newBuilder(URI.create(address))
                    .header("Authorization", platform).header("Content-Type", "application/json").POST(publisher));
            assertEquals(413, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
            JsonObject problem = (JsonObject) Platform.json(refused);
            assertEquals("SGPT-REQ-413", problem.getString("code"));
            assertTrue(problem.getString("detail").contains("10485760"), problem.toString());
        }
    }

    @Test
    void oneFrontEndMachineSubmitsForTheBureausOfTheUnitsItWasAuthorisedFor() throws Exception {
        String machine = "qzj." + Long.toHexString(System.nanoTime());
        String secret = Platform.TEST_SYSTEM_SECRET;
        register(machine, "");
        String auth = Platform.basic(machine, secret);
        HttpResponse<String> refused = post(UNIT + "/applications", auth, application("qzj-" + System.nanoTime(),
                "91350100M000100Y43", "0417-2801234"));
        assertEquals(403, refused.statusCode(), "the city's bureau is not its own: " + refused.body());

        register(machine, "210800-XZSP");
        HttpResponse<String> submitted = post(UNIT + "/applications", auth, application("qzj-" + System.nanoTime(),
                "91350100M000100Y43", "0417-2801234"));
        assertEquals(201, submitted.statusCode(), submitted.body());
        JsonObject application = (JsonObject) Platform.json(submitted);
        assertEquals("210800", application.getString("unitCode"), "received by the bureau of the unit the call named");
        String trail = Platform.get(Platform.BASE + "/fixtures/accounts?type=application&record="
                + application.getString("number")).body();
        assertTrue(trail.contains("application.receive " + machine + " ") && trail.contains("for 210800-XZSP by a system of "
                + "210881-XZSP"), trail);
        assertEquals(403, post(Platform.REST + "/licensing/units/210802/applications", auth, application("qzj-"
                + System.nanoTime(), "91350100M000100Y43", "0417-2801234")).statusCode(), "only the units authorised");
        assertTrue(Platform.get(Platform.BASE + "/fixtures/accounts?username=" + machine).body().contains("system.acts-for"));
    }

    /**
     * A county department's system reads its own unit's licensing records and not the city's: an application, a licence
     * and its certificate of the city are not there for it (as for a number that does not exist), the city's register
     * is refused, and the change feed leaves the city's licences out.
     */
    @Test
    void aCountySystemReadsItsOwnUnitAndNotTheCitys() throws Exception {
        HttpResponse<String> submitted = post(UNIT + "/applications", platform, application("city-" + System.nanoTime(),
                "91350100M000100Y43", "0417-2801234"));
        assertEquals(201, submitted.statusCode(), submitted.body());
        String application = ((JsonObject) Platform.json(submitted)).getString("number");
        String licence = "JY3210800" + System.nanoTime() % 10_000_000;
        Platform.submitFinishedFoodResult(platform, licence, "营口城区食品店");

        String county = Platform.basic(Platform.registerSystem("gz.scjg.", "210881-SCJG", "REST", "LICENSING_READ"),
                Platform.TEST_SYSTEM_SECRET);
        for (String path : List.of("/licensing/applications/" + application, "/licensing/licences/" + licence,
                "/licensing/licences/" + licence + "/certificate")) {
            HttpResponse<String> hidden = Platform.get(Platform.REST + path, county);
            assertEquals(404, hidden.statusCode(), path + ": " + hidden.body());
            HttpResponse<String> missing = Platform.get(Platform.REST + path.replace(application, application + "9")
                    .replace(licence, licence + "9"), county);
            assertEquals(missing.statusCode(), hidden.statusCode(), "nothing tells a hidden record from a missing one");
            assertNotEquals(404, Platform.get(Platform.REST + path, platform).statusCode(), "the city's own system reads "
                    + path);
        }
        assertEquals(403, Platform.get(UNIT + "/licences", county).statusCode(), "the city's register is not the county's");
        assertEquals(200, Platform.get(Platform.REST + "/licensing/units/210881/licences", county).statusCode());
        HttpResponse<String> changes = Platform.get(Platform.REST + "/licensing/licence-changes?since=2026-01-01T00:00:00Z",
                county);
        assertEquals(200, changes.statusCode(), changes.body());
        assertFalse(changes.body().contains(licence), "the city's licence is not among the county's changes");
        assertFalse(changes.body().contains("\"unitCode\":\"210800\""), changes.body());
        assertTrue(Platform.get(Platform.REST + "/licensing/licence-changes?since=2026-01-01T00:00:00Z", platform).body()
                .contains(licence), "the city's system sees its own licence change");
    }

    /**
     * A person's ID number and phone in full to the bureau that handles the application and the department that
     * supervises the licence, masked for the unit's other departments; each full read in the audit trail, none for
     * a masked one. An organisation's credit code is public and never masked.
     */
    @Test
    void personalIdentifiersInFullOnlyToThoseWhoNeedThemAndEachFullReadAudited() throws Exception {
        String bureau = Platform.usernameOf(platform);
        String application = ((JsonObject) Platform.json(post(UNIT + "/applications", platform, personsApplication(
                "p-" + System.nanoTime())))).getString("number");
        String businessEnvironment = Platform.registerSystem("ysj.r.", "210800-YSJ", "REST", "LICENSING_READ");
        String other = Platform.basic(businessEnvironment, Platform.TEST_SYSTEM_SECRET);

        JsonObject full = (JsonObject) Platform.json(Platform.get(Platform.REST + "/licensing/applications/" + application,
                platform));
        assertEquals("11010519491231002X", full.getString("applicantId"));
        assertEquals("13900000000", full.getString("contactPhone"));
        JsonObject masked = (JsonObject) Platform.json(Platform.get(Platform.REST + "/licensing/applications/"
                + application, other));
        assertEquals("1101**********002X", masked.getString("applicantId"));
        assertEquals("139****0000", masked.getString("contactPhone"));
        assertEquals("李四", masked.getString("applicantName"), "the name stays: the department must know whom it is about");
        String trail = Platform.get(Platform.BASE + "/fixtures/accounts?type=application&record=" + application).body();
        assertTrue(trail.contains("personal-data.read " + bureau + " "), trail);
        assertFalse(trail.contains("personal-data.read " + businessEnvironment), "a masked read reveals nothing: " + trail);

        String licence = "JY2210800" + System.nanoTime() % 10_000_000;
        Platform.submitPersonsFoodResult(platform, licence);
        String market = Platform.registerSystem("scjg.r.", "210800-SCJG", "REST", "LICENSING_READ");
        String supervisor = Platform.basic(market, Platform.TEST_SYSTEM_SECRET);
        String one = "/licensing/licences/" + licence;
        String search = "/licensing/units/210800/licences?number=" + licence;
        String changes = "/licensing/licence-changes?since=2026-01-01T00:00:00Z";
        for (String path : List.of(one, search, changes)) {
            assertTrue(Platform.get(Platform.REST + path, supervisor).body().contains("\"holderId\":\"11010519491231002X\""),
                    "the supervising department reads it in full: " + path);
            String seen = Platform.get(Platform.REST + path, other).body();
            assertFalse(seen.contains("11010519491231002X"), path + ": " + seen);
            if (!path.equals(changes)) {
                assertTrue(seen.contains("\"holderId\":\"1101**********002X\""), path + ": " + seen);
            }
        }
        String own = Platform.get(Platform.BASE + "/fixtures/accounts?type=licence&record=" + licence).body();
        String lists = Platform.get(Platform.BASE + "/fixtures/accounts?type=licence&record=list").body();
        long fullReads = Stream.concat(own.lines(), lists.lines().filter(l -> l.contains(licence)))
                .filter(l -> l.startsWith("personal-data.read " + market + " ")).count();
        assertEquals(3, fullReads, "each full read is audited, in the licence's trail or in a list's: " + own);
        assertFalse((own + lists).contains("personal-data.read " + businessEnvironment + " "));
        assertTrue(Platform.get(Platform.REST + "/licensing/units/210800/licences?holder=营口", other).body()
                .contains("91350100M000100Y43"), "an organisation's credit code is public");
    }

    private static String personsApplication(String messageId) {
        return "{\"messageId\":\"" + messageId + "\",\"itemCode\":\"000105001000\",\"applicant\":{\"kind\":\"PERSON\","
                + "\"id\":\"11010519491231002X\",\"name\":\"李四\",\"contactName\":\"李四\",\"contactPhone\":\"13900000000\"},"
                + "\"materials\":[\"食品经营许可申请书\"]}";
    }

    /** A system of Gaizhou's approval bureau (a county), acting also for the listed bureaus. */
    private static void register(String username, String actsFor) throws Exception {
        HttpResponse<String> done = Platform.send(HttpRequest.newBuilder(URI.create(Platform.BASE + "/fixtures/systems"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + username + "&secret=" + Platform.TEST_SYSTEM_SECRET + "&department=210881-XZSP"
                                + "&channels=REST&operations=LICENSING_SUBMIT,LICENSING_READ&addresses=127.0.0.1,::1"
                                + "&actsFor=" + actsFor)));
        assertEquals(200, done.statusCode(), done.body());
    }

    private static String application(String messageId, String creditCode, String phone) {
        return "{\"messageId\":\"" + messageId + "\",\"itemCode\":\"000105001000\",\"applicant\":{\"kind\":\"ORGANISATION\","
                + "\"id\":\"" + creditCode + "\",\"name\":\"营口网办食品店\",\"contactName\":\"王店长\",\"contactPhone\":\"" + phone
                + "\"},\"materials\":[\"食品经营许可申请书\",\"营业执照\"]}";
    }

    private static HttpResponse<String> post(String url, String authorization, String json) throws Exception {
        return Platform.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
