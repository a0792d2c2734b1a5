package cn.gov.yingkou.sgpt.it.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.audit.entity.Channel;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.Item;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;
import cn.gov.yingkou.sgpt.catalogue.entity.ListStatus;
import cn.gov.yingkou.sgpt.it.DeploymentsForTests;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;
import cn.gov.yingkou.sgpt.organisation.entity.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.entity.Role;
import cn.gov.yingkou.sgpt.organisation.entity.UnitKind;

/**
 * A unit's item list through its services (Art 7) on the real database: each test works in a unit of its
 * own, drafted by that unit's business-environment bureau.
 */
@ExtendWith(ArquillianExtension.class)
class ItemListIT {

    private static final Actor SETUP = Actor.system("item-list-it");

    @EJB
    ItemLists lists;

    @EJB
    OrganisationSetup organisation;

    @EJB
    AccountDirectory directory;

    @EJB
    AuditTrail audit;

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentsForTests.withTests(ItemListIT.class);
    }

    /** A unit with a business-environment bureau (clerk "<unit>.ysj"), two competent departments and an approval bureau. */
    private String unit() {
        String unit = "L" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        organisation.ensureUnit(unit, "测试县", "Test county", UnitKind.COUNTY, "210800", SETUP);
        organisation.ensureDepartment(unit, unit + "-YSJ", "营商局", "Business environment", DepartmentRole.BUSINESS_ENVIRONMENT_BUREAU, null, SETUP);
        organisation.ensureDepartment(unit, unit + "-SCJG", "市场监管局", "Market", DepartmentRole.COMPETENT_DEPARTMENT, "市场监管", SETUP);
        organisation.ensureDepartment(unit, unit + "-WJW", "卫健局", "Health", DepartmentRole.COMPETENT_DEPARTMENT, "卫生健康", SETUP);
        organisation.ensureDepartment(unit, unit + "-XZSP", "审批局", "Approval", DepartmentRole.APPROVAL_BUREAU, null, SETUP);
        organisation.ensurePerson(unit + "-YSJ", unit.toLowerCase() + ".ysj", "营商经办", "Yingkou2026x".toCharArray(), Set.of(Role.CLERK), SETUP);
        organisation.ensurePerson(unit + "-SCJG", unit.toLowerCase() + ".scjg", "监管经办", "Yingkou2026x".toCharArray(), Set.of(Role.CLERK), SETUP);
        return unit;
    }

    private Caller caller(String username) {
        return directory.caller(username, Channel.PORTAL, "127.0.0.1").orElseThrow();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private void fileVersion(Caller bureau, String unit, int number, LocalDate effective) {
        lists.evaluate(bureau, unit, number, "评估认为划转条件成熟", today().minusDays(31));
        lists.approve(bureau, unit, number, "测政发〔2026〕1号", today().minusDays(30));
        lists.file(bureau, unit, number, today().minusDays(29), effective);
    }

    @Test
    void aVersionGoesFromDraftToInForceAndTheNextOneReplacesItFromItsEffectiveDate() {
        String unit = unit();
        Caller bureau = caller(unit.toLowerCase() + ".ysj");
        Caller market = caller(unit.toLowerCase() + ".scjg");

        assertEquals(1, lists.startDraft(bureau, unit, "第一版清单").number());
        lists.submitOpinion(market, unit, 1, "建议将食品经营许可划转审批局");
        lists.putItem(bureau, unit, 1, "000105001000", "食品经营许可", unit + "-SCJG");
        lists.putItem(bureau, unit, 1, "000114001000", "公共场所卫生许可", unit + "-WJW");
        assertThrows(IllegalStateException.class, () -> lists.startDraft(bureau, unit, "又一版"), "one unfinished version at a time");
        fileVersion(bureau, unit, 1, today().minusDays(10));
        assertTrue(lists.inForce(market, unit, today()).orElseThrow().summary().inForce());
        assertEquals(1, lists.version(market, unit, 1).opinions().size());

        var second = lists.startDraft(bureau, unit, "第二版清单");
        assertEquals(2, second.number());
        assertEquals(2, second.itemCount(), "a new draft starts from the version in force");
        lists.removeItem(bureau, unit, 2, "000114001000");
        lists.putItem(bureau, unit, 2, "000105001000", "食品经营许可（含小餐饮）", unit + "-SCJG");
        lists.putItem(bureau, unit, 2, "000105002000", "药品零售企业许可", unit + "-SCJG");
        fileVersion(bureau, unit, 2, today().plusDays(3));

        assertEquals(1, lists.inForce(market, unit, today()).orElseThrow().summary().number(), "not yet: effective in 3 days");
        assertEquals(2, lists.inForce(market, unit, today().plusDays(3)).orElseThrow().summary().number());
        assertTrue(lists.inForce(market, unit, today().minusDays(11)).isEmpty(), "nothing was in force before the first");

        var diff = lists.compare(market, unit, 1, 2);
        assertEquals(List.of("000105002000"), diff.added().stream().map(Item::code).toList());
        assertEquals(List.of("000114001000"), diff.removed().stream().map(Item::code).toList());
        assertEquals("食品经营许可（含小餐饮）", diff.changed().get(0).after().name());

        List<String> actions = audit.history("item-list", unit + "#2").stream().map(AuditRecord::action).toList();
        assertEquals(List.of("item-list.draft", "item-list.item-removed", "item-list.item", "item-list.item",
                "item-list.evaluate", "item-list.approve", "item-list.file"), actions);
    }

    @Test
    void onlyTheUnitsBusinessEnvironmentBureauEditsAndOthersGiveOpinions() {
        String unit = unit();
        Caller bureau = caller(unit.toLowerCase() + ".ysj");
        Caller market = caller(unit.toLowerCase() + ".scjg");
        assertThrows(AccessDenied.class, () -> lists.startDraft(market, unit, "越权"));
        assertThrows(AccessDenied.class, () -> lists.startDraft(caller("ysj.oversight"), unit, "越权"));
        assertThrows(AccessDenied.class, () -> lists.startDraft(caller("admin"), unit, "越权"));
        lists.startDraft(bureau, unit, "草案");
        assertThrows(AccessDenied.class, () -> lists.putItem(market, unit, 1, "000105001000", "食品经营许可", unit + "-SCJG"));
        assertThrows(AccessDenied.class, () -> lists.submitOpinion(caller("scjg.clerk"), unit, 1, "另一单位的意见"),
                "a department of another unit has no say");
        var refused = assertThrows(IllegalArgumentException.class,
                () -> lists.putItem(bureau, unit, 1, "000105001000", "食品经营许可", unit + "-XZSP"));
        assertTrue(refused.getMessage().contains("competent department"));
        assertThrows(IllegalArgumentException.class,
                () -> lists.putItem(bureau, unit, 1, "000105001000", "食品经营许可", "210800-SCJG"), "another unit's department");
        assertEquals(0, lists.version(market, unit, 1).summary().itemCount(), "refusals changed nothing");
    }

    @Test
    void aFiledVersionIsFinalAndAnAbandonedDraftMakesRoomForANewOne() {
        String unit = unit();
        Caller bureau = caller(unit.toLowerCase() + ".ysj");
        lists.startDraft(bureau, unit, "草案");
        lists.abandon(bureau, unit, 1);
        assertEquals(ListStatus.ABANDONED, lists.version(bureau, unit, 1).summary().status());
        lists.startDraft(bureau, unit, "新草案");
        lists.putItem(bureau, unit, 2, "000105001000", "食品经营许可", unit + "-SCJG");
        fileVersion(bureau, unit, 2, today());
        assertThrows(IllegalStateException.class, () -> lists.putItem(bureau, unit, 2, "000105002000", "药品", unit + "-SCJG"));
        assertThrows(IllegalStateException.class, () -> lists.abandon(bureau, unit, 2));
        assertThrows(IllegalStateException.class, () -> lists.submitOpinion(bureau, unit, 2, "已备案"));
        assertFalse(lists.versions(bureau, unit).get(0).title().isEmpty());
    }
}
