package cn.gov.yingkou.sgpt.it.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.json.JsonNumber;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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

/** The duty list, the calendar administration and the audit check in the portal, in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalDutiesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void aClerkSeesTheDepartmentsDutiesSoonestFirstWithWorkingDaysLeft() throws Exception {
        String open = "OPEN-" + UUID.randomUUID();
        String late = "LATE-" + UUID.randomUUID();
        openDuty(open, Instant.now().toString(), 2);
        openDuty(late, "2026-01-05T02:00:00Z", 2);
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            assertTrue(browser.text("pending").matches("待办职责 \\d+"), browser.text("pending"));
            assertTrue(browser.text("overdue").matches("· 已逾期 \\d+"), "the home page counts what ran out");
            assertTrue(browser.text("soonest").contains("已逾期"), "and lists the soonest first: " + browser.text("soonest"));
            browser.submit("pending");
            String table = browser.text("duties:table");
            assertTrue(table.contains(open) && table.contains(late), table);
            assertTrue(table.indexOf(late) < table.indexOf(open), "the overdue one comes first");
            assertTrue(table.matches("(?s).*推送审批结果.*已逾期 \\d+ 个工作日.*"), table);
            assertTrue(table.matches("(?s).*剩 \\d+ 个工作日.*"), table);
            assertFalse(browser.present("nav:nav-calendar"), "only administrators see the calendar");

            browser.click("duties:table:0:history");
            browser.waitForText("duties:historyTable", "开始计时");
            assertTrue(browser.text("duties:historyTable").contains("已逾期"), "the late one's history, in words");

            browser.go("/admin/calendar.xhtml");
            assertFalse(browser.present("cal:publish"), "and cannot open it");
        }
    }

    @Test
    void aDutyNamesItsRecordAsTheClerkKnowsItAndLeadsToIt() throws Exception {
        String[] push = Platform.fixture("deliveries", "action=issue").split(" ");
        // Due long before anything else the suite opens, so it heads the list.
        openDuty("210800-XZSP", "push", push[0], "2025-12-01T02:00:00Z", 2);
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            browser.submit("nav:nav-duties");
            assertEquals("审批结果推送 " + push[1], browser.text("duties:table:0:subject"), "the licence, not the push's id");
            assertTrue(browser.text("duties:table").contains("2025-12-03 24:00"), "two working days after 1 December 2025");
            browser.submit("duties:table:0:subject");
            browser.waitForText("pd:status", "待推送");
            assertTrue(browser.pageText().contains(push[1]), "the push of that licence");
        }
    }

    @Test
    void oversightWatchesEveryDepartmentsDutiesAndTheOverdueOnes() throws Exception {
        String late = "MONITOR-" + UUID.randomUUID();
        // Due before anything else the suite opens, so it heads the overdue list; the market bureau's, so that the
        // approval bureau's own list is left as the other tests expect it.
        openDuty("210800-SCJG", "licence", late, "2025-06-02T02:00:00Z", 2);
        // A push's clock, overdue, of a department whose duties the other tests leave alone; this year's, so that
        // the department is in the default period's report.
        String[] push = Platform.fixture("deliveries", "action=issue").split(" ");
        openDuty("210800-ZJJ", "push", push[0], "2026-01-06T02:00:00Z", 2);
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            assertFalse(browser.present("nav:nav-monitor"), "a department does not watch the others");
            assertTrue(browser.present("work"), "it sees its own work");
            assertFalse(browser.present("watch"), "but not the count of the others' overdue duties");
            browser.submit("top:logout");

            browser.signIn("ysj.oversight");
            assertTrue(browser.text("watch-overdue").matches("当前已逾期的职责 [1-9]\\d*"), browser.text("watch-overdue"));
            assertTrue(browser.text("watch-departments").matches("涉及部门 [1-9]\\d*"), browser.text("watch-departments"));
            browser.submit("watch-overdue");
            String departments = browser.text("mo:departments");
            assertTrue(departments.matches("(?s).*营口市行政审批局.*\\d+%.*"), departments);
            String overdue = browser.text("mo:overdue");
            assertTrue(overdue.contains(late) && overdue.contains("2025-06-04 24:00") && overdue.contains("已逾期"), overdue);

            Path report = browser.download("mo:export", ".xlsx");
            assertTrue(report.getFileName().toString().startsWith("履职监测-2026-01-01-"), report.toString());
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(report))) {
                Sheet sheet = book.getSheetAt(0);
                Row row = StreamSupport.stream(sheet.spliterator(), false).filter(r -> r.getCell(2) != null
                        && "210800-ZJJ".equals(r.getCell(2).getStringCellValue())).findFirst().orElseThrow();
                assertEquals("营口市住房和城乡建设局", row.getCell(1).getStringCellValue());
                assertTrue(row.getCell(4).getNumericCellValue() >= 1, "its overdue duty is counted");
            }

            browser.type("mo:from_input", "2026-02-01");
            browser.type("mo:to_input", "2026-01-01");
            browser.click("mo:report");
            browser.waitForText("messages", "起不晚于止");
            browser.submit("mo:export");
            browser.waitForText("messages", "起不晚于止");
            assertEquals(1, browser.downloaded(), "a refused period gives no report");

            String housing = "营口市住房和城乡建设局";
            int housingRow = browser.rowOf("mo:departments", housing);
            browser.expandRow("mo:departments", housingRow);
            browser.waitForText("mo:departments:" + housingRow + ":kinds", "推送审批结果");
            browser.click("mo:departments:" + browser.rowOf("mo:departments", housing) + ":watch");
            browser.waitForText("mo:overdueNow", housing + "当前已逾期的职责");
            String ofHousing = browser.text("mo:overdue");
            assertFalse(ofHousing.contains(late) || ofHousing.contains("市场监督管理局"), "one department's only: " + ofHousing);
            String subject = "mo:overdue:" + browser.rowOf("mo:overdue", push[1]) + ":subject";
            assertEquals("审批结果推送 " + push[1], browser.text(subject), "the licence, not the push's id");
            browser.click("mo:watchAll");
            browser.waitForText("mo:overdueNow", "当前已逾期的职责（各单位）");
            assertTrue(browser.text("mo:overdue").contains(late), "every department's again");

            browser.click("mo:departments:" + browser.rowOf("mo:departments", housing) + ":watch");
            browser.waitForText("mo:overdueNow", housing);
            browser.submit("mo:overdue:" + browser.rowOf("mo:overdue", push[1]) + ":subject");
            browser.waitForText("pd:route", "营口市行政审批局");
            assertTrue(browser.pageText().contains(push[1]), "oversight reads the push the clock runs on");
        }
    }

    @Test
    void anAdministratorPublishesNextYearsArrangementAndIsToldWhatIsWrongFirst() throws Exception {
        int year = nextUnpublishedYear();
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("admin");
            browser.submit("nav:nav-calendar");
            int current = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
            assertEquals(Integer.toString(current), browser.value("cal:year_input"), "the calendar opens on the current year");
            assertTrue(cellOf(browser, current + "-12-31").startsWith("sgpt-day"), "with the year's grid");
            browser.type("cal:year_input", Integer.toString(year));
            browser.click("cal:load");
            browser.waitForText("status", "尚未公布");

            browser.click("cal:add");
            browser.pickDate("cal:days:0:day", year + "-01-01");
            browser.type("cal:days:0:name", "元旦");
            browser.click("cal:publish");
            browser.waitForText("messages", "须注明安排的来源");

            browser.type("cal:source", "国办发明电（浏览器测试）");
            browser.click("cal:publish");
            browser.waitForText("messages", year + " 年节假日安排已公布");
            browser.waitForText("status", "已公布");
            assertEquals("sgpt-day sgpt-day-HOLIDAY", cellOf(browser, year + "-01-01"), "the grid marks what was published");
            LocalDate second = LocalDate.of(year, 1, 2);
            assertEquals(second.getDayOfWeek().getValue() >= 6 ? "sgpt-day sgpt-day-WEEKEND" : "sgpt-day sgpt-day-WORKDAY",
                    cellOf(browser, second.toString()), "and leaves the next day as the week makes it");
        }
        var day = Platform.json(Platform.getAsSystem(Platform.REST + "/calendar/days/" + year + "-01-01")).asJsonObject();
        assertFalse(day.getBoolean("workingDay"), "the holiday applies at once");
        assertTrue(day.getBoolean("settled"));
    }

    /** The classes of the year grid's cell for the day. */
    private static String cellOf(Browser browser, String day) {
        return browser.driver.findElement(By.cssSelector("#cal\\:grid td[data-day='" + day + "']")).getAttribute("class");
    }

    @Test
    void oversightChecksTheAuditTrailAndTheLiaisonRosterAndOthersCannot() throws Exception {
        openDuty("AUDIT-" + UUID.randomUUID(), Instant.now().toString(), 2);
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("ysj.oversight");
            browser.submit("nav:nav-audit");
            assertTrue(browser.text("lag").contains("秒"));
            browser.click("audit:verify");
            browser.waitForText("verdict", "完整");
            assertEquals(64, browser.text("head").length(), "an SM3 hash");

            browser.submit("nav:nav-liaison");
            String roster = browser.text("roster");
            assertTrue(roster.matches("(?s).*营口市行政审批局.*李联络（spj.liaison）0417-2800001.*"), roster);
            assertTrue(roster.matches("(?s).*盖州市行政审批局.*未设联络员.*"), "a department without one is flagged");
            assertTrue(browser.text("missing").matches("\\d+ 个部门尚未指定联络员。"));
        }
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            assertFalse(browser.present("nav:nav-audit"));
            browser.go("/oversight/audit.xhtml");
            assertFalse(browser.present("audit:verify"));
        }
    }

    private static int nextUnpublishedYear() throws Exception {
        var years = Platform.json(Platform.getAsSystem(Platform.REST + "/calendar/years")).asJsonArray();
        return years.getValuesAs(JsonNumber.class).stream().mapToInt(JsonNumber::intValue).max().orElseThrow() + 1;
    }

    private static void openDuty(String subject, String trigger, int workingDays) throws Exception {
        openDuty("210800-XZSP", "licence", subject, trigger, workingDays);
    }

    private static void openDuty(String department, String subjectType, String subject, String trigger, int workingDays)
            throws Exception {
        String form = "kind=PUSH_RESULT&department=" + department + "&subjectType=" + subjectType + "&subject=" + subject
                + "&trigger=" + trigger + "&workingDays=" + workingDays;
        Platform.fixture("duties", form);
    }

}
