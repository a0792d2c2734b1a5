package cn.gov.yingkou.sgpt.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

import cn.gov.yingkou.sgpt.it.support.Accessibility;
import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;

/**
 * Every portal page as the clerk who uses it sees it, checked with axe-core against WCAG 2.0 AA (GB/T 37668-2019):
 * no serious or critical violation; the page's language declared as the one chosen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void noPageHasASeriousOrCriticalViolation() throws Exception {
        String provincial = Platform.basic(Platform.registerSystem("ywtb.a.", "210800-XZSP", "REST",
                "LICENSING_SUBMIT"), Platform.TEST_SYSTEM_SECRET);
        String industry = Platform.basic(Platform.registerSystem("scjg.a.", "210800-SCJG", "REST", "EXCHANGE"),
                Platform.TEST_SYSTEM_SECRET);
        long push = Platform.pushToTheMarketBureau(provincial, industry, "营口无障碍测试店");
        assertEquals(200, Platform.postRest("/exchange/pushes/" + push + "/receipt", industry, null).statusCode(),
                "signed for: its supervision file opens");
        String licence = "PA210800" + System.nanoTime() % 100_000_000L;
        Platform.submitFinishedFoodResult(provincial, licence, "营口无障碍证照店");
        var submitted = Platform.postRest("/licensing/units/210800/applications", provincial, "{\"messageId\":\"a11y-"
                + System.nanoTime() + "\",\"itemCode\":\"000105001000\",\"applicant\":{\"kind\":\"ORGANISATION\",\"id\":"
                + "\"91350100M000100Y43\",\"name\":\"营口无障碍测试店\",\"contactName\":\"王店长\",\"contactPhone\":"
                + "\"0417-2801234\"},\"materials\":[\"食品经营许可申请书\"]}");
        String application = ((JsonObject) Platform.json(submitted)).getString("number");

        Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
        pagesByUser.put("spj.clerk", List.of("/index.xhtml", "/duties.xhtml", "/licensing/workbench.xhtml",
                "/licensing/licences.xhtml", "/licensing/application.xhtml?number=" + application, "/exchange/inbox.xhtml",
                "/exchange/push.xhtml?id=" + push, "/exchange/proof.xhtml?id=" + push, "/catalogue/implementation.xhtml",
                "/account/password.xhtml", "/licensing/licence.xhtml?number=" + licence));
        pagesByUser.put("ysj.clerk", List.of("/catalogue/item-list.xhtml"));
        pagesByUser.put("scjg.liaison", List.of("/catalogue/notices.xhtml", "/penalty/record.xhtml?licence=" + licence,
                "/supervision/files.xhtml", "/supervision/file.xhtml?push=" + push, "/supervision/complaints.xhtml"));
        pagesByUser.put("ysj.oversight", List.of("/oversight/monitor.xhtml", "/oversight/audit.xhtml",
                "/oversight/liaison.xhtml"));
        pagesByUser.put("admin", List.of("/admin/people.xhtml", "/admin/organisation.xhtml", "/admin/systems.xhtml",
                "/admin/calendar.xhtml"));

        Map<String, List<Accessibility.Violation>> found = new LinkedHashMap<>();
        try (Browser browser = Browser.open()) {
            browser.go("/login.xhtml");
            found.put("/login.xhtml", Accessibility.seriousViolations(browser));
            assertEquals("zh-CN", language(browser));
            // The public licence check, as its QR code opens it on a phone, without logging in.
            browser.go("/verify.xhtml?c=" + "A".repeat(20));
            found.put("/verify.xhtml", Accessibility.seriousViolations(browser));
            // The public complaint form and the complainant's lookup, without logging in.
            browser.go("/public/complaint.xhtml");
            found.put("/public/complaint.xhtml", Accessibility.seriousViolations(browser));
            browser.go("/public/complaint-status.xhtml");
            found.put("/public/complaint-status.xhtml", Accessibility.seriousViolations(browser));
        }
        for (var entry : pagesByUser.entrySet()) {
            try (Browser browser = Browser.open()) {
                browser.go("/");
                browser.signIn(entry.getKey());
                for (String page : entry.getValue()) {
                    browser.go(page);
                    found.put(entry.getKey() + " " + page, Accessibility.seriousViolations(browser));
                }
                if (entry.getKey().equals("admin")) {
                    browser.submit("top:lang-en");
                    browser.go(entry.getValue().get(0));
                    assertEquals("en", language(browser), "the page speaks the chosen language");
                    found.put("admin (English) " + entry.getValue().get(0), Accessibility.seriousViolations(browser));
                }
            }
        }
        found.values().removeIf(List::isEmpty);
        assertTrue(found.isEmpty(), "serious or critical WCAG 2.0 AA violations:\n" + String.join("\n",
                found.entrySet().stream().map(e -> e.getKey() + "\n    " + e.getValue().stream().map(Object::toString)
                        .reduce((a, b) -> a + "\n    " + b).orElse("")).toList()));
    }

    private static String language(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.lang;");
    }
}
