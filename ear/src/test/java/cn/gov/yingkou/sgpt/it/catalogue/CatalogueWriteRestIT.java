package cn.gov.yingkou.sgpt.it.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.Workbooks;

/**
 * The catalogue written over REST by the systems of one unit's departments (Art 7–8), as the portal's
 * clerks would: the business-environment bureau's system drafts the list from an Excel file and files it,
 * the approval bureau's system sets implementation and push lists, the market department's system consents
 * to a key-element change and solicits an opinion; a provincial system then reads every change since.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueWriteRestIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CODE = Workbooks.CODE;
    private static final String NAME = Workbooks.NAME;
    private static final String DEPARTMENT = Workbooks.DEPARTMENT;
    private static final String FOOD = "000105001000";
    private static final String CLINIC = "000107003000";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void aUnitsSystemsTakeTheCatalogueThroughEveryStep() throws Exception {
        String unit = newUnit();
        String bureau = system(unit + "-YSJ");
        String approval = system(unit + "-XZSP");
        String market = system(unit + "-SCJG");
        Instant since = Instant.now().minusSeconds(1);
        String list = Platform.REST + "/catalogue/units/" + unit + "/item-list";
        String v1 = list + "/versions/1";

        HttpResponse<String> draft = call("POST", list + "/versions", bureau, json("{\"title\":\"第一版清单\"}"));
        assertEquals(201, draft.statusCode(), draft.body());
        assertTrue(draft.headers().firstValue("Location").orElseThrow().endsWith("/item-list/versions/1"));
        assertEquals(403, call("POST", list + "/versions", market, json("{\"title\":\"越权\"}")).statusCode(),
                "only the business-environment bureau drafts");

        HttpResponse<String> refused = call("PUT", v1 + "/items", bureau, xlsx(new String[][] {
                {CODE, NAME, DEPARTMENT},
                {FOOD, "食品经营许可", unit + "-SCJG"},
                {"000113001000", "建筑工程施工许可", unit + "-ZJJ"},
                {"000101001000", "审批局自己的事项", unit + "-XZSP"}}));
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = (JsonObject) Platform.json(refused);
        assertEquals("SGPT-REQ-012", problem.getString("code"));
        assertEquals(List.of(3, 4), problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getInt("row")).toList());
        assertTrue(problem.getJsonArray("errors").getJsonObject(0).getString("message").contains(unit + "-ZJJ"));
        assertEquals(0, version(v1, bureau).getJsonArray("items").size(), "nothing of a refused file is imported");

        HttpResponse<String> imported = call("PUT", v1 + "/items", bureau, xlsx(new String[][] {
                {CODE, NAME, DEPARTMENT},
                {FOOD, "食品经营许可", unit + "-SCJG"},
                {CLINIC, "医疗机构执业登记", unit + "-WJW"}}));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(2, ((JsonObject) Platform.json(imported)).getJsonArray("items").size());
        assertEquals(200, call("PUT", v1 + "/items/000113002000", bureau,
                json("{\"name\":\"临时事项\",\"departmentCode\":\"" + unit + "-SCJG\"}")).statusCode());
        assertEquals(3, version(v1, bureau).getJsonArray("items").size());
        assertEquals(200, call("DELETE", v1 + "/items/000113002000", bureau, BodyPublishers.noBody()).statusCode());

        assertEquals(204, call("POST", v1 + "/opinions", market, json("{\"opinion\":\"同意划转食品经营许可\"}")).statusCode());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertOk(call("POST", v1 + "/evaluation", bureau, json("{\"record\":\"经评估条件成熟\",\"on\":\"" + today.minusDays(3) + "\"}")));
        assertOk(call("POST", v1 + "/approval", bureau, json("{\"document\":\"测政发〔2026〕9号\",\"on\":\"" + today.minusDays(2) + "\"}")));
        HttpResponse<String> filed = call("POST", v1 + "/filing", bureau,
                json("{\"filedOn\":\"" + today.minusDays(1) + "\",\"effectiveFrom\":\"" + today + "\"}"));
        assertOk(filed);
        assertTrue(((JsonObject) Platform.json(filed)).getBoolean("inForce"));
        JsonObject inForce = version(list, market);
        assertEquals(1, inForce.getJsonArray("opinions").size());
        assertEquals(FOOD, inForce.getJsonArray("items").getJsonObject(0).getString("code"));

        String implementation = Platform.REST + "/catalogue/units/" + unit + "/items/" + FOOD + "/implementation-list";
        HttpResponse<String> established = call("PUT", implementation, approval, json(content(10)));
        assertOk(established);
        assertEquals("IN_EFFECT", ((JsonObject) Platform.json(established)).getString("state"));
        assertEquals(409, call("PUT", implementation, approval, json(content(10))).statusCode(), "a second first list");
        HttpResponse<String> proposed = call("POST", implementation + "/changes", approval,
                json("{\"content\":" + content(8) + ",\"reason\":\"压缩办理时限\"}"));
        assertEquals("PENDING_CONSENT", ((JsonObject) Platform.json(proposed)).getString("state"), proposed.body());
        assertEquals(403, call("POST", implementation + "/pending-change/consent", approval, BodyPublishers.noBody()).statusCode(),
                "the approval bureau cannot consent to its own change");
        HttpResponse<String> consented = call("POST", implementation + "/pending-change/consent", market, BodyPublishers.noBody());
        assertOk(consented);
        assertEquals(2, ((JsonObject) Platform.json(consented)).getInt("number"));
        assertEquals(8, ((JsonObject) Platform.json(Platform.get(implementation, market))).getJsonObject("content")
                .getInt("timeLimitDays"));

        HttpResponse<String> push = call("PUT", implementation.replace("implementation-list", "push-list"), approval,
                json("{\"fields\":[\"ITEM_NAME\",\"APPLICANT_NAME\",\"CONTACT\",\"MATERIALS\",\"DECISION\",\"LICENCE_NUMBER\"],"
                        + "\"automatic\":true}"));
        assertOk(push);
        assertEquals(unit + "-SCJG", ((JsonObject) Platform.json(push)).getString("receivingDepartmentCode"));

        HttpResponse<String> sent = call("POST", Platform.REST + "/catalogue/notices", market, json("{\"kind\":"
                + "\"OPINION_SOLICITATION\",\"subject\":\"食品经营许可管理办法（征求意见稿）\",\"basis\":\"《食品安全法》\","
                + "\"affectedItems\":\"" + FOOD + "\",\"body\":\"拟调整食品经营许可条件，请于期限前回复意见。\",\"replyDue\":\"" + today.plusDays(10) + "\"}"));
        assertEquals(201, sent.statusCode(), sent.body());
        long notice = ((JsonObject) Platform.json(sent)).getJsonNumber("id").longValue();
        assertTrue(Platform.json(Platform.get(Platform.REST + "/catalogue/notices", approval)).asJsonArray().stream()
                .anyMatch(n -> n.asJsonObject().getJsonNumber("id").longValue() == notice), "the bureau's inbox");
        HttpResponse<String> replied = call("POST", Platform.REST + "/catalogue/notices/" + notice + "/reply", approval,
                json("{\"reply\":\"无意见\"}"));
        assertOk(replied);
        assertEquals("无意见", ((JsonObject) Platform.json(replied)).getString("reply"));

        HttpResponse<String> changes = Platform.get(Platform.REST + "/catalogue/changes?unit=" + unit + "&since=" + since,
                Platform.basic(Platform.DEMO_SYSTEM, Platform.DEMO_SYSTEM_SECRET));
        assertOk(changes);
        JsonObject changed = (JsonObject) Platform.json(changes);
        assertTrue(changed.getBoolean("complete"));
        assertEquals("FILED", changed.getJsonArray("itemLists").getJsonObject(0).getString("status"));
        assertEquals(List.of("SUPERSEDED", "IN_EFFECT"), changed.getJsonArray("implementationLists").stream()
                .map(v -> v.asJsonObject().getString("state")).toList(), "oldest change first, the consent last");
        assertEquals(1, changed.getJsonArray("pushLists").size());
        Instant next = Instant.parse(changed.getString("next"));
        assertFalse(next.isAfter(since.plusMillis(1)), "changes younger than a transaction timeout are read again next time");
    }

    @Test
    void badBodiesAreNamedAndChangeNothing() throws Exception {
        String unit = newUnit();
        String bureau = system(unit + "-YSJ");
        String market = system(unit + "-SCJG");
        String list = Platform.REST + "/catalogue/units/" + unit + "/item-list";
        assertEquals(201, call("POST", list + "/versions", bureau, json("{\"title\":\"草案\"}")).statusCode());

        assertProblem(call("POST", list + "/versions", bureau, json("{\"title\":")), 400, "SGPT-REQ-000", "not well-formed JSON");
        assertProblem(call("POST", list + "/versions", bureau, json("")), 400, "SGPT-REQ-010", "body");
        assertProblem(call("PUT", list + "/versions/1/items", bureau, new Body(XLSX, BodyPublishers.ofString("code,name\n"))),
                400, "SGPT-REQ-010", "not a valid Excel");
        assertProblem(call("PUT", list + "/versions/1/items", bureau, xlsx(new String[][] {{CODE, NAME}, {FOOD, "食品"}})),
                422, "SGPT-REQ-012", "nothing was imported");
        assertProblem(call("POST", list + "/versions/1/evaluation", bureau, json("{\"record\":\"评估\",\"on\":\"2026-02-30\"}")),
                400, "SGPT-REQ-010", "on must be a date");
        assertProblem(call("POST", list + "/versions/1/evaluation", bureau, json("{\"record\":\"评估\",\"on\":\"2026-11-01\"}")),
                409, "SGPT-REQ-011", "");
        assertEquals("DRAFT", version(list + "/versions/1", bureau).getJsonObject("summary").getString("status"));

        String notices = Platform.REST + "/catalogue/notices";
        assertProblem(call("POST", notices, market, json("{\"subject\":\"无类型\",\"basis\":\"法\"}")), 400, "SGPT-REQ-010", "kind");
        HttpResponse<String> gossip = call("POST", notices, market, json("{\"kind\":\"GOSSIP\",\"subject\":\"s\","
                + "\"basis\":\"b\"}"));
        assertProblem(gossip, 400, "SGPT-REQ-000", "GOSSIP in the JSON body is not one of those allowed (LAW_CHANGE, OPINION_SOLICITATION)");
        assertFalse(gossip.body().matches("(?s).*(java\\.|cn\\.gov|RESTEASY|\\$).*"), "no internals: " + gossip.body());
        assertProblem(call("POST", notices, market, json("{\"kind\":\"OPINION_SOLICITATION\",\"subject\":\"s\",\"basis\":\"b\","
                + "\"replyDue\":\"2020-01-01\"}")), 400, "SGPT-REQ-010", "");
        assertEquals(0, Platform.json(Platform.get(notices, market)).asJsonArray().size(), "no notice was sent");

        String implementation = Platform.REST + "/catalogue/units/" + unit + "/items/" + FOOD + "/implementation-list";
        assertProblem(call("PUT", implementation, system(unit + "-XZSP"), json(content(0))), 400, "SGPT-REQ-010",
                "1 to 60 working days");
        assertProblem(Platform.get(Platform.REST + "/catalogue/changes?since=yesterday", bureau), 400, "SGPT-REQ-010",
                "since must be an ISO-8601 time");
    }

    private static String newUnit() throws Exception {
        HttpResponse<String> created = Platform.send(HttpRequest.newBuilder(URI.create(Platform.BASE + "/fixtures/units"))
                .POST(BodyPublishers.noBody()));
        assertEquals(200, created.statusCode(), created.body());
        return created.body();
    }

    /** A REST system of the department, allowed to read and write the catalogue; answers its Basic header. */
    private static String system(String department) throws Exception {
        return Platform.basic(Platform.registerSystem("sys.w", department, "REST", "CATALOGUE_READ,CATALOGUE_WRITE"),
                Platform.TEST_SYSTEM_SECRET);
    }

    private static HttpResponse<String> call(String method, String url, String authorization, Body body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .method(method, body.publisher());
        if (body.type() != null) {
            request.header("Content-Type", body.type());
        }
        return Platform.send(request);
    }

    private static HttpResponse<String> call(String method, String url, String authorization, BodyPublisher none)
            throws Exception {
        return call(method, url, authorization, new Body(null, none));
    }

    private record Body(String type, BodyPublisher publisher) {
    }

    private static Body json(String text) {
        return new Body("application/json", BodyPublishers.ofString(text));
    }

    private static Body xlsx(String[][] rows) throws IOException {
        return new Body(XLSX, BodyPublishers.ofByteArray(Workbooks.xlsx(rows)));
    }

    private static JsonObject version(String url, String authorization) throws Exception {
        HttpResponse<String> answer = Platform.get(url, authorization);
        assertOk(answer);
        return (JsonObject) Platform.json(answer);
    }

    private static String content(int days) {
        return "{\"legalBasis\":\"《中华人民共和国食品安全法》第三十五条\",\"target\":\"食品经营者\",\"authorityContent\":\"食品经营许可\","
                + "\"timeLimitDays\":" + days + ",\"conditions\":\"有与经营的食品品种、数量相适应的场所\",\"materials\":[\"申请书\","
                + "\"营业执照\"],\"reviewMethod\":\"书面审查\",\"reviewStandard\":\"《食品经营许可审查通则》\",\"process\":[\"受理\","
                + "\"审查\",\"决定\"],\"responsibilities\":\"审批局审批，市场监管局监管\"}";
    }

    private static void assertOk(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String code, String detail) {
        assertEquals(status, answer.statusCode(), answer.body());
        JsonObject problem = (JsonObject) Platform.json(answer);
        assertEquals(code, problem.getString("code"), answer.body());
        JsonValue text = problem.get("detail");
        assertTrue(text != null && text.toString().contains(detail), answer.body());
    }

    @Test
    void theWorkbookOfTheListInForceHoldsItsItemsAndImplementationLists() throws Exception {
        HttpResponse<byte[]> answer = Platform.HTTP.send(HttpRequest.newBuilder(URI.create(Platform.REST
                + "/catalogue/units/210800/item-list/workbook")).header("Authorization",
                        Platform.basic(Platform.DEMO_SYSTEM, Platform.DEMO_SYSTEM_SECRET)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        assertEquals(XLSX, answer.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(answer.headers().firstValue("Content-Disposition").orElseThrow().contains("item-list-210800-v1.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            assertEquals(CODE, book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
            assertEquals(FOOD, book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue());
            Row food = book.getSheetAt(1).getRow(1);
            assertEquals(FOOD, food.getCell(0).getStringCellValue());
            assertEquals("10", food.getCell(6).getStringCellValue(), "the time limit in working days");
        }
    }
}
