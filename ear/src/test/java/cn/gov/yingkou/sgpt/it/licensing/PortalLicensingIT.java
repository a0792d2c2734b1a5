package cn.gov.yingkou.sgpt.it.licensing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.QrCodes;

/** An approval clerk takes a food-licence application from the counter to the issued licence, in the browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalLicensingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    /**
     * The business-environment bureau's clerk reads an application of the unit with the person's ID number and phone
     * masked; the approval clerk who handles it reads them in full.
     */
    @Test
    void aPersonsIdNumberAndPhoneAreMaskedForAClerkWithNoNeedToKnow() throws Exception {
        String bureau = Platform.basic(Platform.registerSystem("ywtb.p.", "210800-XZSP", "REST", "LICENSING_SUBMIT"),
                Platform.TEST_SYSTEM_SECRET);
        var submitted = Platform.postRest("/licensing/units/210800/applications", bureau, "{\"messageId\":\"pp-"
                + System.nanoTime() + "\",\"itemCode\":\"000105001000\",\"applicant\":{\"kind\":\"PERSON\",\"id\":"
                + "\"11010519491231002X\",\"name\":\"李四\",\"contactName\":\"李四\",\"contactPhone\":\"13900000000\"},"
                + "\"materials\":[\"食品经营许可申请书\"]}");
        assertEquals(201, submitted.statusCode(), submitted.body());
        String number = ((jakarta.json.JsonObject) Platform.json(submitted)).getString("number");
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("ysj.clerk");
            browser.go("/licensing/application.xhtml?number=" + number);
            assertEquals("李四 (1101**********002X)", browser.text("ap:applicant"));
            assertEquals("李四 139****0000", browser.text("ap:contact"));
        }
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            browser.go("/licensing/application.xhtml?number=" + number);
            assertEquals("李四 (11010519491231002X)", browser.text("ap:applicant"));
            assertEquals("李四 13900000000", browser.text("ap:contact"));
        }
    }

    /**
     * The register and its Excel export show a person's ID number masked to the business-environment bureau's clerk and
     * in full to the supervising market bureau's clerk, whose export is audited.
     */
    @Test
    void theRegistersExportMasksWhatTheClerkHasNoNeedToKnow() throws Exception {
        String licence = "JY2210800" + System.nanoTime() % 10_000_000;
        String bureau = Platform.basic(Platform.registerSystem("ywtb.x.", "210800-XZSP", "REST", "LICENSING_SUBMIT"),
                Platform.TEST_SYSTEM_SECRET);
        Platform.submitPersonsFoodResult(bureau, licence);
        assertEquals("1101**********002X", exportedIdentifier("ysj.clerk", licence));
        assertEquals("11010519491231002X", exportedIdentifier("scjg.clerk", licence));
        String trail = Platform.get(Platform.BASE + "/fixtures/accounts?type=licence&record=" + licence).body();
        assertTrue(trail.contains("personal-data.read scjg.clerk "), trail);
        assertFalse(trail.contains("personal-data.read ysj.clerk "), trail);
    }

    /** Signs in, finds the licence in the register and exports it: the identifier in the table and in the workbook. */
    private static String exportedIdentifier(String clerk, String licence) throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn(clerk);
            browser.go("/licensing/licences.xhtml");
            browser.type("lr:number", licence);
            browser.click("lr:search");
            browser.waitForText("lr:licences", licence);
            String shown = browser.text("lr:licences");
            Path exported = browser.download("lr:export", ".xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(exported))) {
                Sheet sheet = book.getSheetAt(0);
                Row row = StreamSupport.stream(sheet.spliterator(), false).filter(r -> r.getCell(0) != null
                        && licence.equals(r.getCell(0).getStringCellValue())).findFirst().orElseThrow();
                String identifier = row.getCell(4).getStringCellValue();
                assertEquals("有效 Valid", row.getCell(8).getStringCellValue(), "the standing in words, not as a code");
                assertTrue(shown.contains("李四 (" + identifier + ")"), "the table shows what the export holds: " + shown);
                return identifier;
            }
        }
    }

    @Test
    void fromTheCounterToTheLicenceRegister() throws Exception {
        String shop = "营口浏览器食品店" + Long.toHexString(System.nanoTime());
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            browser.submit("nav:nav-workbench");
            browser.type("wb:applicantId", "91350100M000100Y44");
            browser.type("wb:applicantName", shop);
            browser.type("wb:contactName", "王店长");
            browser.type("wb:contactPhone", "0417-2801234");
            browser.type("wb:materials", "食品经营许可申请书\n营业执照");
            browser.click("wb:receive");
            browser.waitForText("messages", "校验码错误");

            browser.type("wb:applicantId", "91350100M000100Y43");
            browser.click("wb:receive");
            browser.waitForText("ap:status", "已收件");
            assertTrue(browser.text("ap:clocks").contains("一次告知补正材料"));
            assertEquals("食品经营许可申请书\n营业执照", browser.text("ap:materials"), "one material a line, as handed in");

            browser.click("ap:accept");
            browser.waitForText("ap:status", "审查中");
            assertTrue(browser.text("ap:clocks").contains("作出许可决定"));
            browser.type("ap:text", "现场核查经营场所");
            browser.click("ap:pause");
            browser.waitForText("ap:status", "暂停计时");
            browser.click("ap:resume");
            browser.waitForText("messages", "审查计时已恢复");
            browser.click("ap:grant");
            browser.waitForText("ap:status", "准予许可");

            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            browser.type("ap:scope", "预包装食品销售");
            browser.type("ap:validFrom", today);
            browser.type("ap:validUntil", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(5).toString());
            browser.type("ap:certificateRef", "No.21080099");
            browser.click("ap:issueLicence");
            browser.waitForText("ap:status", "已发证");
            String licence = browser.text("ap:licence");
            assertTrue(licence.startsWith("XK210800-"), licence);
            assertTrue(browser.present("ap:certificate"), "the certificate can be printed");
            String verification = QrCodes.readFirstPage(browser.download("ap:certificate", ".pdf"));
            assertTrue(verification.matches(Platform.BASE + "/verify\\.xhtml\\?c=[A-Z2-9]{20}"), verification);
            HttpResponse<String> check = Platform.send(HttpRequest.newBuilder(URI.create(verification)).GET());
            assertEquals(200, check.statusCode(), "the verification page needs no login: " + check.body());
            assertTrue(check.body().contains(licence) && check.body().contains(shop) && check.body().contains("有效")
                    && check.body().contains("营口市行政审批局"), check.body());
            assertFalse(check.body().contains("91350100M000100Y43") || check.body().contains("0417-2801234")
                    || check.body().contains("王店长"), "nothing more than the certificate's face: no identifier or contact");
            HttpResponse<String> forged = Platform.send(HttpRequest.newBuilder(URI.create(
                    Platform.BASE + "/verify.xhtml?c=" + "A".repeat(20))).GET());
            assertTrue(forged.statusCode() == 200 && forged.body().contains("未找到此核验码对应的证照"), forged.body());
            String history = browser.text("ap:historyTable");
            assertTrue(history.contains("颁发证照") && history.contains("证照编号 " + licence)
                    && history.contains("王审批（营口市行政审批局）") && history.contains("申请人：" + shop + "；经门户收件"),
                    "the steps in words, by whom: " + history);
            assertTrue(history.matches("(?s).*审查时限 \\d+ 个工作日，自 " + today + " \\d{2}:\\d{2} 起算.*"),
                    "the decision clock's start in Beijing time, to the minute: " + history);
            assertFalse(history.contains("working days") || history.contains("PORTAL"), history);

            browser.submit("nav:nav-licences");
            browser.type("lr:holder", shop);
            browser.click("lr:search");
            browser.waitForText("lr:licences", licence);
        }
    }
}
