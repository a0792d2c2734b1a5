package cn.gov.yingkou.sgpt.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditEvidence;
import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.audit.control.AuditSealer;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.duty.boundary.OpenDuty;
import cn.gov.yingkou.sgpt.exchange.boundary.PushFilter;
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
import cn.gov.yingkou.sgpt.shared.RecordNotFound;

/**
 * The hand-over of Art 17 on the real database: a result issued on 10 November 2026 and pushed today is a
 * late push; the market-supervision bureau signs (supervision clock opens) or sends a misrouted one back; an
 * item without an automatic push list waits for the clerk.
 */
@ExtendWith(ArquillianExtension.class)
class PushIT {

    private static final String FOOD = DecidedElsewhere.FOOD_SALES;
    private static final String DRUGS = DecidedElsewhere.DRUG_RETAIL;

    @EJB
    FinishedResults finished;

    @EJB
    Pushes pushes;

    @EJB
    PushQueries queries;

    @EJB
    AuditSealer sealer;

    @Resource(lookup = "java:jboss/datasources/SgptDS")
    DataSource dataSource;

    @EJB
    AccountDirectory directory;

    @EJB
    DutyService duties;

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentsForTests.withTests(PushIT.class);
    }

    private Caller person(String username) {
        return directory.caller(username, Channel.PORTAL, "127.0.0.1").orElseThrow();
    }

    /** A result decided on the provincial platform, issued on 10 November 2026. */
    private String issued(String item) {
        String licence = "PX" + item.substring(6, 9) + System.nanoTime() % 100_000_000L;
        finished.submit(person("spj.clerk"), DecidedElsewhere.shop(item, "预包装食品销售", "营口推送测试店", licence,
                Instant.parse("2026-11-10T01:00:00Z")));
        return licence;
    }

    private PushView inboxPush(Caller caller, String licence) {
        return queries.inbox(caller, caller.department(), EnumSet.allOf(PushStatus.class), licence, false, 0, 10).rows().stream()
                .findFirst().orElseThrow(() -> new AssertionError(
                        "no push of " + licence + " in the inbox of " + caller.username()));
    }

    private DutyView clock(long push, DutyKind kind) {
        return queries.detail(person("spj.clerk"), push).clocks().stream().filter(c -> c.kind() == kind)
                .max(Comparator.comparingLong(DutyView::id)).orElseThrow(() -> new AssertionError("no " + kind + " clock"));
    }

    @Test
    void anAutomaticPushIsLateWhenTheResultCameLateAndSigningOpensSupervision() {
        String licence = issued(FOOD);
        Caller market = person("scjg.clerk");
        PushView pushed = inboxPush(market, licence);
        assertEquals(PushStatus.PUSHED, pushed.status());
        assertEquals("210800-SCJG", pushed.toDepartmentCode());
        assertTrue(pushed.payload().contains("\"applicantName\":\"营口推送测试店\"") && pushed.payload().contains("\"licenceNumber\""),
                pushed.payload());
        // Issued on Tuesday 10 November: the push was due by the end of Thursday 12 November.
        DutyView push = clock(pushed.id(), DutyKind.PUSH_RESULT);
        assertEquals(LocalDate.of(2026, 11, 12), push.lastDay());
        assertEquals(DutyStatus.DONE_LATE, push.status());
        assertEquals(DutyStatus.OPEN, clock(pushed.id(), DutyKind.SIGN_FOR_RESULT).status());

        assertThrows(AccessDenied.class, () -> pushes.sign(person("spj.clerk"), pushed.id()), "the bureau does not sign");
        PushView signed = pushes.sign(market, pushed.id());
        assertEquals(PushStatus.SIGNED, signed.status());
        assertEquals(DutyStatus.DONE_ON_TIME, clock(pushed.id(), DutyKind.SIGN_FOR_RESULT).status());
        assertEquals(DutyStatus.OPEN, clock(pushed.id(), DutyKind.START_SUPERVISION).status());
        assertThrows(IllegalStateException.class, () -> pushes.giveBack(market, pushed.id(), "签收后不能退回"));
        assertEquals(List.of("push.prepare", "push.push", "push.sign"), queries.detail(market, pushed.id()).timeline()
                .stream().map(AuditRecord::action).toList());
    }

    @Test
    void theProofShowsEachStepWithItsPlaceInTheSealedChainAndAChangedOne() throws SQLException {
        String licence = issued(FOOD);
        Caller market = person("scjg.clerk");
        PushView pushed = inboxPush(market, licence);
        pushes.sign(market, pushed.id());
        sealer.sealNow();

        PushQueries.Proof proof = queries.proof(person("spj.clerk"), pushed.id());
        assertEquals(licence, proof.push().licenceNumber());
        assertEquals(List.of("push.prepare", "push.push", "push.sign"), proof.steps().stream()
                .map(step -> step.entry().action()).toList(), "the bureau proves when it pushed, the department when it signed");
        assertTrue(proof.steps().stream().allMatch(step -> step.sealed() && step.intact() && step.entryHash().length() == 64),
                proof.toString());
        assertTrue(proof.steps().get(1).chainSeq() < proof.steps().get(2).chainSeq(), "in the chain's order");
        assertEquals(3, queries.proof(market, pushed.id()).steps().size(), "the department reads it too");
        assertEquals(3, queries.proof(person("ysj.oversight"), pushed.id()).steps().size(), "and oversight");
        assertThrows(RecordNotFound.class, () -> queries.proof(person("ysj.clerk"), pushed.id()),
                "nobody else: to others the push does not exist");

        long signSeq = proof.steps().get(2).chainSeq();
        try (Connection db = dataSource.getConnection(); PreparedStatement edit = db.prepareStatement(
                "update audit_entry set actor = ? where chain_seq = ?")) {
            edit.setString(1, "someone-else");
            edit.setLong(2, signSeq);
            edit.executeUpdate();
            try {
                AuditEvidence changed = queries.proof(market, pushed.id()).steps().get(2);
                assertFalse(changed.intact(), "an entry changed after sealing no longer matches its seal");
            } finally {
                edit.setString(1, "scjg.clerk");
                edit.executeUpdate();
            }
        }
        assertTrue(queries.proof(market, pushed.id()).steps().get(2).intact(), "put back, it matches again");
    }

    @Test
    void aReceiptAfterTheSigningClockRanOutIsLateByTheRealCalendar() {
        String licence = issued(FOOD);
        Caller market = person("scjg.clerk");
        PushView pushed = inboxPush(market, licence);
        // As if it had been pushed on Wednesday 30 September 2026: its signing clock is the one the platform opens
        // at a push, started then. The National Day holidays (1–7 October) do not count.
        Actor test = Actor.system("test");
        duties.cancel(clock(pushed.id(), DutyKind.SIGN_FOR_RESULT).id(), "pushed on 30 September in this test", test);
        duties.open(new OpenDuty(DutyKind.SIGN_FOR_RESULT, "push", Long.toString(pushed.id()), "210800-SCJG",
                Instant.parse("2026-09-30T01:00:00Z"), new DutyLimit.WorkingDays(2)), test);
        assertEquals(LocalDate.of(2026, 10, 9), clock(pushed.id(), DutyKind.SIGN_FOR_RESULT).lastDay());

        pushes.sign(market, pushed.id());
        assertEquals(DutyStatus.DONE_LATE, clock(pushed.id(), DutyKind.SIGN_FOR_RESULT).status(),
                "signed in November for a push due to be signed by 9 October");
        assertEquals(DutyStatus.OPEN, clock(pushed.id(), DutyKind.START_SUPERVISION).status());
    }

    @Test
    void onlyTheTwoSidesMayHurryOrStopADeliveryAndOnlyOneThatWaits() {
        String licence = issued(FOOD);
        PushView pushed = inboxPush(person("scjg.clerk"), licence);
        assertThrows(RecordNotFound.class, () -> pushes.retryDeliveryNow(person("ysj.clerk"), pushed.id()),
                "a third department may not: to it the push does not exist");
        assertThrows(IllegalStateException.class, () -> pushes.retryDeliveryNow(person("spj.clerk"), pushed.id()),
                "a push to the platform inbox has no delivery to hurry");
        assertThrows(IllegalStateException.class, () -> pushes.retryDeliveryNow(person("scjg.clerk"), pushed.id()));
        assertThrows(IllegalArgumentException.class, () -> pushes.retryDeliveryNow(person("spj.clerk"), -1));
        assertThrows(RecordNotFound.class, () -> pushes.withdrawDelivery(person("ysj.clerk"), pushed.id(), "无法处理"));
        assertThrows(IllegalArgumentException.class, () -> pushes.withdrawDelivery(person("spj.clerk"), pushed.id(), " "),
                "a reason is required");
        assertThrows(IllegalStateException.class, () -> pushes.withdrawDelivery(person("spj.clerk"), pushed.id(), "无法处理"),
                "nothing waits to be stopped");

        assertTrue(queries.detail(person("spj.clerk"), pushed.id()).mayManageDelivery(), "the push page offers it to the bureau");
        assertTrue(queries.detail(person("scjg.clerk"), pushed.id()).mayManageDelivery(), "and to the receiver");
        assertFalse(queries.detail(person("ysj.oversight"), pushed.id()).mayManageDelivery(),
                "oversight reads the push but is not offered what it may not do");
    }

    @Test
    void aMisroutedPushGoesBackAndIsRoutedAgain() {
        String licence = issued(FOOD);
        Caller market = person("scjg.clerk");
        Caller clerk = person("spj.clerk");
        PushView pushed = inboxPush(market, licence);
        PushView returned = pushes.giveBack(market, pushed.id(), "该证照应由住建部门监管");
        assertEquals(PushStatus.RETURNED, returned.status());
        DutyView again = clock(pushed.id(), DutyKind.PUSH_RESULT);
        assertEquals(DutyStatus.OPEN, again.status(), "the bureau must route it again");
        assertEquals(List.of("该证照应由住建部门监管"), queries.returned(person("ysj.oversight"), licence, 0, 10).rows().stream()
                .map(PushView::returnReason).toList(), "oversight sees what was sent back and why");
        assertThrows(AccessDenied.class, () -> queries.returned(clerk, licence, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> queries.returned(person("ysj.oversight"),
                new PushFilter(licence, "91350100M000100Y43", null, null, null), null, 0, 10),
                "oversight reads results masked: no filtering by an identifier it may not read");
        assertThrows(IllegalArgumentException.class, () -> pushes.push(clerk, pushed.id(), "210800-XZSP"),
                "only to a competent department");
        PushView rerouted = pushes.push(clerk, pushed.id(), "210800-ZJJ");
        assertEquals("210800-ZJJ", rerouted.toDepartmentCode());
        assertEquals(0, queries.inbox(market, market.department(), EnumSet.allOf(PushStatus.class), licence, false, 0, 10).total(),
                "no longer in the market bureau's inbox");

        assertEquals(Map.of(pushed.id(), licence), queries.licenceNumbers(clerk, clerk.department(), List.of(pushed.id(), -1L)),
                "the duty list names the bureau's push by its licence");
        assertEquals(Map.of(), queries.licenceNumbers(market, market.department(), List.of(pushed.id())),
                "nor the licence of a push no longer the market bureau's");
        assertThrows(AccessDenied.class, () -> queries.licenceNumbers(person("ysj.clerk"), clerk.department(),
                List.of(pushed.id())), "another department's duty list is not for it");
        assertEquals(Map.of(pushed.id(), licence), queries.licenceNumbers(person("ysj.oversight"), List.of(pushed.id(), -1L)),
                "the duty monitor names any department's push by its licence");
        assertThrows(AccessDenied.class, () -> queries.licenceNumbers(clerk, List.of(pushed.id())),
                "a department reads only its own pushes' numbers");
    }

    @Test
    void withoutAnAutomaticPushListTheClerkPushes() {
        String licence = issued(DRUGS);
        Caller clerk = person("spj.clerk");
        PushView waiting = queries.outbox(clerk, clerk.department(), EnumSet.of(PushStatus.PENDING), licence, false, 0, 500).rows().stream()
                .filter(p -> p.licenceNumber().equals(licence)).findFirst().orElseThrow();
        assertTrue(waiting.payload().contains("\"decision\":\"GRANTED\""), waiting.payload());
        assertFalse(waiting.payload().contains("licenceNumber"), "only the fields of the push list: " + waiting.payload());
        assertThrows(AccessDenied.class, () -> pushes.push(person("scjg.clerk"), waiting.id(), null));
        PushView pushed = pushes.pushAll(clerk, List.of(waiting.id())).get(0);
        assertEquals(PushStatus.PUSHED, pushed.status());
        assertEquals("210800-SCJG", pushed.toDepartmentCode());
    }
}
