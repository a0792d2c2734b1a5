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
import java.util.List;
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

    /**
     * The register and the workbench filter and sort in the database, tell a reversed date range at the field, export
     * what they show, and link a holder to their licences.
     */
    @Test
    void listsAreSortedFilteredAndExportedAsShown() throws Exception {
        String prefix = "LS" + System.nanoTime() % 10_000_000;
        String bureau = Platform.basic(Platform.registerSystem("ywtb.l.", "210800-XZSP", "REST", "LICENSING_SUBMIT"),
                Platform.TEST_SYSTEM_SECRET);
        for (String suffix : new String[] {"2", "3", "1"}) {
            Platform.submitFinishedFoodResult(bureau, "JY" + prefix + suffix, "营口排序店" + prefix + suffix);
        }
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            browser.go("/licensing/licences.xhtml");
            browser.type("lr:holder", "营口排序店" + prefix);
            browser.type("lr:itemName", "食品经营");
            browser.click("lr:search");
            browser.waitForText("lr:licences", "JY" + prefix + "3");
            browser.click("lr:licences:numberColumn");
            assertEquals(List.of("1", "2", "3"), suffixes(browser.text("lr:licences"), "JY" + prefix), "rising by number");
            browser.click("lr:licences:numberColumn");
            assertEquals(List.of("3", "2", "1"), suffixes(browser.text("lr:licences"), "JY" + prefix), "then falling");

            browser.pickDate("lr:issuedFrom", "2026-11-26");
            browser.click("lr:search");
            browser.waitForText("lr:licences", "没有");
            browser.pickDate("lr:issuedUntil", "2026-11-25");
            browser.click("lr:search");
            browser.waitForText("lr:issuedUntilMessage", "截止日期早于起始日期");
            browser.pickDate("lr:issuedFrom", "2026-11-25");
            browser.click("lr:search");
            browser.waitForText("lr:licences", "JY" + prefix + "1");

            browser.submit("lr:licences:0:holderLink");
            assertTrue(browser.driver.getCurrentUrl().contains("holder=91350100M000100Y43"), browser.driver.getCurrentUrl());
            assertEquals("91350100M000100Y43", browser.value("lr:holder"), "the holder's licences, found by the identifier");

            browser.submit("nav:nav-workbench");
            browser.select("wb:stage", "ALL");
            browser.type("wb:applicant", "营口排序店" + prefix);
            browser.click("wb:find");
            browser.waitForText("wb:queue", "营口排序店" + prefix + "3");
            browser.click("wb:queue:applicantColumn");
            browser.click("wb:queue:applicantColumn");
            assertEquals(List.of("3", "2", "1"), suffixes(browser.text("wb:queue"), "营口排序店" + prefix),
                    "falling by applicant");
            Path exported = browser.download("wb:export", ".xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(exported))) {
                List<String> applicants = StreamSupport.stream(book.getSheetAt(0).spliterator(), false).skip(1)
                        .map(row -> row.getCell(2).getStringCellValue()).toList();
                assertEquals(List.of("营口排序店" + prefix + "3", "营口排序店" + prefix + "2", "营口排序店" + prefix + "1"),
                        applicants, "the export holds the list as filtered and sorted");
            }
        }
    }

    /** The suffixes after {@code prefix} in the table's text, in the order the rows show them. */
    private static List<String> suffixes(String table, String prefix) {
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(prefix) + "(\\d)").matcher(table).results()
                .map(m -> m.group(1)).distinct().toList();
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
            browser.clickLabelContaining("wb:handedIn", "食品经营许可申请书");
            browser.clickLabelContaining("wb:handedIn", "营业执照或其他主体资格证明文件");
            browser.type("wb:otherMaterials", "法定代表人身份证复印件");
            browser.click("wb:receive");
            browser.waitForText("wb:applicantIdMessage", "校验码错误");
            assertFalse(browser.text("wb:applicantIdMessage").matches(".*[A-Za-z]{5,}.*"),
                    "in the portal's language only: " + browser.text("wb:applicantIdMessage"));
            assertFalse(browser.textIfAny("messages").contains("校验码"), "told at the field, not again at the top");
            browser.type("wb:contactName", "");
            browser.click("wb:receive");
            browser.waitForText("wb:contactNameMessage", "请填写联系人");
            assertFalse(browser.pageText().contains("校验码错误"), "a required field is checked before the rest");
            browser.type("wb:contactName", "王店长");

            browser.type("wb:applicantId", "91350100M000100Y43");
            browser.click("wb:receive");
            browser.waitForText("ap:status", "已收件");
            assertTrue(browser.text("ap:clocks").contains("一次告知补正材料"));
            String checklist = browser.text("ap:checklist");
            assertTrue(checklist.matches("(?s).*食品经营许可申请书 已收.*营业执照或其他主体资格证明文件 已收.*设备设施布局.*尚缺.*"
                    + "食品安全管理制度 尚缺.*法定代表人身份证复印件 \\(实施清单以外\\) 已收.*"), "the checklist as handed in: " + checklist);

            browser.click("ap:requestMaterials");
            browser.waitForText("ap:status", "待补正");
            String number = browser.driver.getCurrentUrl().replaceAll(".*number=([^&]+).*", "$1");
            browser.go("/licensing/notice.xhtml?number=" + number + "&kind=SUPPLEMENT");
            String notice = browser.text("notice");
            assertTrue(notice.contains("补正材料一次性告知书") && notice.contains(shop + "：") && notice.contains("设备设施布局")
                    && notice.contains("食品安全管理制度") && !notice.contains("营业执照或其他") && notice.contains("营口市行政审批局"),
                    "the one-time notice names what is missing, from the same data: " + notice);
            browser.go("/licensing/application.xhtml?number=" + number);
            browser.clickLabelContaining("ap:supplied", "设备设施布局");
            browser.click("ap:supplement");
            browser.waitForText("ap:status", "已收件");
            checklist = browser.text("ap:checklist");
            assertTrue(checklist.matches("(?s).*食品经营许可申请书 已收.*营业执照或其他主体资格证明文件 已收.*设备设施布局.*已补正.*"
                    + "食品安全管理制度 尚缺.*"), "the supplement adds to what was handed in: " + checklist);

            String question = browser.clickAndAnswer("ap:accept", false);
            assertTrue(question.contains("食品安全自查、从业人员健康管理等食品安全管理制度"), "accepting asks, naming what is missing: "
                    + question);
            assertEquals("已收件", browser.text("ap:status"), "answered no, not accepted");
            browser.clickAndAnswer("ap:accept", true);
            browser.waitForText("ap:status", "审查中");
            assertTrue(browser.text("ap:historyTable").contains("经确认，受理时尚缺：食品安全自查"), browser.text("ap:historyTable"));
            browser.go("/licensing/notice.xhtml?number=" + number + "&kind=ACCEPTANCE");
            assertTrue(browser.text("notice").matches("(?s).*受理通知书.*决定予以受理.*\\d+ 个工作日内（即 \\d{4}-\\d{2}-\\d{2} 前）.*"),
                    browser.text("notice"));
            browser.go("/licensing/notice.xhtml?number=" + number + "&kind=REFUSAL");
            browser.waitForText("messages", "尚未到出具此通知书的环节");
            browser.go("/licensing/application.xhtml?number=" + number);
            assertTrue(browser.text("ap:clocks").contains("作出许可决定"));
            browser.type("ap:text", "现场核查经营场所");
            browser.click("ap:pause");
            browser.waitForText("ap:status", "暂停计时");
            assertTrue(browser.text("ap:status").contains("检验") && !browser.text("ap:status").contains("INSPECTION"),
                    "the pause's reason in words: " + browser.text("ap:status"));
            browser.click("ap:resume");
            browser.waitForText("messages", "审查计时已恢复");
            browser.click("ap:grant");
            browser.waitForText("ap:status", "准予许可");

            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            browser.type("ap:scope", "预包装食品销售");
            browser.pickDate("ap:validFrom", today);
            browser.pickDate("ap:validUntil", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(5).toString());
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
