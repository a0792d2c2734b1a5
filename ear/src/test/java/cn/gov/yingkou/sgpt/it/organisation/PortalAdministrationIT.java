package cn.gov.yingkou.sgpt.it.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;

/** Administrators at work in headless Chromium: people, unlocking, external systems; and who may not. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAdministrationIT {

    private static final String TEMPORARY = "Temp0rary2026x";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void aNewPersonMustReplaceTheTemporaryPasswordBeforeAnythingElse() throws Exception {
        String username = "new." + Long.toHexString(System.nanoTime());
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("admin");
            browser.submit("nav:nav-people");
            browser.click("people:add");
            browser.type("edit:username", username);
            browser.type("edit:name", "新同事");
            browser.type("edit:password", "short");
            browser.click("edit:save");
            browser.waitForText("messages", "至少 10 个字符");
            browser.type("edit:password", TEMPORARY);
            browser.click("edit:save");
            browser.waitForText("messages", "已新增账号 " + username);
            browser.submit("top:logout");

            browser.signIn(username, TEMPORARY);
            assertTrue(browser.text("pw:forced").contains("临时密码"), "sent straight to the password page");
            browser.go("/duties.xhtml");
            assertTrue(browser.present("pw:forced"), "nothing else until the password is replaced");
            browser.type("pw:current", TEMPORARY);
            browser.type("pw:replacement", "MyOwnPassw0rd1");
            browser.type("pw:confirmation", "MyOwnPassw0rd1");
            browser.submit("pw:change");
            assertTrue(browser.text("messages").contains("密码已修改"));
            browser.go("/");
            assertTrue(browser.text("welcome-title").contains("新同事"));
        }
        String actions = Platform.get(Platform.BASE + "/fixtures/accounts?username=" + username).body();
        assertEquals("account.create,login,password.change", actions);
    }

    @Test
    void anAdministratorUnlocksALockedAccount() throws Exception {
        String username = "locked." + Long.toHexString(System.nanoTime());
        var created = Platform.send(HttpRequest.newBuilder(URI.create(Platform.BASE + "/fixtures/accounts"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username)));
        assertEquals(200, created.statusCode());
        try (Browser browser = Browser.open()) {
            browser.go("/");
            for (int i = 0; i < 5; i++) {
                browser.signIn(username, "wrong-password-" + i);
            }
            browser.signIn("admin");
            browser.submit("nav:nav-people");
            browser.type("people:search", username);
            browser.click("people:find");
            browser.waitForText("people:list", "已锁定");
            browser.click("people:list:0:unlock");
            browser.waitForText("messages", "已解锁账号 " + username);
            browser.click("people:list:0:history");
            browser.waitForText("historyTable", "解除锁定");
            String history = browser.text("historyTable");
            assertTrue(history.contains("密码错误（连续第 5 次）") && history.contains("连续 5 次登录失败后锁定")
                    && history.contains("现为正常"), "the account's history in words: " + history);
            assertFalse(history.contains("refusal") || history.contains("status="), history);
            browser.go("/index.xhtml");
            browser.submit("top:logout");
            browser.signIn(username);
            assertTrue(browser.text("welcome-title").startsWith("欢迎"));
        }
        assertTrue(Platform.get(Platform.BASE + "/fixtures/accounts?username=" + username).body()
                .endsWith("account.locked,account.unlock,login"));
    }

    @Test
    void aRegisteredSystemGetsItsSecretOnceAndCanCallWithIt() throws Exception {
        String username = "sys.portal" + Long.toHexString(System.nanoTime());
        String secret;
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("admin");
            browser.submit("nav:nav-systems");
            browser.click("systems:add");
            browser.type("edit:username", username);
            browser.type("edit:name", "测试行业系统");
            browser.clickLabelOf("edit:channels:1");
            browser.clickLabelOf("edit:operations:0");
            browser.type("edit:addresses", "127.0.0.1\n::1");
            browser.click("edit:save");
            browser.waitForText("messages", "已登记系统 " + username);
            secret = browser.text("issued-value");
            browser.go("/admin/systems.xhtml");
            assertFalse(browser.present("issued-value"), "shown once only");
            String list = browser.text("systems:list");
            assertTrue(list.contains("127.0.0.1") && !list.contains("["), "lists as lists, not as Java prints them: " + list);
            assertTrue(list.contains("读取工作日历") && !list.contains("CALENDAR_READ"), "operations by their names: " + list);
            assertFalse(browser.present("nav:nav-workbench"), "no approval workbench for an administrator");
        }
        var answer = Platform.get(Platform.REST + "/calendar/days/2026-10-10", Platform.basic(username, secret));
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(Platform.get(Platform.BASE + "/fixtures/accounts?username=" + username).body().startsWith("system.create"));
    }

    @Test
    void anAdministratorLetsABureausSystemActForAnotherBureauAndLiftsItsCooldown() throws Exception {
        String username = "sys.qzj" + Long.toHexString(System.nanoTime());
        var created = Platform.send(HttpRequest.newBuilder(URI.create(Platform.BASE + "/fixtures/systems"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + username + "&secret=" + Platform.TEST_SYSTEM_SECRET + "&department=210881-XZSP"
                                + "&channels=REST&operations=CALENDAR_READ&addresses=127.0.0.1,::1")));
        assertEquals(200, created.statusCode(), created.body());
        String day = Platform.REST + "/calendar/days/2026-10-10";
        for (int i = 0; i < 10; i++) {
            Platform.get(day, Platform.basic(username, "wrong-secret-" + i));
        }
        assertEquals(401, Platform.get(day, Platform.basic(username, Platform.TEST_SYSTEM_SECRET)).statusCode());
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("admin");
            browser.submit("nav:nav-systems");
            browser.type("systems:search", username);
            browser.click("systems:find");
            assertTrue(browser.text("systems:list:0:cooling").contains("冷却至"), "the one system found");
            browser.click("systems:list:0:lift");
            browser.waitForText("messages", username + " 的冷却");

            browser.click("systems:list:0:edit");
            browser.clickLabelContaining("edit:actsFor", "(210800-XZSP)");
            browser.click("edit:save");
            browser.waitForText("messages", username);
            assertTrue(browser.text("systems:list:0:acts-for").contains("营口市行政审批局"),
                    "the bureau by name, its code in the tooltip");
        }
        assertEquals(200, Platform.get(day, Platform.basic(username, Platform.TEST_SYSTEM_SECRET)).statusCode(),
                "lifted: the right secret calls in again");
        String trail = Platform.get(Platform.BASE + "/fixtures/accounts?username=" + username).body();
        assertTrue(trail.contains("system.cooldown,") && trail.contains("system.cooldown-lifted")
                && trail.contains("system.acts-for"), trail);
    }

    @Test
    void aFreeTradeZoneIsSwitchedOnByTheCityAdministrator() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("admin");
            browser.submit("nav:nav-organisation");
            String before = browser.text("units:list");
            assertTrue(before.contains("中国（辽宁）自由贸易试验区营口片区"));
            assertTrue(before.contains("鲅鱼圈区") && before.contains("大石桥市"), "every county-level unit of Yingkou");
            browser.click("units:list:7:switch");
            browser.waitForText("messages", "中国（辽宁）自由贸易试验区营口片区");
            browser.click("units:list:7:switch");
            browser.waitForText("messages", "已停用");
        }
    }

    @Test
    void anAdministratorSetsHowADepartmentReceivesEachKindOfDocument() throws Exception {
        var created = Platform.send(HttpRequest.newBuilder(URI.create(Platform.BASE + "/fixtures/deliveries"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=receiver")));
        String department = created.body();
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("admin");
            browser.submit("nav:nav-organisation");
            browser.type("departments:search", department);
            browser.click("departments:find");
            browser.waitForText("departments:list", department);
            browser.click("departments:list:0:channel");
            browser.waitForText("channelForm", "已设置密钥");
            assertTrue(browser.text("channelForm").contains("industry-receiver-v1.wsdl"), "the contract to implement");
            browser.type("channelForm:endpoint", "ftp://hy.example/receiver");
            browser.click("channelForm:save");
            browser.waitForText("messages", "须为 http(s) 网址");

            browser.select("channelForm:kind", "OFF_PLATFORM");
            browser.type("channelForm:manner", "传真");
            browser.click("channelForm:save");
            browser.waitForText("messages", "接收渠道已保存");
            browser.click("departments:list:0:channel");
            browser.waitForText("channelForm", department);
            assertEquals("传真", browser.value("channelForm:manner"));

            // Licence actions go to another system of the department's, through contract v2.
            browser.select("channelForm:documents", "LICENCE_ACTION");
            browser.select("channelForm:kind", "INDUSTRY_SYSTEM");
            assertTrue(browser.text("channelForm").contains("handover-receiver-v2.wsdl"), browser.text("channelForm"));
            browser.type("channelForm:endpoint", "https://zf.example/handover-receiver");
            browser.type("channelForm:username", "sgpt.to.actions");
            browser.type("channelForm:secret", "actions-secret-0123456789");
            browser.click("channelForm:save");
            browser.waitForText("messages", "接收渠道已保存");
            browser.click("departments:list:0:channel");
            browser.waitForText("channelForm", department);
            assertEquals("传真", browser.value("channelForm:manner"), "results still go off the platform");
            browser.select("channelForm:documents", "LICENCE_ACTION");
            assertEquals("https://zf.example/handover-receiver", browser.value("channelForm:endpoint"));
        }
    }

    @Test
    void clerksAndOversightCannotOpenAdministration() throws Exception {
        for (String user : new String[] {"spj.clerk", "ysj.oversight"}) {
            try (Browser browser = Browser.open()) {
                browser.go("/");
                browser.signIn(user);
                assertFalse(browser.present("nav:nav-people"), user);
                browser.go("/admin/people.xhtml");
                assertTrue(browser.pageText().contains("Forbidden"), user + ": " + browser.pageText());
            }
        }
    }
}
