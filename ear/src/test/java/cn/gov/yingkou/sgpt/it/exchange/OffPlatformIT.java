package cn.gov.yingkou.sgpt.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.PushStatus;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.it.support.DecidedElsewhere;
import cn.gov.yingkou.sgpt.it.support.DeploymentsForTests;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResults;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationAdministration;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingKind;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;

/**
 * Receiving channels as administrators set them, and the hand-over off the platform (Art 17 ¶2): the bureau
 * records the manner and the date agreed with the department, both clocks run to that date, and an agreement
 * cannot excuse a push that is already late; the hand-over and the paper receipt are entered with the times they
 * took place.
 */
@ExtendWith(ArquillianExtension.class)
class OffPlatformIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @EJB
    FinishedResults finished;

    @EJB
    Pushes pushes;

    @EJB
    PushQueries queries;

    @EJB
    ReceivingChannels channels;

    @EJB
    OrganisationSetup organisation;

    @EJB
    OrganisationAdministration administration;

    @EJB
    AccountDirectory directory;

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentsForTests.withTests(OffPlatformIT.class);
    }

    private Caller person(String username) {
        return directory.caller(username, Channel.PORTAL, "127.0.0.1").orElseThrow();
    }

    /** A new competent department of the city, so that its channel is this test's alone. */
    private String department() {
        String code = "210800-XX" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        organisation.ensureDepartment("210800", code, "线下接收局", "Off-platform bureau", DepartmentRole.COMPETENT_DEPARTMENT,
                "测试行业", Actor.system("test"));
        return code;
    }

    /** A drug-retail licence decided on the provincial platform and issued at {@code issuedAt}; its push waits. */
    private PushView issued(Instant issuedAt) {
        String licence = "XP" + System.nanoTime() % 1_000_000_000L;
        Caller clerk = person("spj.clerk");
        finished.submit(clerk, DecidedElsewhere.shop(DecidedElsewhere.DRUG_RETAIL, "药品零售", "营口线下推送药店", licence,
                issuedAt));
        return queries.ofLicence(clerk, licence).push();
    }

    private DutyView clock(long push, DutyKind kind) {
        return queries.detail(person("spj.clerk"), push).clocks().stream().filter(c -> c.kind() == kind)
                .max(Comparator.comparingLong(DutyView::id)).orElseThrow(() -> new AssertionError("no " + kind + " clock"));
    }

    @Test
    void anAgreedHandOverRunsBothClocksToTheAgreedDate() {
        String receiver = department();
        Caller admin = person("admin");
        channels.configure(admin, receiver, ReceivingKind.OFF_PLATFORM, null, null, null, "传真");
        Caller clerk = person("spj.clerk");
        PushView push = issued(Instant.now().minus(1, ChronoUnit.MINUTES));
        assertThrows(IllegalStateException.class, () -> pushes.push(clerk, push.id(), receiver),
                "a department off the platform needs the agreement first");

        LocalDate agreed = LocalDate.now(BEIJING).plusDays(3);
        assertThrows(IllegalArgumentException.class, () -> pushes.agreeOffPlatform(clerk, push.id(), receiver, "传真",
                "李科长", LocalDate.now(BEIJING).minusDays(1)), "a date that has passed");
        assertThrows(IllegalArgumentException.class, () -> pushes.agreeOffPlatform(clerk, push.id(), receiver, " ",
                "李科长", agreed));
        assertThrows(AccessDenied.class, () -> pushes.agreeOffPlatform(person("scjg.clerk"), push.id(), receiver, "传真",
                "李科长", agreed), "the bureau records the agreement");
        PushView agreement = pushes.agreeOffPlatform(clerk, push.id(), receiver, "传真", "李科长", agreed);
        Instant due = agreed.plusDays(1).atStartOfDay(BEIJING).toInstant();
        assertEquals(due, agreement.agreedDueAt());
        assertEquals(due, clock(push.id(), DutyKind.PUSH_RESULT).dueAt(), "the push clock runs to the agreed date");
        assertEquals("AGREED", clock(push.id(), DutyKind.PUSH_RESULT).limitKind());

        PushView handed = pushes.push(clerk, push.id(), null);
        assertEquals(PushStatus.PUSHED, handed.status());
        assertEquals("OFF_PLATFORM", handed.handedOverBy());
        assertEquals(receiver, handed.toDepartmentCode());
        assertEquals(DutyStatus.DONE_ON_TIME, clock(push.id(), DutyKind.PUSH_RESULT).status());
        DutyView signing = clock(push.id(), DutyKind.SIGN_FOR_RESULT);
        assertEquals(due, signing.dueAt(), "the signing clock too");
        assertEquals(List.of("push.prepare", "push.agree-off-platform", "push.push"),
                queries.detail(clerk, push.id()).timeline().stream().map(AuditRecord::action).toList());
    }

    @Test
    void theHandOverAndThePaperReceiptAreRecordedAsTheyHappened() {
        String receiver = department();
        channels.configure(person("admin"), receiver, ReceivingKind.OFF_PLATFORM, null, null, null, "现场查阅");
        Caller clerk = person("spj.clerk");
        PushView push = issued(Instant.now().minus(1, ChronoUnit.MINUTES));
        assertThrows(IllegalStateException.class, () -> pushes.handOverOffPlatform(clerk, push.id(), Instant.now()),
                "nothing agreed yet");
        Instant beforeAgreement = Instant.now().minus(2, ChronoUnit.MINUTES);
        pushes.agreeOffPlatform(clerk, push.id(), receiver, "现场查阅", "王科长", LocalDate.now(BEIJING).plusDays(2));
        Instant handedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        assertThrows(IllegalArgumentException.class, () -> pushes.handOverOffPlatform(clerk, push.id(), beforeAgreement),
                "not before the agreement");
        assertThrows(IllegalArgumentException.class, () -> pushes.handOverOffPlatform(clerk, push.id(),
                Instant.now().plus(1, ChronoUnit.HOURS)), "not in the future");
        assertThrows(RecordNotFound.class, () -> pushes.handOverOffPlatform(person("scjg.clerk"), push.id(), handedAt),
                "agreed with another department, the push is not the market bureau's to see");
        assertEquals(PushStatus.PENDING, queries.detail(clerk, push.id()).push().status(), "nothing changed");

        assertTrue(queries.detail(clerk, push.id()).mayArrangeOffPlatform(), "the push page offers the bureau the hand-over");
        assertFalse(queries.detail(clerk, push.id()).mayRecordReceipt(), "no receipt before the hand-over");
        PushView handed = pushes.handOverOffPlatform(clerk, push.id(), handedAt);
        assertFalse(queries.detail(clerk, push.id()).mayArrangeOffPlatform(), "handed over: nothing left to arrange");
        assertTrue(queries.detail(clerk, push.id()).mayRecordReceipt(), "the bureau may enter the paper receipt");
        assertFalse(queries.detail(person("ysj.oversight"), push.id()).mayRecordReceipt(), "oversight reads, enters nothing");
        assertEquals(handedAt, handed.pushedAt());
        assertEquals(handedAt, clock(push.id(), DutyKind.PUSH_RESULT).completedAt(), "judged by when it happened");
        assertEquals(handedAt, clock(push.id(), DutyKind.SIGN_FOR_RESULT).triggeredAt());

        assertThrows(IllegalArgumentException.class, () -> pushes.recordOffPlatformReceipt(clerk, push.id(), " ", handedAt));
        assertThrows(IllegalArgumentException.class, () -> pushes.recordOffPlatformReceipt(clerk, push.id(), "王科长",
                handedAt.minus(2, ChronoUnit.MINUTES)), "not before the hand-over");
        assertThrows(RecordNotFound.class, () -> pushes.recordOffPlatformReceipt(person("scjg.clerk"), push.id(), "王科长",
                handedAt), "neither the bureau nor the receiving department: to it the push does not exist");
        assertEquals(PushStatus.PUSHED, queries.detail(clerk, push.id()).push().status(), "nothing changed");

        Instant signedAt = handedAt.plusMillis(1);
        PushView signed = pushes.recordOffPlatformReceipt(clerk, push.id(), "王科长", signedAt);
        assertEquals(PushStatus.SIGNED, signed.status());
        assertEquals("王科长", signed.signedBy());
        assertEquals("spj.clerk", signed.receiptRecordedBy());
        assertEquals(signedAt, signed.signedAt());
        DutyView signing = clock(push.id(), DutyKind.SIGN_FOR_RESULT);
        assertEquals(DutyStatus.DONE_ON_TIME, signing.status());
        assertEquals(signedAt, signing.completedAt());
        DutyView supervision = clock(push.id(), DutyKind.START_SUPERVISION);
        assertEquals(signedAt, supervision.triggeredAt(), "supervision runs from the signing");
        assertEquals(receiver, queries.detail(clerk, push.id()).push().toDepartmentCode());
        assertThrows(IllegalStateException.class, () -> pushes.recordOffPlatformReceipt(clerk, push.id(), "王科长", signedAt),
                "signed once");
        assertFalse(queries.detail(clerk, push.id()).mayRecordReceipt(), "and no longer offered");
        List<AuditRecord> timeline = queries.detail(clerk, push.id()).timeline();
        assertTrue(timeline.stream().anyMatch(r -> r.action().equals("push.sign-off-platform") && r.detail().contains("王科长")
                && r.actor().equals("spj.clerk")), timeline.toString());
    }

    @Test
    void aPushOnThePlatformIsSignedOnThePlatform() {
        Caller clerk = person("spj.clerk");
        PushView push = issued(Instant.now().minus(1, ChronoUnit.MINUTES));
        assertThrows(IllegalStateException.class, () -> pushes.handOverOffPlatform(clerk, push.id(), Instant.now()));
        pushes.push(clerk, push.id(), null);
        assertThrows(IllegalStateException.class, () -> pushes.recordOffPlatformReceipt(clerk, push.id(), "王科长",
                Instant.now()));
        assertEquals(PushStatus.PUSHED, queries.detail(clerk, push.id()).push().status());
    }

    @Test
    void aLatePushCannotBeExcusedByAnAgreement() {
        PushView push = issued(Instant.parse("2026-11-10T01:00:00Z"));
        assertThrows(IllegalStateException.class, () -> pushes.agreeOffPlatform(person("spj.clerk"), push.id(), null,
                "现场查阅", "李科长", LocalDate.now(BEIJING).plusDays(2)));
        assertFalse(queries.detail(person("spj.clerk"), push.id()).push().agreedDueAt() != null);
    }

    @Test
    void channelsAreValidatedAndAuditedWithoutTheSecret() {
        String receiver = department();
        Caller admin = person("admin");
        assertThrows(IllegalArgumentException.class, () -> channels.configure(admin, receiver, ReceivingKind.INDUSTRY_SYSTEM,
                "ftp://hy.example/receiver", "sgpt", "secret-0123456789abc", null), "http(s) only");
        assertThrows(IllegalArgumentException.class, () -> channels.configure(admin, receiver, ReceivingKind.INDUSTRY_SYSTEM,
                "https://hy.example/receiver", "sgpt", "short", null), "a guessable secret");
        assertThrows(IllegalArgumentException.class, () -> channels.configure(admin, receiver, ReceivingKind.INDUSTRY_SYSTEM,
                "https://hy.example/receiver", "sgpt", null, null), "no secret at all");
        assertThrows(IllegalArgumentException.class, () -> channels.configure(admin, "210800-XZSP",
                ReceivingKind.PLATFORM_INBOX, null, null, null, null), "the approval bureau receives nothing");
        assertThrows(AccessDenied.class, () -> channels.configure(person("spj.clerk"), receiver,
                ReceivingKind.PLATFORM_INBOX, null, null, null, null));
        assertEquals(ReceivingKind.PLATFORM_INBOX, channels.view(admin, receiver).kind(), "nothing changed");

        var set = channels.configure(admin, receiver, ReceivingKind.INDUSTRY_SYSTEM, "https://hy.example/receiver",
                "sgpt", "secret-0123456789abc", null);
        assertTrue(set.secretSet());
        var moved = channels.configure(admin, receiver, ReceivingKind.INDUSTRY_SYSTEM, "https://hy2.example/receiver",
                "sgpt", "", null);
        assertTrue(moved.secretSet(), "a blank secret keeps the stored one");
        List<AuditRecord> history = administration.departmentHistory(admin, receiver);
        assertTrue(history.stream().anyMatch(r -> r.action().equals("department.receiving-channel")
                && r.detail().contains("hy2.example")), history.toString());
        assertTrue(history.stream().noneMatch(r -> r.detail() != null && r.detail().contains("secret-0123456789abc")),
                "the secret is never written to the audit trail");
    }
}
