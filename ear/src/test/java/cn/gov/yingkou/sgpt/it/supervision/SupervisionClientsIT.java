package cn.gov.yingkou.sgpt.it.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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

import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;

/**
 * A supervision file as its clients reach it. In the portal, as the market bureau's clerk does it: a result signed for
 * by the bureau's system waits among the clerk's supervision files; on the file the clerk is told at its field what is missing, then starts
 * supervision, which meets the duty on time, and records an inspection that orders a rectification (its missing
 * deadline told first); oversight reads the file and is offered nothing to do. Over REST, as the bureau's supervision
 * system does it: it signs for a result, finds the licence's file waiting in its list, is told every bad field of a start
 * at once, starts supervision and records an inspection; a system without the SUPERVISION operation is refused, and a
 * county's system does not learn the file exists.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionClientsIT {

    private static String provincial;
    private static String marketSystem;
    private static String exchangeOnly;
    private static String countySystem;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @BeforeAll
    static void registerSystems() throws Exception {
        provincial = Platform.basic(Platform.registerSystem("ywtb.s.", "210800-XZSP", "REST", "LICENSING_SUBMIT"),
                Platform.TEST_SYSTEM_SECRET);
        marketSystem = Platform.basic(Platform.registerSystem("scjg.s.", "210800-SCJG", "REST", "EXCHANGE,SUPERVISION"),
                Platform.TEST_SYSTEM_SECRET);
        exchangeOnly = Platform.basic(Platform.registerSystem("scjg.x.", "210800-SCJG", "REST", "EXCHANGE"),
                Platform.TEST_SYSTEM_SECRET);
        countySystem = Platform.basic(Platform.registerSystem("zq.scjg.s.", "210802-SCJG", "REST", "SUPERVISION"),
                Platform.TEST_SYSTEM_SECRET);
    }

    @Test
    void aClerkStartsSupervisionOnTheFileOfALicenceItsBureauSignedFor() throws Exception {
        String licence = "PS210800" + System.nanoTime() % 100_000_000L;
        Platform.submitFinishedFoodResult(provincial, licence, "营口门户监管测试店");
        HttpResponse<String> inbox = Platform.get(Platform.REST + "/exchange/inbox?kind=RESULT&licence=" + licence,
                exchangeOnly);
        long push = ((JsonObject) Platform.json(inbox)).getJsonArray("rows").getJsonObject(0).getJsonNumber("id")
                .longValue();
        assertEquals(200, Platform.postRest("/exchange/pushes/" + push + "/receipt", exchangeOnly, null).statusCode());

        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("scjg.clerk");
            browser.submit("nav:nav-supervision");
            browser.type("sl:search", licence);
            browser.click("sl:find");
            browser.waitForText("sl:rows", "营口门户监管测试店");
            assertTrue(browser.text("sl:rows").contains("待开展监管") && browser.text("sl:rows").contains("办理中"),
                    browser.text("sl:rows"));
            browser.submit("sl:rows:0:open");
            browser.waitForText("sf:status", "待开展监管");
            assertTrue(browser.text("sf:startDuty").contains("办理中"), browser.text("sf:startDuty"));
            assertTrue(browser.text("sf:history").contains("推送审批结果"), browser.text("sf:history"));

            browser.type("sf:firstMeasure", "纳入本季度日常监督检查");
            browser.click("sf:start");
            browser.waitForText("messages", "监管责任人");
            assertEquals("待开展监管", browser.text("sf:status"), "nothing changed");
            browser.type("sf:supervisor", "赵监管");
            browser.click("sf:start");
            browser.waitForText("messages", "已开展监管");
            browser.waitForText("sf:status", "已开展监管");
            assertTrue(browser.text("sf:startDuty").contains("按时完成"), browser.text("sf:startDuty"));
            assertEquals("赵监管", browser.text("sf:supervisorShown"));
            assertFalse(browser.present("sf:starting"), "started once");

            browser.select("sf:kind", "ON_LEAD");
            browser.type("sf:inspectors", "赵监管、钱执法");
            browser.type("sf:findings", "未在经营场所公示食品经营许可证");
            browser.select("sf:outcome", "RECTIFY");
            browser.type("sf:order", "在经营场所显著位置公示许可证");
            browser.click("sf:inspect");
            browser.waitForText("messages", "整改期限");
            assertTrue(browser.text("sf:inspections").contains("尚无检查记录"), "nothing recorded");
            browser.pickDate("sf:rectifyBy", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).toString());
            browser.click("sf:inspect");
            browser.waitForText("messages", "检查已登记");
            browser.waitForText("sf:status", "待整改复查");
            assertTrue(browser.text("sf:inspections").contains("责令整改") && browser.text("sf:inspections").contains("待复查"),
                    browser.text("sf:inspections"));
            assertTrue(browser.text("sf:historyTable").contains("线索核查：责令整改"),
                    "the file's record says it in words: " + browser.text("sf:historyTable"));
            assertFalse(browser.text("sf:item").isBlank() || browser.text("sf:item").matches("[0-9]+"),
                    "the item by its name: " + browser.text("sf:item"));
            String file = browser.driver.getCurrentUrl();
            browser.go("/licensing/licence.xhtml?number=" + licence);
            assertTrue(browser.pageText().contains("监管档案 · 营口市市场监督管理局 · 待整改复查"),
                    "the licence's page leads to its file");
            browser.submit("top:logout");

            browser.signIn("ysj.oversight");
            browser.goTo(file);
            browser.waitForText("sf:status", "待整改复查");
            assertFalse(browser.present("sf:starting"), "oversight reads, and starts nothing");
            assertTrue(browser.text("sf:inspections").contains("赵监管、钱执法"), browser.text("sf:inspections"));
            assertFalse(browser.present("sf:inspecting"), "and records no inspection");
        }
    }

    private static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return (JsonObject) Platform.json(response);
    }

    @Test
    void aSupervisionSystemStartsSupervisionOnTheFileItsSigningOpened() throws Exception {
        String licence = "SR210800" + System.nanoTime() % 100_000_000L;
        Platform.submitFinishedFoodResult(provincial, licence, "营口监管接口测试店");
        JsonObject push = object(Platform.get(Platform.REST + "/exchange/inbox?kind=RESULT&licence=" + licence,
                marketSystem), 200).getJsonArray("rows").getJsonObject(0);
        assertEquals(200, Platform.postRest("/exchange/pushes/" + push.getJsonNumber("id") + "/receipt", marketSystem,
                null).statusCode());

        JsonObject page = object(Platform.get(Platform.REST + "/supervision/files?status=AWAITING_START&q=" + licence,
                marketSystem), 200);
        assertEquals(1, page.getJsonNumber("total").longValue(), page.toString());
        JsonObject file = page.getJsonArray("rows").getJsonObject(0);
        assertEquals("营口监管接口测试店", file.getString("holderName"));
        assertEquals("OPEN", file.getString("startDuty"));
        String path = "/supervision/files/" + file.getJsonNumber("id");

        HttpResponse<String> bad = Platform.postRest(path + "/start", marketSystem,
                "{\"supervisor\":\"\",\"firstMeasure\":\"现场检查\",\"startedOn\":\"2026-02-30\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(Set.of("startedOn"), fields(bad), "what does not parse is named first");
        HttpResponse<String> future = Platform.postRest(path + "/start", marketSystem, "{\"supervisor\":\"\","
                + "\"firstMeasure\":\"现场检查\",\"startedOn\":\"" + today().plusDays(3) + "\"}");
        assertEquals(Set.of("supervisor", "startedOn"), fields(future), "each bad field at once");
        assertEquals(400, Platform.postRest(path + "/start", marketSystem, "{\"supervisor\":").statusCode(),
                "a body that is not JSON");
        assertEquals("AWAITING_START", object(Platform.get(Platform.REST + path, marketSystem), 200).getString("status"),
                "nothing changed");

        String start = "{\"supervisor\":\"李监管\",\"firstMeasure\":\"纳入日常监督检查计划，首次检查安排在下月\","
                + "\"startedOn\":\"" + today() + "\"}";
        assertEquals(403, Platform.postRest(path + "/start", exchangeOnly, start).statusCode(),
                "a system without the SUPERVISION operation");
        assertEquals(404, Platform.postRest(path + "/start", countySystem, start).statusCode(),
                "a county's system: the city's file does not exist for it");
        assertEquals(404, Platform.get(Platform.REST + path, countySystem).statusCode());
        JsonObject started = object(Platform.postRest(path + "/start", marketSystem, start), 200);
        assertEquals("STARTED", started.getString("status"));
        assertEquals("DONE_ON_TIME", started.getString("startDuty"));
        assertEquals("李监管", started.getString("supervisor"));
        HttpResponse<String> again = Platform.postRest(path + "/start", marketSystem, start);
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("started on"), again.body());
        assertEquals(0, object(Platform.get(Platform.REST + "/supervision/files?status=AWAITING_START&q=" + licence,
                marketSystem), 200).getJsonNumber("total").longValue(), "no longer waiting");
        assertEquals(400, Platform.get(Platform.REST + "/supervision/files?status=DONE", marketSystem).statusCode());

        HttpResponse<String> badInspection = Platform.postRest(path + "/inspections", marketSystem, "{\"kind\":\"SURPRISE\","
                + "\"inspectedOn\":\"" + today() + "\",\"inspectors\":\"李一\",\"findings\":\"x\",\"outcome\":\"COMPLIANT\"}");
        assertEquals(Set.of("kind"), fields(badInspection), "what does not parse is named first");
        assertEquals(Set.of("inspectors"), fields(Platform.postRest(path + "/inspections", marketSystem, "{\"kind\":\"PLANNED\","
                + "\"inspectedOn\":\"" + today() + "\",\"inspectors\":\"李一\",\"findings\":\"x\",\"outcome\":\"COMPLIANT\"}")),
                "one officer is not enough");
        String inspection = "{\"messageId\":\"jc-" + licence + "\",\"kind\":\"PLANNED\",\"inspectedOn\":\"" + today()
                + "\",\"inspectors\":\"李一,王二\",\"findings\":\"未公示许可证\",\"outcome\":\"RECTIFY\","
                + "\"rectificationOrder\":\"在经营场所显著位置公示许可证\",\"rectifyBy\":\"" + today().plusDays(7) + "\"}";
        JsonObject recorded = object(Platform.postRest(path + "/inspections", marketSystem, inspection), 201);
        assertEquals("DUE", recorded.getString("rectification"));
        assertEquals(200, Platform.postRest(path + "/inspections", marketSystem, inspection).statusCode(),
                "the same message again");
        assertEquals(1, object(Platform.get(Platform.REST + "/supervision/files?status=RECTIFICATION_DUE&q=" + licence,
                marketSystem), 200).getJsonNumber("total").longValue());
        assertEquals(recorded.getString("reference"), object(Platform.get(Platform.REST + "/supervision/inspections/"
                + recorded.getJsonNumber("id"), marketSystem), 200).getString("reference"));
        assertEquals(404, Platform.get(Platform.REST + "/supervision/inspections/" + recorded.getJsonNumber("id"),
                countySystem).statusCode());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static Set<String> fields(HttpResponse<String> refused) {
        assertEquals(400, refused.statusCode(), refused.body());
        return ((JsonObject) Platform.json(refused)).getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .map(f -> f.getString("field")).collect(Collectors.toSet());
    }
}
