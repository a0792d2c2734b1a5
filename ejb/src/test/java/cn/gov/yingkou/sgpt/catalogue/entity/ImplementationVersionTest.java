package cn.gov.yingkou.sgpt.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.catalogue.boundary.Element;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationContent;

/** Art 8 ¶2: a change to a key element of an implementation list applies only after consent. */
class ImplementationVersionTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final Set<Element> KEY = EnumSet.of(Element.TIME_LIMIT, Element.CONDITIONS, Element.MATERIALS,
            Element.REVIEW_STANDARD);

    static ImplementationContent food(int days, List<String> materials, String responsibilities) {
        return new ImplementationContent("《中华人民共和国食品安全法》第三十五条", "从事食品销售和餐饮服务的经营者",
                "食品经营许可的核发", days, "具有与经营的食品品种、数量相适应的经营场所", materials, null, null,
                "书面审查、现场核查", "《食品经营许可审查通则》", List.of("申请", "受理", "审查", "决定", "发证"),
                responsibilities, null, null);
    }

    private static ImplementationVersion inEffect() {
        return ImplementationVersion.initial(1, "000105001000",
                food(20, List.of("食品经营许可申请书", "营业执照复印件"), "审批局负责审批"), "spj.clerk", NOW);
    }

    @Test
    void aKeyElementChangeWaitsForConsentAndThenTakesEffect() {
        ImplementationVersion current = inEffect();
        ImplementationVersion shorter = ImplementationVersion.change(current, food(15, List.of("食品经营许可申请书",
                "营业执照复印件"), "审批局负责审批"), KEY, "压缩办理时限", 12, 2, "spj.clerk", NOW);
        assertEquals(ImplementationState.PENDING_CONSENT, shorter.state());
        assertNull(shorter.number(), "not a version yet");
        assertEquals(EnumSet.of(Element.TIME_LIMIT), shorter.changedElements());
        assertEquals(12L, shorter.consentDepartmentId());

        shorter.consent("scjg.clerk", 2, NOW);
        assertEquals(ImplementationState.IN_EFFECT, shorter.state());
        assertEquals(2, shorter.number());
        assertEquals(15, shorter.content().timeLimitDays());
    }

    @Test
    void aRefusedChangeNeverAppliesAndNeedsReasons() {
        ImplementationVersion proposal = ImplementationVersion.change(inEffect(), food(20, List.of("食品经营许可申请书"),
                "审批局负责审批"), KEY, "精简材料", 12, 2, "spj.clerk", NOW);
        assertThrows(IllegalArgumentException.class, () -> proposal.refuse("scjg.clerk", " ", NOW));
        proposal.refuse("scjg.clerk", "营业执照复印件为核查主体资格所必需", NOW);
        assertEquals(ImplementationState.REFUSED, proposal.state());
        assertThrows(IllegalStateException.class, () -> proposal.consent("scjg.clerk", 2, NOW), "refused is final");
        assertNull(proposal.number());
    }

    @Test
    void aChangeOfOtherElementsTakesEffectAtOnce() {
        ImplementationVersion clarified = ImplementationVersion.change(inEffect(), food(20, List.of("食品经营许可申请书",
                "营业执照复印件"), "审批局负责审批，市场监管局负责事中事后监管"), KEY, "明确监管责任", 12, 2, "spj.clerk", NOW);
        assertEquals(ImplementationState.IN_EFFECT, clarified.state());
        assertEquals(2, clarified.number());
        assertNull(clarified.consentDepartmentId(), "nobody's consent was needed");
    }

    @Test
    void nothingChangedOrNoReasonIsRefusedAndOnlyTheVersionInEffectChanges() {
        ImplementationVersion current = inEffect();
        assertThrows(IllegalArgumentException.class, () -> ImplementationVersion.change(current, current.content(), KEY,
                "无变化", 12, 2, "spj.clerk", NOW));
        assertThrows(IllegalArgumentException.class, () -> ImplementationVersion.change(current, food(15,
                List.of("申请书"), "审批局"), KEY, "", 12, 2, "spj.clerk", NOW));
        current.supersede(NOW);
        assertThrows(IllegalStateException.class, () -> ImplementationVersion.change(current, food(15,
                List.of("申请书"), "审批局"), KEY, "理由", 12, 2, "spj.clerk", NOW));
    }

    @Test
    void everyElementIsValidated() {
        assertThrows(IllegalArgumentException.class, () -> food(0, List.of("申请书"), "审批局"));
        assertThrows(IllegalArgumentException.class, () -> food(61, List.of("申请书"), "审批局"));
        assertThrows(IllegalArgumentException.class, () -> food(20, List.of(" "), "审批局"), "at least one material");
        assertThrows(IllegalArgumentException.class, () -> food(20, List.of("申请书"), ""));
    }
}
