package cn.gov.yingkou.sgpt.it.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Multipart;
import cn.gov.yingkou.sgpt.it.support.Platform;

/**
 * Art 20 over REST between two case systems: the city market bureau's system sends a transfer with a PDF and a photo as
 * multipart/form-data to the Zhanqian district market bureau, whose system lists it, downloads the evidence with its
 * digests, files a case and closes it; the city's system sees each step. Bad transfers and files are refused by name
 * and code with nothing kept; only the two departments' systems read the transfer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransferRestIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0,
            1, 1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9 };
    private static final byte[] EXECUTABLE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF };

    private static String city;
    private static String district;
    private static String bureau;
    private static String exchangeOnly;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @BeforeAll
    static void registerSystems() throws Exception {
        city = Platform.basic(Platform.registerSystem("scjg.t.", "210800-SCJG", "REST", "CASE_TRANSFER"),
                Platform.TEST_SYSTEM_SECRET);
        district = Platform.basic(Platform.registerSystem("zq.t.", "210802-SCJG", "REST", "CASE_TRANSFER"),
                Platform.TEST_SYSTEM_SECRET);
        bureau = Platform.basic(Platform.registerSystem("spj.t.", "210800-XZSP", "REST", "CASE_TRANSFER"),
                Platform.TEST_SYSTEM_SECRET);
        exchangeOnly = Platform.basic(Platform.registerSystem("scjg.x.", "210800-SCJG", "REST", "EXCHANGE"),
                Platform.TEST_SYSTEM_SECRET);
    }

    private static String yesterday() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
    }

    private static String transfer(String messageId, String to, String foundOn, String partyId) {
        return "{\"messageId\":\"" + messageId + "\",\"toDepartmentCode\":\"" + to + "\",\"facts\":\"检查中发现当事人无证从事"
                + "建筑施工\",\"place\":\"站前区某工地\",\"foundOn\":\"" + foundOn + "\",\"partyKind\":\"ORGANISATION\","
                + "\"partyName\":\"营口移送接口测试公司\",\"partyId\":\"" + partyId + "\",\"provision\":\"《建筑法》第七条\"}";
    }

    private static HttpResponse<String> post(String authorization, Multipart body) throws Exception {
        return Platform.send(HttpRequest.newBuilder(URI.create(Platform.REST + "/transfers"))
                .header("Authorization", authorization).header("Content-Type", body.contentType())
                .header("X-Requested-By", "case-system").POST(body.body()));
    }

    private static long sentCount(String authorization) throws Exception {
        HttpResponse<String> sent = Platform.get(Platform.REST + "/transfers?box=SENT&size=1", authorization);
        assertEquals(200, sent.statusCode(), sent.body());
        return ((JsonObject) Platform.json(sent)).getJsonNumber("total").longValue();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void aTransferWithEvidenceGoesFromOneCaseSystemToTheOtherAndComesBackClosed() throws Exception {
        String messageId = "ys-" + System.nanoTime();
        Multipart request = new Multipart().json("transfer", transfer(messageId, "210802-SCJG", yesterday(),
                "91350100M000100Y43")).file("evidence", "C:\\执法\\检查笔录.pdf", PDF).file("evidence", "现场照片.jpg", JPEG);
        HttpResponse<String> created = post(city, request);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject sent = (JsonObject) Platform.json(created);
        long id = sent.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/transfers/" + id));
        assertEquals("SENT", sent.getString("status"));
        var evidence = sent.getJsonArray("evidence").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(2, evidence.size());
        assertEquals("检查笔录.pdf", evidence.get(0).getString("fileName"), "the name without the sender's folders");
        assertEquals("PDF", evidence.get(0).getString("type"));
        assertEquals(sha256(PDF), evidence.get(0).getString("sha256"));
        assertEquals(64, evidence.get(0).getString("sm3").length());
        assertEquals("JPEG", evidence.get(1).getString("type"));

        HttpResponse<String> repeated = post(city, new Multipart().json("transfer", transfer(messageId, "210802-SCJG",
                yesterday(), "91350100M000100Y43")).file("evidence", "检查笔录.pdf", PDF).file("evidence", "现场照片.jpg", JPEG));
        assertEquals(200, repeated.statusCode(), "the same message again answers the first: " + repeated.body());
        assertEquals(id, ((JsonObject) Platform.json(repeated)).getJsonNumber("id").longValue());
        HttpResponse<String> reused = post(city, new Multipart().json("transfer", transfer(messageId, "210802-SCJG",
                yesterday(), "91350100M000100Y43")).file("evidence", "检查笔录.pdf", PDF));
        assertEquals(409, reused.statusCode(), reused.body());
        assertTrue(reused.body().contains("SGPT-REQ-013"), reused.body());

        HttpResponse<String> inbox = Platform.get(Platform.REST + "/transfers?box=RECEIVED&status=SENT&size=100", district);
        assertEquals(200, inbox.statusCode(), inbox.body());
        assertTrue(((JsonObject) Platform.json(inbox)).getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .anyMatch(r -> r.getJsonNumber("id").longValue() == id), inbox.body());

        HttpResponse<byte[]> download = Platform.HTTP.send(HttpRequest.newBuilder(URI.create(Platform.REST + "/transfers/"
                + id + "/evidence/1")).header("Authorization", district).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(sha256(PDF), download.headers().firstValue("X-Evidence-SHA256").orElseThrow());
        assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(PDF))) + ":",
                download.headers().firstValue("Repr-Digest").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().contains("filename*=UTF-8''"
                + "%E6%A3%80%E6%9F%A5%E7%AC%94%E5%BD%95.pdf"), download.headers().toString());
        assertEquals(404, Platform.get(Platform.REST + "/transfers/" + id + "/evidence/3", district).statusCode());

        assertEquals(404, Platform.get(Platform.REST + "/transfers/" + id, bureau).statusCode(),
                "a department that is neither side does not learn the transfer exists");
        assertEquals(404, Platform.get(Platform.REST + "/transfers/" + id + "/evidence/1", bureau).statusCode());
        HttpResponse<String> lacking = Platform.get(Platform.REST + "/transfers/" + id, exchangeOnly);
        assertEquals(403, lacking.statusCode(), "a system without CASE_TRANSFER is told what it lacks: " + lacking.body());
        assertEquals(403, Platform.postRest("/transfers/" + id + "/acceptance", city, "{\"caseNumber\":\"营市监立〔2026〕1号\"}")
                .statusCode(), "the sender does not decide on its own transfer");

        HttpResponse<String> accepted = Platform.postRest("/transfers/" + id + "/acceptance", district,
                "{\"caseNumber\":\"站市监立〔2026〕" + id + "号\"}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACCEPTED", ((JsonObject) Platform.json(accepted)).getString("status"));
        HttpResponse<String> again = Platform.postRest("/transfers/" + id + "/declination", district,
                "{\"reasons\":\"再议\"}");
        assertEquals(409, again.statusCode(), "a decision after the case was decided: " + again.body());
        assertTrue(again.body().contains("SGPT-REQ-011"), again.body());

        HttpResponse<String> future = Platform.postRest("/transfers/" + id + "/outcome", district, "{\"outcome\":\"罚款\","
                + "\"closedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3) + "\"}");
        assertEquals(400, future.statusCode(), future.body());
        assertTrue(future.body().contains("closedOn"), future.body());
        HttpResponse<String> closed = Platform.postRest("/transfers/" + id + "/outcome", district, "{\"outcome\":\"责令改正，"
                + "罚款二万元\",\"closedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\",\"penaltyDecisionNumber\":"
                + "\"站市监罚〔2026〕" + id + "号\"}");
        assertEquals(200, closed.statusCode(), closed.body());
        HttpResponse<String> seen = Platform.get(Platform.REST + "/transfers/" + id, city);
        JsonObject seenByCity = (JsonObject) Platform.json(seen);
        assertEquals("CLOSED", seenByCity.getString("status"), seen.body());
        assertEquals("责令改正，罚款二万元", seenByCity.getString("outcome"));
        HttpResponse<String> outbox = Platform.get(Platform.REST + "/transfers?box=SENT&status=CLOSED&size=100", city);
        assertTrue(((JsonObject) Platform.json(outbox)).getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .anyMatch(r -> r.getJsonNumber("id").longValue() == id), outbox.body());
    }

    @Test
    void badTransfersAndFilesAreRefusedByNameAndCodeWithNothingKept() throws Exception {
        long before = sentCount(city);
        Multipart formLike = new Multipart().json("transfer", transfer("form-" + System.nanoTime(), "210802-SCJG",
                yesterday(), "91350100M000100Y43")).file("evidence", "检查笔录.pdf", PDF);
        HttpResponse<String> crossSiteForm = Platform.send(HttpRequest.newBuilder(URI.create(Platform.REST + "/transfers"))
                .header("Authorization", city).header("Content-Type", formLike.contentType()).POST(formLike.body()));
        assertEquals(415, crossSiteForm.statusCode(), "what a form on another site could send: " + crossSiteForm.body());

        HttpResponse<String> fields = post(city, new Multipart().json("transfer", transfer("bad-" + System.nanoTime(),
                "210800-SCJG", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString(), "91350100M000100Y44"))
                .file("evidence", "检查笔录.pdf", PDF));
        assertEquals(400, fields.statusCode(), fields.body());
        Set<String> named = ((JsonObject) Platform.json(fields)).getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("toDepartmentCode", "foundOn", "partyId"), named, "its own department, a future day, a "
                + "credit code whose check digit is wrong");
        HttpResponse<String> nowhere = post(city, new Multipart().json("transfer", transfer("bad-" + System.nanoTime(),
                "210899-NONE", yesterday(), "91350100M000100Y43")));
        assertEquals(400, nowhere.statusCode(), nowhere.body());
        assertTrue(nowhere.body().contains("toDepartmentCode"), nowhere.body());

        HttpResponse<String> executable = post(city, new Multipart().json("transfer", transfer("exe-" + System.nanoTime(),
                "210802-SCJG", yesterday(), "91350100M000100Y43")).file("evidence", "笔录.pdf", EXECUTABLE));
        assertEquals(415, executable.statusCode(), executable.body());
        assertTrue(executable.body().contains("SGPT-REQ-021"), "a .pdf that is a program: " + executable.body());
        HttpResponse<String> empty = post(city, new Multipart().json("transfer", transfer("empty-" + System.nanoTime(),
                "210802-SCJG", yesterday(), "91350100M000100Y43")).file("evidence", "空.pdf", new byte[0]));
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("SGPT-REQ-023"), empty.body());

        HttpResponse<String> stray = post(city, new Multipart().json("transfer", transfer("stray-" + System.nanoTime(),
                "210802-SCJG", yesterday(), "91350100M000100Y43")).file("attachment", "a.pdf", PDF));
        assertEquals(400, stray.statusCode(), stray.body());
        assertTrue(stray.body().contains("attachment"), stray.body());
        HttpResponse<String> noTransfer = post(city, new Multipart().file("evidence", "a.pdf", PDF));
        assertEquals(400, noTransfer.statusCode(), noTransfer.body());
        HttpResponse<String> notJson = post(city, new Multipart().json("transfer", "{\"messageId\":").file("evidence",
                "a.pdf", PDF));
        assertEquals(400, notJson.statusCode(), notJson.body());

        HttpResponse<String> notASender = post(exchangeOnly, new Multipart().json("transfer", transfer("x-"
                + System.nanoTime(), "210802-SCJG", yesterday(), "91350100M000100Y43")));
        assertEquals(403, notASender.statusCode(), notASender.body());

        assertEquals(before, sentCount(city), "nothing was sent by any of them");
    }
}
