package cn.gov.yingkou.sgpt.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A market-supervision clerk signs for a pushed food licence in the inbox; the approval bureau sees it signed. */
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
            browser.type("ib:licence", licence);
            browser.click("ib:find");
            browser.waitForText("ib:pushes", licence);
            assertTrue(browser.text("ib:pushes:0:sign").contains("签收"));
            assertTrue(browser.text("ib:pushes").contains("营口签收测试店"), "the push list's fields are shown");
            browser.click("ib:pushes:0:sign");
            browser.waitForText("messages", "已签收");
            browser.select("ib:box", "SIGNED");
            browser.waitForText("ib:pushes", licence);
            browser.submit("ib:pushes:0:detail");
            browser.waitForText("pd:status", "已签收");
            assertTrue(browser.text("pd:fields").contains("营口签收测试店"), browser.text("pd:fields"));
            assertTrue(browser.text("pd:clocks").contains("开展监管"), "signing opened the supervision clock");
            browser.submit("top:logout");

            browser.signIn("spj.clerk");
            browser.submit("nav:nav-pushes");
            browser.select("ib:box", "DONE");
            browser.waitForText("ib:pushes", licence);
        }
    }
}
