package cn.gov.yingkou.sgpt.platform.control;

import java.time.LocalDate;

import cn.gov.yingkou.sgpt.audit.entity.Channel;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;

/**
 * The demo city's item list: one version, taken through drafting, evaluation, approval and filing by the
 * city's business-environment bureau (ysj.clerk), in force since 1 January 2026. Loaded once: a unit that
 * already has a version is left alone.
 */
final class DemoItemList {

    private DemoItemList() {
    }

    static void load(ItemLists lists, AccountDirectory directory) {
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
    }
}
