package cn.gov.yingkou.sgpt.it.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;

/**
 * Art 20 in the portal, from the transfer to the feedback: the city market bureau's clerk transfers a violation with an
 * inspection record (a credit code with a wrong check digit told at its field first) to the Zhanqian district's market
 * bureau; the district's clerk finds it among transfers to decide on, opens the evidence, files a case and closes it;
 * the city's clerk sees the case filed and closed among the transfers it sent, and signs for the outcome in its inbox.
 * The approval bureau's clerk, neither side of the transfer, does not see it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalTransferIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void aTransferSentWithAFileComesBackAsTheReceiversDecisionAndOutcome() throws Exception {
        Path folder = Files.createTempDirectory("evidence");
        Path record = folder.resolve("检查笔录.pdf");
        Files.writeString(record, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", StandardCharsets.UTF_8);
        String party = "营口门户移送测试公司" + System.nanoTime() % 10_000;

        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("scjg.clerk");
            browser.submit("nav:nav-transfers");
            browser.submit("newTransfer");
            browser.select("ts:to", "210802-SCJG");
            browser.type("ts:facts", "检查中发现当事人在站前区无证从事建筑施工");
            browser.type("ts:place", "站前区某工地");
            browser.type("ts:partyName", party);
            browser.type("ts:partyId", "91350100M000100Y44");
            browser.type("ts:provision", "《中华人民共和国建筑法》第七条");
            browser.attach("ts", record);
            browser.submit("ts:sendNow");
            browser.waitForText("messages", "校验码错误");
            browser.type("ts:partyId", "91350100M000100Y43");
            browser.attach("ts", record);
            browser.submit("ts:sendNow");
            browser.waitForText("messages", "案件已移送");
            String number = browser.text("ts:caseLink").replace("查看移送", "").strip();
            String link = browser.visible("ts:caseLink").getAttribute("href");
            String id = link.substring(link.indexOf("id=") + 3).replaceAll("[^0-9].*", "");
            browser.submit("ts:caseLink");
            browser.waitForText("tc:status", "待决定");
            assertTrue(browser.text("tc:evidence").contains("检查笔录.pdf") && browser.text("tc:evidence").contains("PDF"),
                    browser.text("tc:evidence"));
            assertTrue(browser.text("tc:clocks").contains("决定是否接收移送案件"), browser.text("tc:clocks"));
            assertFalse(browser.present("tc:decide"), "the sender does not decide on its own transfer");
            browser.submit("top:logout");

            browser.signIn("spj.clerk");
            browser.go("/transfer/case.xhtml?id=" + id);
            browser.waitForText("messages", "没有该案件移送");
            browser.go("/index.xhtml");
            browser.submit("top:logout");

            browser.signIn("zq.scjg.clerk");
            assertTrue(browser.pageText().contains(number), "its clock on the home page, named by the transfer's number");
            browser.submit("nav:nav-transfers");
            browser.waitForText("tl:rows", party);
            browser.go("/transfer/case.xhtml?id=" + id);
            browser.waitForText("tc:party", party);
            HttpResponse<byte[]> evidence = Platform.HTTP.send(HttpRequest.newBuilder(URI.create(
                    browser.visible("tc:evidence:0:download").getAttribute("href"))).header("Cookie", "JSESSIONID="
                    + browser.driver.manage().getCookieNamed("JSESSIONID").getValue()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, evidence.statusCode());
            assertEquals(Files.readString(record), new String(evidence.body(), StandardCharsets.UTF_8),
                    "the receiver opens the file as it was sent");
            browser.type("tc:caseNumber", "站市监立〔2026〕" + id + "号");
            browser.click("tc:accept");
            browser.waitForText("messages", "已立案");
            browser.waitForText("tc:status", "已立案");
            browser.type("tc:outcome", "责令停止施工，罚款二万元");
            browser.type("tc:penaltyNumber", "站市监罚〔2026〕" + id + "号");
            browser.clickAndAnswer("tc:close", true);
            browser.waitForText("messages", "已办结");
            browser.waitForText("tc:status", "已办结");
            assertTrue(browser.text("tc:historyTable").contains("立案") && browser.text("tc:historyTable").contains("办结反馈"),
                    browser.text("tc:historyTable"));
            browser.submit("top:logout");

            browser.signIn("scjg.clerk");
            browser.go("/transfer/list.xhtml?box=SENT");
            browser.waitForText("tl:rows", party);
            assertTrue(browser.text("tl:rows").contains("已办结"), browser.text("tl:rows"));
            browser.go("/transfer/case.xhtml?id=" + id);
            browser.waitForText("tc:caseNumberShown", "站市监立〔2026〕" + id + "号");
            assertTrue(browser.text("tc:outcomeShown").contains(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                    && browser.text("tc:outcomeShown").contains("责令停止施工"), browser.text("tc:outcomeShown"));
            browser.submit("nav:nav-pushes");
            browser.select("ib:kind", "CASE_OUTCOME");
            browser.waitForText("ib:pushes", "@210800-SCJG");
            browser.clickAndAnswer("ib:pushes:0:sign", true);
            browser.waitForText("messages", "已签收");
        }
    }
}
