package cn.gov.yingkou.sgpt.it.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;

/**
 * Starting supervision in the portal, as the market bureau's clerk does it: a result signed for by the bureau's system
 * waits among the clerk's supervision files; on the file the clerk is told at its field what is missing, then starts
 * supervision, which meets the duty on time, and records an inspection that orders a rectification (its missing
 * deadline told first); oversight reads the file and is offered nothing to do.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalSupervisionIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void aClerkStartsSupervisionOnTheFileOfALicenceItsBureauSignedFor() throws Exception {
        String provincial = Platform.basic(Platform.registerSystem("ywtb.ps.", "210800-XZSP", "REST",
                "LICENSING_SUBMIT"), Platform.TEST_SYSTEM_SECRET);
        String market = Platform.basic(Platform.registerSystem("scjg.ps.", "210800-SCJG", "REST", "EXCHANGE"),
                Platform.TEST_SYSTEM_SECRET);
        String licence = "PS210800" + System.nanoTime() % 100_000_000L;
        Platform.submitFinishedFoodResult(provincial, licence, "营口门户监管测试店");
        HttpResponse<String> inbox = Platform.get(Platform.REST + "/exchange/inbox?kind=RESULT&licence=" + licence, market);
        long push = ((JsonObject) Platform.json(inbox)).getJsonArray("rows").getJsonObject(0).getJsonNumber("id")
                .longValue();
        assertEquals(200, Platform.postRest("/exchange/pushes/" + push + "/receipt", market, null).statusCode());

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
            String file = browser.driver.getCurrentUrl();
            browser.submit("top:logout");

            browser.signIn("ysj.oversight");
            browser.goTo(file);
            browser.waitForText("sf:status", "待整改复查");
            assertFalse(browser.present("sf:starting"), "oversight reads, and starts nothing");
            assertTrue(browser.text("sf:inspections").contains("赵监管、钱执法"), browser.text("sf:inspections"));
            assertFalse(browser.present("sf:inspecting"), "and records no inspection");
        }
    }
}
