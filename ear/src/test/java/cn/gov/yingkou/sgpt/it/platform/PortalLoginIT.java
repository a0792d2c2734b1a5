package cn.gov.yingkou.sgpt.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.PortalForm;

/** Signing in to the portal, the home page, the language switch and signing out, in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalLoginIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void aClerkSignsInAndSeesTheirDepartmentInChinese() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            assertTrue(browser.present("login:username"), "an anonymous visitor gets the login page");
            assertTrue(browser.driver.getTitle().startsWith("登录"), browser.driver.getTitle());

            browser.signIn("spj.clerk");
            assertEquals("欢迎，王审批", browser.text("welcome-title"));
            assertTrue(browser.text("department").startsWith("营口市行政审批局"));
            assertEquals("营口市（市本级）", browser.text("unit"));
            assertEquals("演示模式", browser.text("mode"));

            browser.submit("nav:nav-home");
            assertEquals("欢迎，王审批", browser.text("welcome-title"), "the session keeps the login");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndNoSession() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/login.xhtml");
            browser.signIn("spj.clerk", "not-the-password-1");
            assertTrue(browser.text("login:messages").contains("用户名或密码错误"));
            browser.go("/index.xhtml");
            assertTrue(browser.present("login:username"), "still not signed in");
            assertFalse(browser.present("welcome-title"));
        }
    }

    @Test
    void fiveRefusalsInARowLockTheAccountAndEveryAttemptIsAudited() throws Exception {
        String username = newClerk("lock.");
        try (Browser browser = Browser.open()) {
            browser.go("/login.xhtml");
            for (int i = 0; i < 5; i++) {
                browser.signIn(username, "wrong-password-" + i);
                assertTrue(browser.text("login:messages").contains("用户名或密码错误"));
            }
            browser.signIn(username);
            assertTrue(browser.present("login:username"), "the right password no longer gets in");
            assertFalse(browser.present("welcome-title"));
        }
        String actions = Platform.get(Platform.BASE + "/fixtures/accounts?username=" + username).body();
        assertEquals("account.create,login.failed,login.failed,login.failed,login.failed,login.failed,account.locked,login.failed",
                actions);
    }

    @Test
    void guessesAtASystemAccountsNameOnTheLoginPageDoNotShutItsIntegrationOut() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/login.xhtml");
            for (int i = 0; i <= 5; i++) {
                browser.signIn(Platform.DEMO_SYSTEM, "wrong-password-" + i);
                assertTrue(browser.text("login:messages").contains("用户名或密码错误"));
            }
        }
        assertEquals(200, Platform.get(Platform.REST + "/calendar/days/2026-10-10",
                Platform.basic(Platform.DEMO_SYSTEM, Platform.DEMO_SYSTEM_SECRET)).statusCode(), "the system still calls in");
    }

    @Test
    void aClerkChangesTheirPasswordAndSignsInWithTheNewOne() throws Exception {
        String username = newClerk("pw.");
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn(username);
            browser.submit("top:password");
            changePassword(browser, "not-my-password-1", "NewPassw0rd2026", "NewPassw0rd2026");
            assertTrue(browser.text("messages").contains("当前密码不正确"));
            changePassword(browser, Browser.DEMO_PASSWORD, "NewPassw0rd2026", "NewPassw0rd2027");
            assertTrue(browser.text("messages").contains("不一致"));
            changePassword(browser, Browser.DEMO_PASSWORD, "short1", "short1");
            assertTrue(browser.text("messages").contains("至少 10 个字符"));
            changePassword(browser, Browser.DEMO_PASSWORD, "NewPassw0rd2026", "NewPassw0rd2026");
            assertTrue(browser.text("messages").contains("密码已修改"));

            browser.submit("top:logout");
            browser.signIn(username);
            assertTrue(browser.present("login:username"), "the old password is gone");
            browser.signIn(username, "NewPassw0rd2026");
            assertTrue(browser.text("welcome-title").startsWith("欢迎"));
        }
        String actions = Platform.get(Platform.BASE + "/fixtures/accounts?username=" + username).body();
        assertEquals("account.create,login,password.change,logout,login.failed,login", actions);
    }

    /**
     * A refusal takes as long whether the name is unknown, a locked account's, a system's, or a person's with the
     * wrong password: compared medians over many tries, taken in turns so that load on the machine falls on all alike.
     */
    @Test
    void aRefusalTakesAsLongWhetherTheNameExistsOrNot() throws Exception {
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        List<Long> system = new ArrayList<>();
        List<Long> locked = new ArrayList<>();
        String lockedClerk = newClerk("timing.");
        for (int i = 0; i <= REFUSALS_BEFORE_LOCK; i++) {
            refusalMillis(lockedClerk);
        }
        // The kinds take turns, so that the server warming up or the machine's load changing weighs on all alike.
        for (int clerk = 0; clerk < 3; clerk++) {
            String username = newClerk("timing.");
            for (int i = 0; i < REFUSALS_BEFORE_LOCK; i++) {
                known.add(refusalMillis(username));
                unknown.add(refusalMillis("nobody." + Long.toHexString(System.nanoTime())));
                system.add(refusalMillis(Platform.DEMO_SYSTEM));
                locked.add(refusalMillis(lockedClerk));
            }
        }
        long reference = median(known);
        for (var other : List.of(unknown, system, locked)) {
            long difference = Math.abs(median(other) - reference);
            assertTrue(difference < reference * 0.35, "refusals of a known name take " + known + " ms, of others " + unknown
                    + " (unknown), " + system + " (system), " + locked + " (locked)");
        }
    }

    /** The lock comes on the fifth refusal in a row, so a known name can be refused four times and stay open. */
    private static final int REFUSALS_BEFORE_LOCK = 4;

    private static long refusalMillis(String username) throws Exception {
        PortalForm login = PortalForm.open("/login.xhtml");
        long start = System.nanoTime();
        String page = login.submit("login", Map.of("login:username", username, "login:password", "wrong-Passw0rd-x",
                "login:submit", ""));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(page.contains("用户名或密码错误"), page);
        return millis;
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void changePassword(Browser browser, String current, String replacement, String confirmation) {
        browser.type("pw:current", current);
        browser.type("pw:replacement", replacement);
        browser.type("pw:confirmation", confirmation);
        browser.submit("pw:change");
    }

    private static String newClerk(String prefix) throws Exception {
        String username = prefix + Long.toHexString(System.nanoTime());
        var created = Platform.send(HttpRequest.newBuilder(URI.create(Platform.BASE + "/fixtures/accounts"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username)));
        assertEquals(200, created.statusCode());
        return username;
    }

    @Test
    void englishIsChosenOnceAndRememberedAfterSignOut() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("gz.spj.clerk");
            assertEquals("盖州市", browser.text("unit"), "a county clerk belongs to the county");

            browser.submit("top:lang-en");
            assertEquals("Welcome, 陈审批", browser.text("welcome-title"));
            assertEquals("Gaizhou City", browser.text("unit"));

            browser.submit("top:logout");
            assertTrue(browser.present("login:username"));
            assertEquals("Sign in · SGPT", browser.driver.getTitle());

            // A new visit: the session is gone, the language choice is not.
            Cookie lang = browser.driver.manage().getCookieNamed("sgpt-lang");
            assertEquals("en", lang.getValue());
            browser.driver.manage().deleteCookieNamed("JSESSIONID");
            browser.go("/");
            assertEquals("Sign in · SGPT", browser.driver.getTitle());

            browser.submit("login:lang-zh");
            assertTrue(browser.driver.getTitle().startsWith("登录"));
        }
    }

}
