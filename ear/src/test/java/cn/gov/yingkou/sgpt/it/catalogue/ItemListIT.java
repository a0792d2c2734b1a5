package cn.gov.yingkou.sgpt.it.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
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
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.catalogue.boundary.CatalogueNotices;
import cn.gov.yingkou.sgpt.catalogue.boundary.Element;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationContent;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationLists;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.Item;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;
import cn.gov.yingkou.sgpt.catalogue.boundary.KeyElements;
import cn.gov.yingkou.sgpt.catalogue.boundary.ListStatus;
import cn.gov.yingkou.sgpt.catalogue.boundary.NoticeKind;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushField;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushLists;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.it.support.DeploymentsForTests;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;
import cn.gov.yingkou.sgpt.organisation.boundary.Role;
import cn.gov.yingkou.sgpt.organisation.boundary.UnitKind;

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

    @EJB
    ImplementationLists implementation;

    @EJB
    PushLists pushLists;

    @EJB
    CatalogueNotices notices;

    @EJB
    DutyService duties;

    @EJB
    Departments departments;

    @EJB
    KeyElements keyElements;

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
        organisation.ensurePerson(unit + "-XZSP", unit.toLowerCase() + ".spj", "审批经办", "Yingkou2026x".toCharArray(), Set.of(Role.CLERK), SETUP);
        organisation.ensurePerson(unit + "-WJW", unit.toLowerCase() + ".wjw", "卫健经办", "Yingkou2026x".toCharArray(), Set.of(Role.CLERK), SETUP);
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

    /** A unit whose list in force holds the food licence (market supervision) and the hygiene licence (health). */
    private String unitWithListInForce() {
        String unit = unit();
        Caller bureau = caller(unit.toLowerCase() + ".ysj");
        lists.startDraft(bureau, unit, "清单");
        lists.putItem(bureau, unit, 1, FOOD, "食品经营许可", unit + "-SCJG");
        lists.putItem(bureau, unit, 1, "000114001000", "公共场所卫生许可", unit + "-WJW");
        fileVersion(bureau, unit, 1, today().minusDays(10));
        return unit;
    }

    private static final String FOOD = "000105001000";

    private static ImplementationContent food(int days, List<String> materials, String responsibilities) {
        return new ImplementationContent("《中华人民共和国食品安全法》第三十五条", "食品经营者", "食品经营许可的核发", days,
                "具有与经营的食品品种、数量相适应的经营场所", materials, null, null, "书面审查、现场核查",
                "《食品经营许可审查通则》", List.of("申请", "受理", "审查", "决定", "发证"), responsibilities, null, null);
    }

    @Test
    void aKeyElementChangeAppliesOnlyWithTheCompetentDepartmentsConsent() {
        String unit = unitWithListInForce();
        Caller approval = caller(unit.toLowerCase() + ".spj");
        Caller market = caller(unit.toLowerCase() + ".scjg");
        Caller health = caller(unit.toLowerCase() + ".wjw");
        List<String> materials = List.of("申请书", "营业执照复印件");
        implementation.establish(approval, unit, FOOD, food(20, materials, "审批局审批"));

        var proposal = implementation.proposeChange(approval, unit, FOOD, food(15, materials, "审批局审批"), "压缩时限");
        assertEquals("PENDING_CONSENT", proposal.state());
        assertEquals(unit + "-SCJG", proposal.consentDepartmentCode());
        assertEquals(20, implementation.inEffect(health, unit, FOOD).orElseThrow().content().timeLimitDays(),
                "nothing applies before consent");
        assertThrows(AccessDenied.class, () -> implementation.consent(approval, unit, FOOD), "the bureau cannot consent itself");
        assertThrows(AccessDenied.class, () -> implementation.consent(health, unit, FOOD), "nor another department");
        assertThrows(IllegalStateException.class, () -> implementation.proposeChange(approval, unit, FOOD,
                food(10, materials, "审批局审批"), "再压缩"), "one pending change at a time");

        var applied = implementation.consent(market, unit, FOOD);
        assertEquals(2, applied.number());
        assertEquals(15, implementation.inEffect(health, unit, FOOD).orElseThrow().content().timeLimitDays());

        implementation.proposeChange(approval, unit, FOOD, food(15, List.of("申请书"), "审批局审批"), "精简材料");
        var refused = implementation.refuse(market, unit, FOOD, "营业执照复印件为核查主体资格所必需");
        assertEquals("REFUSED", refused.state());
        assertEquals(materials, implementation.inEffect(market, unit, FOOD).orElseThrow().content().materials(),
                "a refused change never applies");

        var clarified = implementation.proposeChange(approval, unit, FOOD, food(15, materials, "审批局审批，市场监管局事中事后监管"),
                "明确监管责任");
        assertEquals("IN_EFFECT", clarified.state(), "no key element: in effect at once");
        assertEquals(3, clarified.number());

        List<String> states = implementation.history(market, unit, FOOD).stream().map(v -> v.state() + ":" + v.number()).toList();
        assertEquals(List.of("IN_EFFECT:3", "REFUSED:null", "SUPERSEDED:2", "SUPERSEDED:1"), states);
        assertEquals(List.of("implementation-list.establish", "implementation-list.propose", "implementation-list.consent",
                "implementation-list.propose", "implementation-list.refuse", "implementation-list.change"),
                audit.history("implementation-list", unit + "/" + FOOD).stream().map(AuditRecord::action).toList());
    }

    @Test
    void anElementMadeKeyAlsoWaitsForConsentAndTheFourStatutoryOnesStayKey() {
        String unit = unitWithListInForce();
        Caller approval = caller(unit.toLowerCase() + ".spj");
        Caller cityBureau = caller("ysj.clerk");
        List<String> materials = List.of("申请书");
        implementation.establish(approval, unit, FOOD, food(20, materials, "审批局审批"));
        assertThrows(IllegalArgumentException.class, () -> keyElements.set(cityBureau, EnumSet.of(Element.TIME_LIMIT,
                Element.CONDITIONS, Element.MATERIALS)), "the review standard stays key");
        assertThrows(AccessDenied.class, () -> keyElements.set(approval, Element.alwaysKey()));
        assertThrows(AccessDenied.class, () -> keyElements.set(caller(unit.toLowerCase() + ".ysj"), Element.alwaysKey()),
                "a county's business-environment bureau does not choose for everyone");
        try {
            Set<Element> withResponsibilities = Element.alwaysKey();
            withResponsibilities.add(Element.RESPONSIBILITIES);
            keyElements.set(cityBureau, withResponsibilities);
            assertEquals(withResponsibilities, keyElements.current());
            var proposal = implementation.proposeChange(approval, unit, FOOD, food(20, materials, "审批局审批，监管局监管"),
                    "明确监管责任");
            assertEquals("PENDING_CONSENT", proposal.state(), "responsibilities are key now");
        } finally {
            keyElements.set(cityBureau, Element.alwaysKey());
        }
        assertEquals(Element.alwaysKey(), keyElements.current());
    }

    @Test
    void onlyItemsInForceHaveImplementationListsAndOnlyTheApprovalBureauWritesThem() {
        String unit = unitWithListInForce();
        Caller approval = caller(unit.toLowerCase() + ".spj");
        List<String> materials = List.of("申请书");
        assertThrows(IllegalArgumentException.class, () -> implementation.establish(approval, unit, "000199999000",
                food(20, materials, "审批局审批")));
        assertThrows(AccessDenied.class, () -> implementation.establish(caller(unit.toLowerCase() + ".scjg"), unit, FOOD,
                food(20, materials, "审批局审批")));
        assertThrows(AccessDenied.class, () -> implementation.establish(caller("spj.clerk"), unit, FOOD,
                food(20, materials, "审批局审批")), "another unit's approval bureau");
        implementation.establish(approval, unit, FOOD, food(20, materials, "审批局审批"));
        assertThrows(IllegalStateException.class, () -> implementation.establish(approval, unit, FOOD,
                food(20, materials, "审批局审批")));
        assertThrows(IllegalStateException.class, () -> implementation.withdraw(approval, unit, FOOD), "nothing pending");
    }

    @Test
    void anItemsPushListGoesToItsCompetentDepartmentUnlessAnotherIsNamed() {
        String unit = unitWithListInForce();
        Caller approval = caller(unit.toLowerCase() + ".spj");
        var all = EnumSet.allOf(PushField.class);
        var defined = pushLists.define(approval, unit, FOOD, all, null, true);
        assertEquals(unit + "-SCJG", defined.receivingDepartmentCode());
        assertTrue(defined.automatic());
        var moved = pushLists.define(approval, unit, FOOD, PushField.required(), unit + "-WJW", false);
        assertEquals(unit + "-WJW", moved.receivingDepartmentCode());
        assertEquals(PushField.required(), pushLists.of(caller(unit.toLowerCase() + ".scjg"), unit, FOOD).orElseThrow().fields());
        assertThrows(IllegalArgumentException.class, () -> pushLists.define(approval, unit, FOOD, all, unit + "-XZSP", true),
                "only a competent department receives pushes");
        assertThrows(IllegalArgumentException.class, () -> pushLists.define(approval, unit, FOOD,
                EnumSet.of(PushField.ITEM_NAME), null, true), "the required fields");
        assertThrows(AccessDenied.class, () -> pushLists.define(caller(unit.toLowerCase() + ".scjg"), unit, FOOD, all, null, true));
        assertEquals(2, audit.history("push-list", unit + "/" + FOOD).size());
    }

    @Test
    void lawChangesAndSolicitationsReachTheApprovalBureauAndAreTrackedToAReply() {
        String unit = unitWithListInForce();
        Caller approval = caller(unit.toLowerCase() + ".spj");
        Caller market = caller(unit.toLowerCase() + ".scjg");
        var law = notices.send(market, NoticeKind.LAW_CHANGE, "《食品经营许可和备案管理办法》修订", "国家市场监督管理总局令第78号",
                FOOD, "新办法自2023年12月1日起施行，许可条件有调整。", null);
        assertEquals(unit + "-XZSP", law.toDepartmentCode());
        assertTrue(notices.ofMyDepartment(approval).stream().anyMatch(n -> n.id() == law.id() && !n.answered()));
        assertThrows(AccessDenied.class, () -> notices.reply(market, law.id(), "自己答复"), "the sender does not answer");
        assertTrue(notices.reply(approval, law.id(), "已据此修改实施清单的许可条件。").answered());
        assertThrows(IllegalStateException.class, () -> notices.reply(approval, law.id(), "再答复"));

        assertThrows(IllegalArgumentException.class, () -> notices.send(market, NoticeKind.OPINION_SOLICITATION,
                "规章草案", "起草中", FOOD, "请提出意见", null), "a solicitation needs its reply date");
        assertThrows(AccessDenied.class, () -> notices.send(approval, NoticeKind.LAW_CHANGE, "越权", "无", FOOD, "无", null));
        var draft = notices.send(market, NoticeKind.OPINION_SOLICITATION, "食品小作坊管理规定（草案）", "市政府立法计划",
                FOOD, "请于期限内提出意见。", today().plusDays(7));
        var bureau = departments.require(unit + "-XZSP");
        var pending = duties.pendingForDepartment(approval, bureau, 0, 50).rows();
        assertTrue(pending.stream().anyMatch(d -> d.kind() == DutyKind.REPLY_TO_SOLICITATION
                && d.subjectKey().equals(Long.toString(draft.id()))), "a reply duty for the bureau");
        notices.reply(approval, draft.id(), "建议明确小作坊的许可范围。");
        assertTrue(duties.pendingForDepartment(approval, bureau, 0, 50).rows().stream()
                .noneMatch(d -> d.subjectKey().equals(Long.toString(draft.id()))), "the reply fulfilled the duty");
        assertEquals(List.of("notice.send", "notice.reply"), audit.history("catalogue-notice", Long.toString(draft.id()))
                .stream().map(AuditRecord::action).toList());
    }
}
