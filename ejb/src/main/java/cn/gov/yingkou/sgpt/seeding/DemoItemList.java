package cn.gov.yingkou.sgpt.seeding;

import java.time.LocalDate;
import java.util.List;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationContent;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationLists;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushField;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushLists;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;

/**
 * The demo city's item list: one version, taken through drafting, evaluation, approval and filing by the
 * city's business-environment bureau (ysj.clerk), in force since 1 January 2026, and the approval bureau's
 * implementation list and push list of the food licence. Loaded once: a unit that already has a version is left alone.
 */
final class DemoItemList {

    private DemoItemList() {
    }

    static void load(ItemLists lists, ImplementationLists implementation, PushLists pushLists,
            AccountDirectory directory) {
        Caller bureau = directory.caller("ysj.clerk", Channel.SYSTEM, null).orElseThrow();
        String city = DemoOrganisation.CITY;
        if (!lists.versions(bureau, city).isEmpty()) {
            return;
        }
        int number = lists.startDraft(bureau, city, "营口市相对集中行政许可事项清单（2026年版，演示）").number();
        lists.putItem(bureau, city, number, "000105001000", "食品经营许可", DemoOrganisation.CITY_MARKET);
        lists.putItem(bureau, city, number, "000105002000", "药品零售企业许可", DemoOrganisation.CITY_MARKET);
        lists.putItem(bureau, city, number, "000112001000", "建筑工程施工许可", DemoOrganisation.CITY_HOUSING);
        lists.putItem(bureau, city, number, "000112002000", "商品房预售许可", DemoOrganisation.CITY_HOUSING);
        lists.evaluate(bureau, city, number, "演示：经评估，上述事项划转行政审批局集中行使的条件成熟。",
                LocalDate.of(2025, 12, 1));
        lists.approve(bureau, city, number, "营政发〔2025〕99号（演示）", LocalDate.of(2025, 12, 15));
        lists.file(bureau, city, number, LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 1));
        Caller approval = directory.caller("spj.clerk", Channel.SYSTEM, null).orElseThrow();
        implementation.establish(approval, city, "000105001000", new ImplementationContent(
                "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》", "在本市从事食品销售和餐饮服务的经营者",
                "食品经营许可的核发、变更、延续、注销", 10, "具有与经营的食品品种、数量相适应的经营场所和设施；有专职或兼职的食品安全管理人员",
                List.of("食品经营许可申请书", "营业执照或其他主体资格证明文件", "与食品经营相适应的主要设备设施布局、操作流程等文件",
                        "食品安全自查、从业人员健康管理等食品安全管理制度"),
                null, null, "书面审查；必要时现场核查", "《食品经营许可审查通则》", List.of("申请", "受理", "审查", "决定", "制证送达"),
                "行政审批局负责许可审查和决定；市场监督管理局负责事中事后监管", null, null));
        pushLists.define(approval, city, "000105001000", java.util.EnumSet.allOf(PushField.class), null, true);
    }
}
