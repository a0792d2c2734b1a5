package cn.gov.yingkou.sgpt.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;

/**
 * A market-supervision clerk signs for a pushed food licence in the inbox; the approval bureau sees it signed,
 * sees its late results and pushes several at once, and records a hand-over off the platform with its paper receipt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalExchangeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void aClerkSignsForAPushInTheInbox() throws Exception {
        String licence = "PE210800" + System.nanoTime() % 100_000_000L;
        String provincial = Platform.basic(Platform.registerSystem("ywtb.p.", "210800-XZSP", "REST", "LICENSING_SUBMIT"),
                Platform.TEST_SYSTEM_SECRET);
        Platform.submitFinishedFoodResult(provincial, licence, "营口签收测试店");

        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("scjg.clerk");
            browser.submit("nav:nav-pushes");
            assertEquals("待本部门签收", browser.text("ib:box_label"), "a competent department opens on what it has to sign");
            browser.type("ib:licence", licence);
            browser.click("ib:find");
            browser.waitForText("ib:pushes", licence);
            assertTrue(browser.text("ib:pushes:0:sign").contains("签收"));
            assertEquals("营口市行政审批局 → 营口市市场监督管理局", browser.text("ib:pushes:0:route"));
            assertTrue(browser.text("ib:pushes:0:summary").contains("营口签收测试店"), "the applicant is named");
            assertFalse(browser.text("ib:pushes").contains("{"), "no raw JSON in the list: " + browser.text("ib:pushes"));
            assertTrue(browser.text("ib:pushes").matches("(?s).*\\d{4}-\\d{2}-\\d{2} 24:00.*"),
                    "the signing deadline as the end of its last day: " + browser.text("ib:pushes"));
            assertTrue(browser.clickAndAnswer("ib:pushes:0:sign", false).contains(licence), "signing asks first");
            assertTrue(browser.present("ib:pushes:0:sign"), "answered no, nothing is signed");
            browser.clickAndAnswer("ib:pushes:0:sign", true);
            browser.waitForText("messages", "已签收");
            browser.select("ib:box", "SIGNED");
            browser.waitForText("ib:pushes", licence);
            browser.submit("ib:pushes:0:detail");
            browser.waitForText("pd:status", "已签收");
            assertTrue(browser.text("pd:fields").contains("营口签收测试店"), browser.text("pd:fields"));
            assertTrue(browser.text("pd:fields").contains("申请人") && !browser.text("pd:fields").contains("applicantName"),
                    "the fields named in words, not by their JSON keys: " + browser.text("pd:fields"));
            assertEquals("营口市行政审批局 → 营口市市场监督管理局", browser.text("pd:route"));
            String history = browser.text("pd:historyTable");
            assertTrue(history.contains("推送至营口市市场监督管理局，由平台收件箱接收")
                    && history.contains("张监管（营口市市场监督管理局）") && history.contains("营口市市场监督管理局签收")
                    && history.contains("测试系统（营口市行政审批局）"), "each step said in words, by whom, by name: " + history);
            assertFalse(history.matches("(?s).*(PORTAL|PLATFORM_INBOX|210800-SCJG|scjg\\.clerk|\\d{2}:\\d{2}:\\d{2}).*"),
                    "no codes, login names or UTC timestamps: " + history);
            assertEquals("scjg.clerk · 门户", browser.driver.findElements(By.cssSelector("#pd\\:historyTable .sgpt-who"))
                    .get(2).getAttribute("title"), "the login and channel stay in the tooltip");
            browser.submit("top:lang-en");
            history = browser.text("pd:historyTable");
            assertTrue(history.contains("Pushed to Yingkou Market Supervision Administration, received by Platform inbox")
                    && history.contains("Signed for by Yingkou Market Supervision Administration"), history);
            browser.submit("top:lang-zh");
            assertTrue(browser.text("pd:clocks").contains("开展监管"), "signing opened the supervision clock");

            browser.submit("proof");
            assertTrue(browser.text("licence").contains(licence), browser.text("licence"));
            // The sealer chains new entries every few seconds: until then a step says it waits for its seal.
            String proof = browser.driver.getCurrentUrl();
            for (int look = 0; look < 20 && browser.text("steps").contains("待封存"); look++) {
                Thread.sleep(1_000);
                browser.goTo(proof);
            }
            String steps = browser.text("steps");
            assertTrue(steps.matches("(?s).*推送.*签收.*") && steps.contains("链序号") && steps.contains("与审计链一致")
                    && !steps.contains("不符"), steps);
            assertTrue(steps.contains("推送至营口市市场监督管理局") && steps.contains("审计日志原文：" + licence + " to 210800-SCJG"),
                    "said in words, with the sealed text verbatim beneath: " + steps);
            List<String> hashes = browser.driver.findElements(By.cssSelector(".sgpt-hash")).stream()
                    .map(hash -> hash.getText().replace("SM3 ", "")).toList();
            assertEquals(3, hashes.size(), steps);
            assertTrue(browser.fitsPrintedWidth("proof"), "the proof's table fits an A4 page's width in print");
            String printed = browser.printA4Text().replaceAll("\\s", "");
            assertTrue(hashes.stream().allMatch(printed::contains), "every step's hash printed whole: " + printed);
            browser.submit("back");
            browser.waitForText("pd:status", "已签收");
            browser.go("/exchange/proof.xhtml?id=abc");
            browser.waitForText("messages", "推送编号须为数字");
            browser.go("/exchange/proof.xhtml");
            browser.waitForText("messages", "请从推送与签收列表打开");
            browser.go("/exchange/proof.xhtml?id=999999999");
            browser.waitForText("messages", "没有编号为 999999999 的推送");
            assertFalse(browser.present("steps"), "and no proof");
            browser.submit("top:logout");

            browser.signIn("spj.clerk");
            browser.submit("nav:nav-pushes");
            assertEquals("待本部门推送（含被退回）", browser.text("ib:box_label"), "the bureau opens on what it has to push");
            browser.select("ib:box", "DONE");
            browser.waitForText("ib:pushes", licence);
        }
    }

    @Test
    void theBureauRecordsAnOffPlatformHandOverAndItsPaperReceipt() throws Exception {
        String[] parts = Platform.fixture("deliveries", "action=off-platform").split(" ");

        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            browser.go("/exchange/push.xhtml?id=" + parts[0]);
            browser.waitForText("pd:agreement", "王科长");
            browser.click("pd:handOver");
            browser.waitForText("messages", "已推送");
            browser.waitForText("pd:handedOverBy", "线下");

            browser.click("pd:recordReceipt");
            browser.waitForText("messages", "线下签收人");
            assertEquals("已推送", browser.text("pd:status"), "nothing signed without a signer");
            browser.type("pd:signer", "王科长");
            browser.click("pd:recordReceipt");
            browser.waitForText("messages", "线下签收已登记");
            browser.waitForText("pd:status", "已签收");
            assertTrue(browser.text("pd:signed").contains("王科长") && browser.text("pd:signed").contains("王审批（营口市行政审批局）"),
                    browser.text("pd:signed"));
            assertTrue(browser.text("pd:clocks").contains("开展监管"), "the receipt opened the supervision clock");
            assertFalse(browser.present("pd:recordReceipt"), "signed once");
        }
    }

    /**
     * Oversight reads a push with the person's ID number and phone masked; the department it was pushed to reads them
     * in full, and that read is in the push's audit trail (not among its steps).
     */
    @Test
    void oversightReadsAPersonsIdentifiersMaskedAndTheDepartmentsFullReadIsAudited() throws Exception {
        String licence = "JY2210800" + System.nanoTime() % 10_000_000;
        String bureau = Platform.basic(Platform.registerSystem("ywtb.m.", "210800-XZSP", "REST", "LICENSING_SUBMIT"),
                Platform.TEST_SYSTEM_SECRET);
        Platform.submitPersonsFoodResult(bureau, licence);
        String marketSystem = Platform.registerSystem("scjg.m.", "210800-SCJG", "REST", "EXCHANGE");
        var inbox = Platform.get(Platform.REST + "/exchange/inbox?licence=" + licence, Platform.basic(marketSystem,
                Platform.TEST_SYSTEM_SECRET));
        assertTrue(inbox.body().contains("11010519491231002X") && inbox.body().contains("13900000000"), inbox.body());
        long id = ((jakarta.json.JsonObject) Platform.json(inbox)).getJsonArray("rows").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String trail = Platform.get(Platform.BASE + "/fixtures/accounts?type=push&record=" + id).body();
        assertTrue(trail.contains("personal-data.read " + marketSystem + " "), trail);

        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("ysj.oversight");
            browser.go("/exchange/push.xhtml?id=" + id);
            String fields = browser.text("pd:fields");
            assertTrue(fields.contains("1101**********002X") && fields.contains("139****0000"), fields);
            assertFalse(fields.contains("11010519491231002X") || fields.contains("13900000000"), fields);
            assertFalse(browser.text("pd:historyTable").contains("查看证件号码"), "a read is not a step of the push");
        }
        assertFalse(Platform.get(Platform.BASE + "/fixtures/accounts?type=push&record=" + id).body()
                .contains("personal-data.read ysj.oversight"), "a masked read reveals nothing to audit");
    }

    @Test
    void oversightSeesWhatWasSentBackAndWhy() throws Exception {
        String licence = "PR210800" + System.nanoTime() % 100_000_000L;
        Platform.submitFinishedFoodResult(Platform.basic(Platform.registerSystem("ywtb.r.", "210800-XZSP", "REST",
                "LICENSING_SUBMIT"), Platform.TEST_SYSTEM_SECRET), licence, "营口退回测试店");
        String market = Platform.basic(Platform.registerSystem("scjg.r.", "210800-SCJG", "REST", "EXCHANGE"),
                Platform.TEST_SYSTEM_SECRET);
        var inbox = (jakarta.json.JsonObject) Platform.json(Platform.get(Platform.REST + "/exchange/inbox?licence="
                + licence, market));
        long id = inbox.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        var returned = Platform.send(HttpRequest.newBuilder(URI.create(Platform.REST + "/exchange/pushes/" + id + "/return"))
                .header("Authorization", market).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"该证照应由住建部门监管\"}")));
        assertEquals(200, returned.statusCode(), returned.body());

        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("ysj.oversight");
            browser.submit("nav:nav-pushes");
            browser.type("ib:licence", licence);
            browser.click("ib:find");
            browser.waitForText("ib:pushes", licence);
            assertTrue(browser.text("ib:pushes").contains("该证照应由住建部门监管"), browser.text("ib:pushes"));
        }
    }

    @Test
    void aDepartmentSignsSeveralAtOnceAndSendsOneBackWhichTheBureauRoutesToACounty() throws Exception {
        String prefix = "PS" + System.nanoTime() % 100_000_000L;
        String provincial = Platform.basic(Platform.registerSystem("ywtb.s.", "210800-XZSP", "REST", "LICENSING_SUBMIT"),
                Platform.TEST_SYSTEM_SECRET);
        for (String suffix : new String[] {"A", "B", "C"}) {
            Platform.submitFinishedFoodResult(provincial, prefix + suffix, "营口批量签收店" + suffix);
        }
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("scjg.clerk");
            browser.submit("nav:nav-pushes");
            browser.type("ib:licence", prefix);
            browser.click("ib:find");
            browser.waitForText("ib:pushes", prefix + "C");
            browser.clickAndAnswer("ib:signChosen", true);
            browser.waitForText("messages", "请先勾选要签收");
            browser.tick("ib:pushes:" + browser.rowOf("ib:pushes", prefix + "A") + ":tick");
            browser.tick("ib:pushes:" + browser.rowOf("ib:pushes", prefix + "B") + ":tick");
            browser.clickAndAnswer("ib:signChosen", true);
            browser.waitForText("messages", "已签收 2 条");
            assertFalse(browser.text("ib:pushes").contains(prefix + "A"), "signed, no longer to sign: " + browser.text("ib:pushes"));

            browser.submit("ib:pushes:" + browser.rowOf("ib:pushes", prefix + "C") + ":detail");
            browser.waitForText("pd:fields", "营口批量签收店C");
            String push = browser.driver.getCurrentUrl();
            assertTrue(browser.text("pd:act").contains("请先阅读"), "the clerk reads the result where it signs");
            browser.type("pd:returnReason", "经营场所在站前区，应由站前区市场监督管理局监管");
            browser.clickAndAnswer("pd:giveBack", true);
            browser.waitForText("pd:status", "已退回");
            assertFalse(browser.present("pd:act"), "nothing more to sign or send back");
            browser.submit("top:logout");

            browser.signIn("spj.clerk");
            browser.goTo(push);
            browser.waitForText("pd:routing", "经营场所在站前区");
            browser.click("pd:pushIt");
            browser.waitForText("pd:askAgain", "营口市市场监督管理局 已退回过此推送");
            assertEquals("已退回", browser.text("pd:status"), "asked, not pushed");
            browser.click("pd:reconsider");
            browser.select("pd:routeTo", "210802-SCJG");
            browser.click("pd:pushIt");
            browser.waitForText("pd:status", "已推送");
            assertEquals("营口市行政审批局 → 站前区市场监督管理局", browser.text("pd:route"), "a county's department");
            browser.submit("top:logout");

            browser.signIn("zq.scjg.clerk");
            browser.goTo(push);
            browser.clickAndAnswer("pd:sign", true);
            browser.waitForText("pd:status", "已签收");
            assertTrue(browser.text("pd:historyTable").contains("站前区市场监督管理局签收"), browser.text("pd:historyTable"));
        }
    }

    @Test
    void theBureauSeesLateResultsAndPushesSeveralAtOnce() throws Exception {
        String prefix = "PB" + System.nanoTime() % 100_000_000L;
        for (String suffix : new String[] {"A", "B"}) {
            Platform.fixture("deliveries", "action=issue&licence=" + prefix + suffix);
        }

        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            browser.submit("nav:nav-pushes");
            browser.select("ib:box", "OVERDUE_OUT");
            browser.type("ib:licence", prefix);
            browser.click("ib:find");
            browser.waitForText("ib:pushes", prefix + "B");
            assertTrue(browser.text("ib:pushes").contains(prefix + "A"), browser.text("ib:pushes"));
            assertTrue(browser.text("ib:pushes").contains("已逾期"), "issued on 10 November, due to push by the 12th");

            browser.select("ib:box", "TO_PUSH");
            browser.waitForText("ib:pushes", prefix + "B");
            browser.click("ib:pushes:licenceColumn");
            browser.click("ib:pushes:licenceColumn");
            String listed = browser.text("ib:pushes");
            assertTrue(listed.indexOf(prefix + "B") < listed.indexOf(prefix + "A"), "sorted by licence, falling: " + listed);
            Path exported = browser.download("ib:export", ".xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(exported))) {
                assertEquals(List.of(prefix + "B", prefix + "A"), StreamSupport.stream(book.getSheetAt(0).spliterator(), false)
                        .skip(1).map(row -> row.getCell(0).getStringCellValue()).toList(), "exported as listed");
            }
            browser.pickDate("ib:issuedFrom", "2026-12-01");
            browser.pickDate("ib:issuedUntil", "2026-11-01");
            browser.click("ib:find");
            browser.waitForText("ib:issuedUntilMessage", "截止日期早于起始日期");
            browser.pickDate("ib:issuedFrom", "2026-11-10");
            browser.pickDate("ib:issuedUntil", "2026-11-10");
            browser.click("ib:find");
            browser.waitForText("ib:pushes", prefix + "B");
            browser.click("ib:pushChosen");
            browser.waitForText("messages", "请先勾选");
            browser.tick("ib:pushes:0:tick");
            browser.tick("ib:pushes:1:tick");
            browser.click("ib:pushChosen");
            browser.waitForText("messages", "已推送 2 条");
            assertTrue(browser.text("ib:pushes").contains("没有符合条件的推送"), "nothing of these is left to push: "
                    + browser.text("ib:pushes"));

            browser.select("ib:box", "PUSHED_UNSIGNED");
            browser.waitForText("ib:pushes", prefix + "A");
            assertTrue(browser.text("ib:pushes").contains(prefix + "B"), browser.text("ib:pushes"));
        }
    }
}
