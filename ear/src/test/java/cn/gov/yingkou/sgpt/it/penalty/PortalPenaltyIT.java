package cn.gov.yingkou.sgpt.it.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.QrCodes;

/**
 * The penalty loop in the portal: the market-supervision clerk records a decision (a licence not of the unit refused at
 * its field) and hands it over; the approval bureau's clerk finds it among penalty decisions, signs for it and, with the
 * decision beside the licence, revokes it; the licence's history shows every step; the market bureau signs the action.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalPenaltyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void aDecisionRecordedInThePortalEndsWithTheLicenceRevokedAndTheActionSignedBack() throws Exception {
        String licence = "PP210800" + System.nanoTime() % 100_000_000L;
        String provincial = Platform.basic(Platform.registerSystem("ywtb.pp.", "210800-XZSP", "REST",
                "LICENSING_SUBMIT,LICENSING_READ"), Platform.TEST_SYSTEM_SECRET);
        Platform.submitFinishedFoodResult(provincial, licence, "营口门户处罚测试店");
        String decision = "营市监罚〔2026〕" + licence.substring(8) + "号";

        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("scjg.clerk");
            browser.submit("nav:nav-penalty");
            browser.type("pr:licence", "NO" + licence);
            browser.type("pr:decisionNumber", decision);
            browser.type("pr:facts", "超范围经营散装食品");
            browser.type("pr:legalBasis", "《中华人民共和国食品安全法》第一百二十二条");
            browser.type("pr:penalty", "没收违法所得并处罚款五万元");
            browser.select("pr:measure", "REVOKE");
            browser.click("pr:recordNow");
            browser.waitForText("messages", "本级没有编号为 NO" + licence + " 的证照");
            browser.type("pr:licence", licence);
            browser.click("pr:recordNow");
            browser.waitForText("messages", "处罚决定已登记并推送至行政审批部门");
            browser.submit("pr:handover");
            browser.waitForText("pd:status", "已推送");
            assertTrue(browser.text("pd:kind").contains(decision), browser.text("pd:kind"));
            assertTrue(browser.text("pd:fields").contains("撤销许可") && browser.text("pd:fields").contains("违法事实"),
                    "the decision's fields in words: " + browser.text("pd:fields"));
            browser.submit("top:logout");

            browser.signIn("spj.clerk");
            browser.submit("nav:nav-pushes");
            browser.select("ib:kind", "PENALTY");
            assertEquals("待本部门签收", browser.text("ib:box_label"), "penalty decisions come to the bureau to sign");
            browser.type("ib:licence", licence);
            browser.click("ib:find");
            browser.waitForText("ib:pushes", decision);
            assertTrue(browser.text("ib:pushes:0:summary").contains("营口门户处罚测试店"), browser.text("ib:pushes:0:summary"));
            browser.clickAndAnswer("ib:pushes:0:sign", true);
            browser.waitForText("messages", "已签收");
            browser.select("ib:box", "SIGNED");
            browser.waitForText("ib:pushes", decision);
            browser.submit("ib:pushes:0:actOn");
            browser.waitForText("lp:penalty", decision);
            assertTrue(browser.text("lp:penalty").contains("没收违法所得并处罚款五万元"), "the decision beside the licence");
            browser.type("lp:documentNumber", "营审批撤〔2026〕" + licence.substring(8) + "号");
            browser.type("lp:reason", "依市场监管局处罚决定撤销食品经营许可");
            browser.type("lp:legalBasis", "《中华人民共和国行政许可法》第六十九条");
            assertTrue(browser.clickAndAnswer("lp:actNow", true).contains(licence), "acting asks first");
            browser.waitForText("messages", "证照已处理");
            browser.waitForText("lp:status", "已撤销");
            String history = browser.text("lp:history");
            assertTrue(history.contains("颁发证照") && history.contains("推送审批结果") && history.contains("处罚决定：要求撤销许可")
                    && history.contains("推送处罚决定") && history.contains("撤销许可") && history.contains("推送许可处理结果"),
                    "the whole history as a timeline: " + history);
            assertTrue(history.contains("营口市行政审批局 → 营口市市场监督管理局") && history.contains("已签收"),
                    "departments by name, statuses in words: " + history);
            assertFalse(history.matches("(?s).*(210800-[A-Z]{3,}\\b|spj\\.clerk|scjg\\.clerk|SIGNED|PUSHED|REVOKE).*"),
                    "no codes or login names: " + history);

            // The printed certificate's QR code leads the public to a page that says the licence is revoked.
            Path certificate = Files.createTempFile("revoked", ".pdf");
            Files.write(certificate, Platform.HTTP.send(HttpRequest.newBuilder(URI.create(Platform.REST
                    + "/licensing/licences/" + licence + "/certificate")).header("Authorization", provincial).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body());
            String verification = QrCodes.readFirstPage(certificate);
            browser.goTo(verification);
            browser.waitForText("status", "已撤销");
            browser.go("/index.xhtml");
            browser.submit("top:logout");

            browser.signIn("scjg.clerk");
            browser.submit("nav:nav-pushes");
            browser.select("ib:kind", "LICENCE_ACTION");
            assertEquals("待本部门签收", browser.text("ib:box_label"));
            browser.type("ib:licence", licence);
            browser.click("ib:find");
            browser.waitForText("ib:pushes", licence);
            assertTrue(browser.text("ib:pushes:0:summary").contains("撤销"), browser.text("ib:pushes:0:summary"));
            browser.clickAndAnswer("ib:pushes:0:sign", true);
            browser.waitForText("messages", "已签收");
        }
    }

    @Test
    void aDepartmentThatNeitherHandsOverNorReceivesIsToldSo() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("ysj.clerk");
            browser.submit("nav:nav-pushes");
            assertTrue(browser.present("noBoxes"), "the business-environment bureau's clerk has no boxes");
            assertFalse(browser.present("nav:nav-penalty"), "and records no penalty decisions");
        }
    }
}
