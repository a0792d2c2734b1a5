package cn.gov.yingkou.sgpt.licensing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.duty.boundary.PauseReason;
import cn.gov.yingkou.sgpt.licensing.boundary.Applicant;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.CertificateForm;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceTerms;
import cn.gov.yingkou.sgpt.shared.FieldProblem;
import cn.gov.yingkou.sgpt.shared.InvalidFields;

class ApplicationTest {

    private static final Instant T = Instant.parse("2026-11-23T02:00:00Z");
    private static final Applicant SHOP = new Applicant(ApplicantKind.ORGANISATION, "91350100M000100Y43", "营口鲜味食品店",
            "王店长", "0417-2801234");

    private static Application received() {
        return new Application(1, 11, "000105001000", "食品经营许可", SHOP, List.of("申请书", "营业执照"),
                Channel.PORTAL, "spj.clerk", T);
    }

    @Test
    void fromReceiptThroughSupplementAndReviewToTheLicence() {
        Application a = received();
        a.requestMaterials(List.of("食品安全管理制度", "场所平面图"), T.plusSeconds(60));
        assertEquals(ApplicationStatus.AWAITING_MATERIALS, a.status());
        assertEquals(List.of("食品安全管理制度", "场所平面图"), a.requestedMaterials());
        assertThrows(IllegalArgumentException.class, () -> a.supplement(List.of(" 营业执照 "), T.plusSeconds(90)),
                "a supplement of nothing new");
        a.supplement(List.of("营业执照", "食品安全管理制度", "场所平面图"), T.plusSeconds(120));
        assertEquals(ApplicationStatus.RECEIVED, a.status());
        assertEquals(List.of("申请书", "营业执照", "食品安全管理制度", "场所平面图"), a.materials(),
                "added to what was handed in, which stays as it came");
        assertEquals(List.of(T, T, T.plusSeconds(120), T.plusSeconds(120)), a.heldMaterials().stream()
                .map(HeldMaterial::receivedAt).toList());
        assertTrue(a.holds("《食品安全管理制度》"), "the same material, bracketed");
        a.accept(T.plusSeconds(180));
        a.pauseReview(PauseReason.INSPECTION, T.plusSeconds(240));
        assertThrows(IllegalStateException.class, () -> a.grant("spj.clerk", T.plusSeconds(250)),
                "no decision while the clock is paused");
        a.resumeReview(T.plusSeconds(300));
        a.grant("spj.clerk", T.plusSeconds(360));
        assertEquals(ApplicationStatus.GRANTED, a.status());
        a.issued(99, T.plusSeconds(420));
        assertEquals(ApplicationStatus.ISSUED, a.status());
        assertEquals(99L, a.licenceId());
        assertEquals(T.plusSeconds(420), a.changedAt());
    }

    @Test
    void refusalsAndDenialsNeedReasonsAndEndTheApplication() {
        Application refused = received();
        assertThrows(IllegalArgumentException.class, () -> refused.refuseIntake(" ", "spj.clerk", T));
        refused.refuseIntake("不属于本机关职权范围", "spj.clerk", T.plusSeconds(60));
        assertTrue(refused.status().isFinal());
        assertThrows(IllegalStateException.class, () -> refused.accept(T.plusSeconds(120)));

        Application denied = received();
        denied.accept(T);
        assertThrows(IllegalArgumentException.class, () -> denied.deny(null, "spj.clerk", T));
        denied.deny("经营场所与有毒有害场所距离不足", "spj.clerk", T.plusSeconds(60));
        assertEquals("经营场所与有毒有害场所距离不足", denied.reasons());
        assertThrows(IllegalStateException.class, () -> denied.issued(1, T.plusSeconds(120)));
    }

    @Test
    void anApplicantMayWithdrawBeforeTheDecisionOnly() {
        Application paused = received();
        paused.accept(T);
        paused.pauseReview(PauseReason.HEARING, T);
        paused.withdraw("申请人书面撤回", T.plusSeconds(60));
        assertNull(paused.pausedFor());
        Application granted = received();
        granted.accept(T);
        granted.grant("spj.clerk", T);
        assertThrows(IllegalStateException.class, () -> granted.withdraw(null, T));
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void onlyTheListedTransitionsExist(ApplicationStatus from) {
        EnumSet<ApplicationStatus> expected = switch (from) {
            case RECEIVED -> EnumSet.of(ApplicationStatus.AWAITING_MATERIALS, ApplicationStatus.UNDER_REVIEW,
                    ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN);
            case AWAITING_MATERIALS -> EnumSet.of(ApplicationStatus.RECEIVED, ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(ApplicationStatus.GRANTED, ApplicationStatus.DENIED, ApplicationStatus.WITHDRAWN);
            case GRANTED -> EnumSet.of(ApplicationStatus.ISSUED);
            default -> EnumSet.noneOf(ApplicationStatus.class);
        };
        for (ApplicationStatus to : ApplicationStatus.values()) {
            assertEquals(expected.contains(to), from.canBecome(to), from + " → " + to);
        }
    }

    @Test
    void aMaterialRequestMustNameWhatIsMissingAndAContactMustBeAPhone() {
        Application a = received();
        assertThrows(IllegalArgumentException.class, () -> a.requestMaterials(List.of(" "), T));
        assertThrows(IllegalArgumentException.class, () -> new Applicant(ApplicantKind.PERSON, "11010519491231002X", "张三",
                "张三", "call me"));
        assertThrows(IllegalArgumentException.class, () -> new Applicant(null, "11010519491231002X", "张三", "张三", "13800000000"));
    }

    @Test
    void everyBadFieldOfAnApplicantIsNamedAtOnce() {
        InvalidFields refused = assertThrows(InvalidFields.class, () -> new Applicant(
                ApplicantKind.ORGANISATION, "913501", " ", "王店长", "call me"));
        assertEquals(List.of("id", "name", "contactPhone"), refused.problems().stream().map(FieldProblem::field).toList(),
                refused.getMessage());
    }

    @Test
    void aLicencesTermsAreChecked() {
        Application a = received();
        LicenceTerms terms = new LicenceTerms("预包装食品销售", LocalDate.of(2026, 12, 1), LocalDate.of(2031, 11, 30),
                CertificateForm.PAPER, "No.2100001");
        assertThrows(IllegalArgumentException.class, () -> new LicenceTerms("预包装食品销售", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 1), CertificateForm.PAPER, "No.2100001"));
        assertThrows(IllegalArgumentException.class, () -> new LicenceTerms("预包装食品销售", LocalDate.of(2026, 12, 1), null,
                CertificateForm.ELECTRONIC, "电子 证照"));
        assertEquals("预包装食品销售", terms.scope());
        assertEquals(a.applicant().identifier(), "91350100M000100Y43");
    }
}
