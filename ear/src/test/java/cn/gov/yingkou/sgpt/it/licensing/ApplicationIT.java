package cn.gov.yingkou.sgpt.it.licensing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.duty.boundary.PauseReason;
import cn.gov.yingkou.sgpt.it.support.DeploymentsForTests;
import cn.gov.yingkou.sgpt.licensing.boundary.Applicant;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationQueries;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationView;
import cn.gov.yingkou.sgpt.licensing.boundary.Applications;
import cn.gov.yingkou.sgpt.licensing.boundary.CertificateForm;
import cn.gov.yingkou.sgpt.licensing.boundary.Certificates;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResult;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResults;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceQuery;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceRegister;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceTerms;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceVerification;
import cn.gov.yingkou.sgpt.licensing.boundary.MaterialLine;
import cn.gov.yingkou.sgpt.licensing.boundary.NewApplication;
import cn.gov.yingkou.sgpt.licensing.control.CertificateFont;
import cn.gov.yingkou.sgpt.licensing.entity.Licence;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;

/**
 * Applications for the demo city's food licence (10 working days) through the services on the real
 * database, with the statutory clocks on real calendar dates.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

    private static final String FOOD = "000105001000";
    private static final Instant EVE_OF_NATIONAL_DAY = Instant.parse("2026-09-30T02:00:00Z");

    @EJB
    Applications applications;

    @EJB
    ApplicationQueries queries;

    @EJB
    FinishedResults finished;

    @EJB
    LicenceRegister register;

    @EJB
    Certificates certificates;

    @EJB
    LicenceVerification verification;

    @EJB
    AccountDirectory directory;

    @EJB
    Departments departments;

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentsForTests.withTests(ApplicationIT.class);
    }

    private Caller clerk() {
        return directory.caller("spj.clerk", Channel.PORTAL, "127.0.0.1").orElseThrow();
    }

    private static Applicant shop(String name) {
        return new Applicant(ApplicantKind.ORGANISATION, "91350100M000100Y43", name, "王店长", "0417-2801234");
    }

    private ApplicationView receive(String name, List<String> materials) {
        return applications.receive(clerk(), new NewApplication("210800", FOOD, shop(name), materials, null));
    }

    @Test
    void fromReceiptToTheLicenceUnderEveryClock() {
        Caller clerk = clerk();
        ApplicationView received = receive("营口鲜味食品店", List.of("食品经营许可申请书", "营业执照"));
        assertEquals(ApplicationStatus.RECEIVED, received.status());
        assertTrue(received.number().startsWith("SQ210800-"), received.number());
        assertTrue(received.missingMaterials().size() >= 1, "checked against the implementation list's materials");
        DutyView intake = clock(received.number(), DutyKind.NOTIFY_MISSING_MATERIALS);
        assertEquals(DutyStatus.OPEN, intake.status());
        assertEquals("WORKING_DAYS", intake.limitKind());
        assertEquals(5, intake.limitValue(), "Licensing Law Art 32: five days, counted in working days (Art 82)");

        ApplicationView asked = applications.requestMaterials(clerk, received.number(), received.missingMaterials());
        assertEquals(ApplicationStatus.AWAITING_MATERIALS, asked.status());
        assertEquals(DutyStatus.DONE_ON_TIME, clock(received.number(), DutyKind.NOTIFY_MISSING_MATERIALS).status());
        assertThrows(IllegalStateException.class, () -> applications.accept(clerk, received.number(), false));
        List<String> handedIn = received.missingMaterials().stream().map(m -> "《" + m + "》").toList();
        ApplicationView complete = applications.supplement(clerk, received.number(), handedIn);
        assertTrue(complete.missingMaterials().isEmpty(), "a material counts however its name is bracketed: "
                + complete.checklist());
        assertTrue(complete.materials().containsAll(received.materials()), "a supplement adds to what was handed in");
        assertEquals(List.of(MaterialLine.State.RECEIVED, MaterialLine.State.RECEIVED), complete.checklist().stream()
                .filter(line -> received.materials().stream().anyMatch(m -> line.name().equals(m)))
                .map(MaterialLine::state).toList(), "handed in at the counter, and still so: " + complete.checklist());
        assertTrue(complete.checklist().stream().filter(line -> line.state() == MaterialLine.State.SUPPLEMENTED)
                .allMatch(line -> line.receivedAt().isAfter(received.receivedAt())), complete.checklist().toString());

        applications.accept(clerk, received.number(), false);
        DutyView decision = clock(received.number(), DutyKind.DECIDE_APPLICATION);
        assertEquals("WORKING_DAYS", decision.limitKind());
        assertEquals(10, decision.limitValue());
        applications.pauseReview(clerk, received.number(), PauseReason.INSPECTION, "现场核查");
        assertNotNull(clock(received.number(), DutyKind.DECIDE_APPLICATION).pausedSince());
        assertThrows(IllegalStateException.class, () -> applications.grant(clerk, received.number()),
                "no decision while the clock is stopped");
        applications.resumeReview(clerk, received.number());
        applications.requestTechnicalSupport(clerk, received.number(), "请协助核查冷链设备");
        applications.recordSiteSurvey(clerk, received.number(), "经营场所与申报一致");
        assertEquals(null, clock(received.number(), DutyKind.DECIDE_APPLICATION).pausedSince(),
                "a site survey is not among Art 45's steps: the clock runs on");
        applications.grant(clerk, received.number());
        assertEquals(DutyStatus.DONE_ON_TIME, clock(received.number(), DutyKind.DECIDE_APPLICATION).status());
        DutyView issue = clock(received.number(), DutyKind.ISSUE_LICENCE);
        assertEquals(DutyStatus.OPEN, issue.status());
        assertEquals(10, issue.limitValue(), "Licensing Law Art 44: ten working days");

        ApplicationView issued = applications.issue(clerk, received.number(), new LicenceTerms("预包装食品（含冷藏冷冻食品）销售",
                LocalDate.of(2026, 12, 1), LocalDate.of(2031, 11, 30), CertificateForm.PAPER, "No.2108000001"));
        assertEquals(ApplicationStatus.ISSUED, issued.status());
        assertEquals(DutyStatus.DONE_ON_TIME, clock(received.number(), DutyKind.ISSUE_LICENCE).status());
        var licence = register.byNumber(clerk, issued.licenceNumber());
        assertEquals(LicenceStatus.VALID, licence.status());
        assertEquals("营口鲜味食品店", licence.holderName());
        assertTrue(register.search(clerk, new LicenceQuery("210800", "鲜味", null, FOOD, LicenceStatus.VALID), 0, 20).rows()
                .stream().anyMatch(l -> l.number().equals(issued.licenceNumber())));

        List<String> steps = queries.detail(clerk, received.number()).timeline().stream().map(AuditRecord::action).toList();
        assertEquals(List.of("application.receive", "application.request-materials", "application.supplement",
                "application.accept", "application.pause", "application.resume", "application.support-requested",
                "application.site-survey", "application.grant", "application.issue"), steps);
    }

    @Test
    void acceptedAfterTheIntakeClockRanOutTheDecisionClockRunsFromReceipt() throws Exception {
        ApplicationView received = receive("营口晚到食品店", List.of("食品经营许可申请书"));
        backdateIntake(received.number(), EVE_OF_NATIONAL_DAY);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> applications.accept(clerk(), received.number(), false));
        assertTrue(refused.getMessage().contains("材料尚缺"), refused.getMessage());
        applications.accept(clerk(), received.number(), true);
        AuditRecord accepted = queries.detail(clerk(), received.number()).timeline().stream()
                .filter(step -> step.action().equals("application.accept")).findFirst().orElseThrow();
        assertTrue(accepted.facts().get("missing").orElseThrow().contains("营业执照或其他主体资格证明文件"),
                "accepted with materials missing, and the trail says which: " + accepted.facts());
        assertEquals(DutyStatus.DONE_LATE, clock(received.number(), DutyKind.NOTIFY_MISSING_MATERIALS).status());
        DutyView decision = clock(received.number(), DutyKind.DECIDE_APPLICATION);
        assertEquals(EVE_OF_NATIONAL_DAY, decision.triggeredAt(), "deemed accepted when the materials came in");
        // 8, 9, 10 (make-up Saturday), 12–16 and 19, 20 October: ten working days after 30 September.
        assertEquals(LocalDate.of(2026, 10, 20), decision.lastDay());
    }

    @Test
    void refusalsDenialsAndWithdrawalsEndTheClocks() {
        Caller clerk = clerk();
        ApplicationView refused = receive("营口不受理食品店", List.of("申请书"));
        assertThrows(IllegalArgumentException.class, () -> applications.refuseIntake(clerk, refused.number(), " "));
        applications.refuseIntake(clerk, refused.number(), "申请事项依法不需要取得行政许可");
        assertEquals(DutyStatus.DONE_ON_TIME, clock(refused.number(), DutyKind.NOTIFY_MISSING_MATERIALS).status());

        ApplicationView denied = receive("营口不予许可食品店", List.of("申请书"));
        applications.accept(clerk, denied.number(), true);
        assertEquals(ApplicationStatus.DENIED, applications.deny(clerk, denied.number(), "经营场所不符合要求").status());

        ApplicationView withdrawn = receive("营口撤回食品店", List.of("申请书"));
        applications.accept(clerk, withdrawn.number(), true);
        applications.withdraw(clerk, withdrawn.number(), "申请人书面撤回");
        assertEquals(DutyStatus.CANCELLED, queries.detail(clerk, withdrawn.number()).clocks().stream()
                .filter(c -> c.kind() == DutyKind.DECIDE_APPLICATION).findFirst().orElseThrow().status());
        assertThrows(IllegalStateException.class, () -> applications.grant(clerk, withdrawn.number()));
    }

    @Test
    void onlyTheApprovalBureauTakesApplicationsForItemsInForce() {
        Caller market = directory.caller("scjg.clerk", Channel.PORTAL, "127.0.0.1").orElseThrow();
        assertThrows(AccessDenied.class, () -> applications.receive(market, new NewApplication("210800", FOOD,
                shop("越权"), List.of("申请书"), null)));
        assertThrows(IllegalArgumentException.class, () -> applications.receive(clerk(), new NewApplication("210800",
                "000199999000", shop("无此事项"), List.of("申请书"), null)));
        assertThrows(IllegalArgumentException.class, () -> new Applicant(ApplicantKind.ORGANISATION, "91350100M000100Y44",
                "校验码错误", "王", "0417-2801234"));
        ApplicationView received = receive("营口受理中食品店", List.of("申请书"));
        assertThrows(AccessDenied.class, () -> applications.accept(market, received.number(), true));
    }

    @Test
    void aPrintedLicenceIsCheckedByItsCodeAndARevokedOneShowsAsRevoked() throws Exception {
        assumeTrue(CertificateFont.locate().isPresent(), "no CJK font: certificates are not printed here");
        Caller clerk = clerk();
        String licenceNumber = "JY3210800" + (System.nanoTime() % 1_000_000);
        finished.submit(clerk, new FinishedResult("210800", FOOD, shop("营口核验食品店"), List.of("申请书"),
                Instant.parse("2026-11-02T01:00:00Z"), Instant.parse("2026-11-09T01:00:00Z"),
                Instant.parse("2026-11-10T01:00:00Z"), licenceNumber, new LicenceTerms("预包装食品销售",
                        LocalDate.of(2026, 11, 10), null, CertificateForm.PAPER, "No.21080099"), "yw-" + System.nanoTime()));
        certificates.pdf(clerk, licenceNumber, "https://sgpt.example.gov.cn");
        String code = em.createQuery("select l.verificationCode from Licence l where l.number = :number", String.class)
                .setParameter("number", licenceNumber).getSingleResult();
        certificates.pdf(clerk, licenceNumber, "https://sgpt.example.gov.cn");
        assertEquals(code, em.createQuery("select l.verificationCode from Licence l where l.number = :number", String.class)
                .setParameter("number", licenceNumber).getSingleResult(), "a reprint carries the same code");

        LicenceVerification.Verified shown = verification.verify(code.toLowerCase()).orElseThrow();
        assertEquals(List.of(licenceNumber, "营口核验食品店", "食品经营许可", "营口市行政审批局"),
                List.of(shown.number(), shown.holderName(), shown.itemName(), shown.issuerZh()));
        assertEquals(LicenceStatus.VALID, shown.status());
        assertTrue(verification.verify("A".repeat(20)).isEmpty(), "a code never printed names no licence");
        assertTrue(verification.verify(licenceNumber).isEmpty(), "nor does a licence number");

        // Licence actions (Art 19) are not built yet: the licence is revoked as they will revoke it.
        transaction.begin();
        em.joinTransaction();
        em.createNamedQuery("Licence.byNumber", Licence.class).setParameter("number", licenceNumber).getSingleResult()
                .end(LicenceStatus.REVOKED, "以欺骗手段取得", Instant.now());
        transaction.commit();
        assertEquals(LicenceStatus.REVOKED, verification.verify(code).orElseThrow().status(), "revoked shows as revoked");
    }

    @Test
    void aFinishedResultEntersTheRegisterOnceWhateverTimesItIsSent() {
        Caller clerk = clerk();
        String messageId = "yw-" + System.nanoTime();
        String licenceNumber = "JY1210800" + (System.nanoTime() % 1_000_000);
        FinishedResult result = new FinishedResult("210800", FOOD, new Applicant(ApplicantKind.PERSON, "11010519491231002X",
                "张三", "张三", "13800000000"), List.of("申请书"), Instant.parse("2026-11-02T01:00:00Z"),
                Instant.parse("2026-11-09T01:00:00Z"), Instant.parse("2026-11-10T01:00:00Z"), licenceNumber,
                new LicenceTerms("热食类食品制售", LocalDate.of(2026, 11, 10), LocalDate.of(2031, 11, 9),
                        CertificateForm.ELECTRONIC, "21080020261110JY1.0001"), messageId);
        ApplicationView first = finished.submit(clerk, result);
        assertEquals(ApplicationStatus.ISSUED, first.status());
        assertEquals(licenceNumber, first.licenceNumber());
        ApplicationView again = finished.submit(clerk, result);
        assertEquals(first.number(), again.number(), "the same message id answers the first submission");
        assertEquals(1, register.search(clerk, new LicenceQuery("210800", "11010519491231002X", licenceNumber, null, null),
                0, 10).total());
        assertTrue(register.byNumber(clerk, licenceNumber).changedAt().isAfter(Instant.now().minusSeconds(60)),
                "a result decided weeks ago is still a change of today for incremental readers");
        var changes = register.changedSince(clerk, Instant.now().minusSeconds(300)).licences();
        assertTrue(changes.stream().anyMatch(l -> l.number().equals(licenceNumber)), "the clerk's unit's change");
        assertTrue(changes.stream().allMatch(l -> l.unitCode().equals("210800")), "and only their own unit's");

        FinishedResult sameNumber = new FinishedResult("210800", FOOD, result.applicant(), List.of("申请书"),
                result.acceptedAt(), result.decidedAt(), result.issuedAt(), licenceNumber, result.terms(), messageId + "-b");
        assertThrows(IllegalArgumentException.class, () -> finished.submit(clerk, sameNumber), "licence numbers are unique");
        assertThrows(IllegalArgumentException.class, () -> finished.submit(clerk, new FinishedResult("210800", FOOD,
                result.applicant(), List.of("申请书"), result.decidedAt(), result.acceptedAt(), result.issuedAt(), null,
                result.terms(), null)), "decided before it was accepted");
    }

    @Test
    void theWorkbenchShowsTheSoonestClockFirstThenTheRestNewestFirstAcrossPages() {
        Caller clerk = clerk();
        receive("营口排队食品店", List.of("申请书"));
        var statuses = EnumSet.allOf(ApplicationStatus.class);
        long total = queries.queue(clerk, clerk.department(), statuses, 0, 1).total();
        assertTrue(total >= 2, "a clock running and a decided application at least");
        List<ApplicationQueries.QueueRow> rows = new java.util.ArrayList<>();
        for (int first = 0; first < total; first += 3) {
            rows.addAll(queries.queue(clerk, clerk.department(), statuses, first, 3).rows());
        }
        assertEquals(total, rows.size(), "the pages together are the whole queue");
        assertEquals(total, rows.stream().map(r -> r.application().number()).distinct().count(), "no row twice");
        int firstUntimed = rows.stream().map(ApplicationQueries.QueueRow::dueAt).toList().indexOf(null);
        List<ApplicationQueries.QueueRow> timed = firstUntimed < 0 ? rows : rows.subList(0, firstUntimed);
        List<ApplicationQueries.QueueRow> untimed = firstUntimed < 0 ? List.of() : rows.subList(firstUntimed, rows.size());
        assertTrue(untimed.stream().allMatch(r -> r.dueAt() == null), "every row with a running clock comes first");
        for (int i = 1; i < timed.size(); i++) {
            assertFalse(timed.get(i).dueAt().isBefore(timed.get(i - 1).dueAt()), "the soonest clock first");
        }
        for (int i = 1; i < untimed.size(); i++) {
            assertFalse(untimed.get(i).application().receivedAt().isAfter(untimed.get(i - 1).application().receivedAt()),
                    "then the newest first");
        }
        assertFalse(timed.isEmpty(), "the application just received has its clock running");
    }

    private DutyView clock(String number, DutyKind kind) {
        return queries.detail(clerk(), number).clocks().stream().filter(c -> c.kind() == kind)
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + kind + " clock"));
    }

    /** As if the application had come in at {@code at} and the intake clock had long run out. */
    private void backdateIntake(String number, Instant at) throws Exception {
        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("update duty set triggered_at = ?1, due_at = ?2, last_day = ?3 where subject_type = 'application' "
                + "and subject_key = ?4 and kind = 'NOTIFY_MISSING_MATERIALS'").setParameter(1, at)
                .setParameter(2, Instant.parse("2026-10-12T16:00:00Z")).setParameter(3, LocalDate.of(2026, 10, 12))
                .setParameter(4, number).executeUpdate();
        transaction.commit();
        assertEquals(at, clock(number, DutyKind.NOTIFY_MISSING_MATERIALS).triggeredAt());
        assertTrue(LocalDate.now(ZoneId.of("Asia/Shanghai")).isAfter(LocalDate.of(2026, 10, 12)));
    }
}
