package cn.gov.yingkou.sgpt.it.catalogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Art 8 in the browser beyond the change flow: the market-supervision bureau solicits the approval bureau's
 * opinion on a draft rule and the bureau replies; the approval bureau keeps the food licence's push list;
 * the city's business-environment bureau makes the legal basis a key element.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalCatalogueNoticesIT {

    private static final String FOOD = "/catalogue/implementation.xhtml?item=000105001000";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aSolicitationIsAnsweredByTheApprovalBureau() throws Exception {
        String subject = "食品经营许可管理办法（征求意见稿）" + Long.toHexString(System.nanoTime());
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("scjg.liaison");
            browser.submit("nav:nav-notices");
            browser.clickLabelOf("nt:kind:1");
            browser.type("nt:subject", subject);
            browser.type("nt:basis", "《中华人民共和国食品安全法》第三十五条");
            browser.type("nt:affected", "000105001000 食品经营许可");
            browser.type("nt:body", "拟调整许可条件，请提出意见。");
            browser.type("nt:replyDue", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString());
            browser.click("nt:send");
            browser.waitForText("messages", "通知已发送");
            assertTrue(browser.text("nt:notices").contains(subject) && browser.text("nt:notices").contains("待回复"));
            assertFalse(browser.present("nt:notices:0:reply"), "the sender does not answer its own notice");
            browser.submit("top:logout");

            browser.signIn("spj.clerk");
            browser.submit("nav:nav-notices");
            assertFalse(browser.present("nt:send"), "the approval bureau does not send these notices");
            assertTrue(browser.text("nt:notices:0:reply").contains("回复"));
            browser.click("nt:notices:0:reply");
            browser.type("nt:replyText", "同意，建议增加电子证照说明。");
            browser.click("nt:sendReply");
            browser.waitForText("messages", "已回复");
            browser.waitForText("nt:notices", "同意，建议增加电子证照说明。");
        }
    }

    @Test
    void theApprovalBureauKeepsThePushListAndItsRequiredFields() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            browser.go(FOOD);
            assertTrue(browser.text("im:push-current").contains("证照文件"), browser.text("im:push-current"));
            browser.clickLabelOf("im:pushFields:9");
            browser.click("im:savePush");
            browser.waitForText("messages", "推送清单已保存");
            assertFalse(browser.text("im:push-current").contains("证照文件"));

            browser.clickLabelOf("im:pushFields:5");
            browser.click("im:savePush");
            browser.waitForText("messages", "推送清单须包含");
            assertTrue(browser.text("im:push-current").contains("审批结果"), "a refused push list changes nothing");
            browser.submit("top:logout");

            browser.signIn("scjg.clerk");
            browser.go(FOOD);
            assertFalse(browser.present("im:savePush"), "the competent department reads the push list only");
        }
    }

    @Test
    void theCityBusinessEnvironmentBureauMakesTheLegalBasisKey() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("ysj.clerk");
            browser.go(FOOD);
            browser.clickLabelOf("im:keyElements:0");
            browser.click("im:saveKeys");
            browser.waitForText("messages", "关键要素已保存");
            browser.waitForText("im:elements", "设定依据 ★");
            browser.clickLabelOf("im:keyElements:3");
            browser.click("im:saveKeys");
            browser.waitForText("messages", "始终是关键要素");
            browser.submit("top:logout");

            browser.signIn("spj.clerk");
            browser.go(FOOD);
            assertFalse(browser.present("im:saveKeys"), "only the city's business-environment bureau chooses");
            assertTrue(browser.text("im:elements").contains("设定依据 ★"));
            browser.submit("top:logout");

            browser.signIn("ysj.clerk");
            browser.go(FOOD);
            browser.clickLabelOf("im:keyElements:0");
            browser.click("im:saveKeys");
            browser.waitForText("messages", "关键要素已保存");
            assertFalse(browser.text("im:elements").contains("设定依据 ★"), "back to the four that are always key");
        }
    }
}
