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
import cn.gov.yingkou.sgpt.it.support.Workbooks;

/**
 * The city's item list in the browser (Art 7): the business-environment bureau drafts the next version, a
 * competent department gives its opinion, the bureau records evaluation, approval and filing, and anyone
 * compares it with the version in force.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalItemListIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void theNextVersionIsDraftedWithOpinionsEvaluatedApprovedAndFiled() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String today = day.toString();
        String title = "下一版清单 " + Long.toHexString(System.nanoTime());
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("ysj.clerk");
            browser.submit("nav:nav-item-list");
            assertTrue(browser.text("il:versions").contains("已备案 · 现行有效"), browser.text("il:versions"));
            browser.type("il:title", title);
            browser.click("il:draft");
            browser.waitForText("messages", "已起草新版本");
            assertTrue(browser.text("il:detail").contains("食品经营许可"), "the draft starts from the list in force");

            browser.attach("il:import-panel", Workbooks.file(new String[][] {
                    {Workbooks.CODE, Workbooks.NAME, Workbooks.DEPARTMENT},
                    {"000105001000", "食品经营许可", "210800-SCJG"},
                    {"000199001000", "无主管部门的事项", "210800-NONE"}}));
            browser.submit("il:import");
            assertTrue(browser.text("messages").contains("第 3 行"), browser.text("messages"));
            assertTrue(browser.text("il:items").contains("商品房预售许可"), "nothing of a refused file is imported");
            browser.attach("il:import-panel", Workbooks.file(new String[][] {
                    {Workbooks.CODE, Workbooks.NAME, Workbooks.DEPARTMENT},
                    {"000105001000", "食品经营许可", "210800-SCJG"},
                    {"000105002000", "药品零售企业许可", "210800-SCJG"},
                    {"000112001000", "建筑工程施工许可", "210800-ZJJ"},
                    {"000112002000", "商品房预售许可", "210800-ZJJ"},
                    {"000114002000", "饮用水供水单位卫生许可", "210800-SCJG"}}));
            browser.submit("il:import");
            browser.waitForText("messages", "已导入 5 个事项");
            assertTrue(browser.text("il:items").contains("饮用水供水单位卫生许可"));
            browser.type("il:code", "000114001000");
            browser.type("il:name", "公共场所卫生许可");
            browser.click("il:put");
            browser.waitForText("il:items", "公共场所卫生许可");
            browser.submit("top:logout");

            browser.signIn("scjg.liaison");
            browser.submit("nav:nav-item-list");
            browser.click("il:versions:0:open");
            assertFalse(browser.present("il:put"), "a competent department does not edit the list");
            browser.type("il:opinion", "同意将公共场所卫生许可纳入清单。");
            browser.click("il:sendOpinion");
            browser.waitForText("il:opinions", "同意将公共场所卫生许可纳入清单");
            browser.submit("top:logout");

            browser.signIn("ysj.clerk");
            browser.submit("nav:nav-item-list");
            browser.type("il:record", "经评估，可以纳入。");
            browser.type("il:evaluatedOn", today);
            browser.click("il:evaluate");
            browser.waitForText("il:selected-status", "已评估");
            browser.type("il:document", "营政发〔2026〕120号");
            browser.type("il:approvedOn", today);
            browser.click("il:approve");
            browser.waitForText("il:selected-status", "已批准");
            browser.type("il:filedOn", today);
            browser.type("il:effectiveFrom", day.plusDays(30).toString());
            browser.click("il:file");
            browser.waitForText("messages", "备案已记录");
            assertTrue(browser.text("il:versions").contains(title));

            browser.type("il:from_input", "1");
            browser.type("il:to_input", browser.text("il:versions:0:number").strip());
            browser.click("il:compare");
            browser.waitForText("il:diff", "000114001000 公共场所卫生许可");
        }
    }
}
