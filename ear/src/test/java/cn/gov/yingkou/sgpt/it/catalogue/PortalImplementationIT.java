package cn.gov.yingkou.sgpt.it.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;

/**
 * Art 8 in the browser: the approval bureau establishes the drug-retail licence's implementation list and
 * proposes a shorter time limit; it does not apply until the market-supervision bureau consents.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalImplementationIT {

    private static final String PAGE = "/catalogue/implementation.xhtml?item=000105002000";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void anotherItemOpensWithItsOwnListOrAnEmptyFormNeverThePreviousItems() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            browser.go("/catalogue/implementation.xhtml?item=000105001000");
            assertTrue(browser.value("im:legalBasis").contains("食品安全法"), browser.value("im:legalBasis"));
            browser.select("im:item", "000112002000");
            assertTrue(browser.present("im:no-list"));
            assertEquals("", browser.value("im:legalBasis"), "the food list's basis does not carry over to a list not made yet");
            assertEquals("", browser.value("im:materials"));
            browser.type("im:legalBasis", "《城市房地产管理法》第四十五条");
            browser.select("im:item", "000112001000");
            assertEquals("", browser.value("im:legalBasis"), "nor what was typed for another item");
        }
    }

    @Test
    void aShorterTimeLimitAppliesOnlyOnceTheCompetentDepartmentConsents() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            browser.go(PAGE);
            assertTrue(browser.present("im:no-list"));
            browser.type("im:legalBasis", "《中华人民共和国药品管理法》第五十二条");
            browser.type("im:target", "从事药品零售的企业");
            browser.type("im:authorityContent", "药品零售企业许可的核发");
            browser.type("im:timeLimitDays", "20");
            browser.type("im:conditions", "有依法经过资格认定的药师或者其他药学技术人员");
            browser.type("im:materials", "药品经营许可证申请表\n营业执照\n药学技术人员资格证明");
            browser.type("im:reviewMethod", "书面审查、现场检查");
            browser.type("im:reviewStandard", "《药品经营质量管理规范》");
            browser.type("im:process", "申请\n受理\n审查\n决定");
            browser.type("im:responsibilities", "行政审批局审批；市场监督管理局监管");
            browser.click("im:save");
            browser.waitForText("messages", "实施清单已建立");
            assertEquals("20", browser.text("im:days"));
            assertEquals("药品经营许可证申请表\n营业执照\n药学技术人员资格证明", browser.text("im:inEffectMaterials"),
                    "one material a line");
            assertEquals("申请 → 受理 → 审查 → 决定", browser.text("im:inEffectProcess"));

            browser.type("im:timeLimitDays", "15");
            browser.type("im:reason", "压缩办理时限");
            browser.click("im:save");
            browser.waitForText("messages", "待行业主管部门同意后生效");
            assertEquals("20", browser.text("im:days"), "not before consent");
            assertTrue(browser.text("im:history").contains("待主管部门同意"));
            assertFalse(browser.present("im:consent"), "the approval bureau does not consent to its own change");
            browser.submit("top:logout");

            browser.signIn("scjg.clerk");
            browser.go(PAGE);
            browser.click("im:consent");
            browser.waitForText("messages", "已同意");
            assertEquals("15", browser.text("im:days"));
            assertFalse(browser.present("im:save"), "the competent department does not edit the list");
        }
    }
}
