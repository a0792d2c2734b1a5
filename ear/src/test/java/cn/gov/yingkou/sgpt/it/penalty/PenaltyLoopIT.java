package cn.gov.yingkou.sgpt.it.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.exchange.boundary.PushFilter;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.PushStatus;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.it.support.DecidedElsewhere;
import cn.gov.yingkou.sgpt.it.support.DeploymentsForTests;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResults;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionKind;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionRequest;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionView;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActions;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceRegister;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceStatus;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.penalty.boundary.LicenceMeasure;
import cn.gov.yingkou.sgpt.penalty.boundary.NewPenaltyDecision;
import cn.gov.yingkou.sgpt.penalty.boundary.Penalties;
import cn.gov.yingkou.sgpt.penalty.boundary.Recorded;
import cn.gov.yingkou.sgpt.shared.FieldProblem;
import cn.gov.yingkou.sgpt.shared.InvalidFields;
import cn.gov.yingkou.sgpt.shared.MessageIdReused;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;

/**
 * The penalty loop of Art 19 on the real database and calendar: a decision of the market-supervision bureau on the last
 * working day before the 2026 National Day holidays, reported in December, is a late hand-over (due at the end of
 * 9 October); the approval bureau signs for it and revokes the licence, which the register and the licence-changes feed
 * show at once, and its action goes back to the department, which signs for it.
 */
@ExtendWith(ArquillianExtension.class)
class PenaltyLoopIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 30);

    @EJB
    FinishedResults finished;

    @EJB
    Penalties penalties;

    @EJB
    Pushes pushes;

    @EJB
    PushQueries queries;

    @EJB
    LicenceActions actions;

    @EJB
    LicenceRegister register;

    @EJB
    AccountDirectory directory;

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentsForTests.withTests(PenaltyLoopIT.class);
    }

    private Caller person(String username) {
        return directory.caller(username, Channel.PORTAL, "127.0.0.1").orElseThrow();
    }

    /** A food shop's licence issued by the city's approval bureau on 1 September 2026, its result signed for by SCJG. */
    private String licence() {
        String number = "PN" + System.nanoTime() % 1_000_000_000L;
        finished.submit(person("spj.clerk"), DecidedElsewhere.shop(DecidedElsewhere.FOOD_SALES, "预包装食品销售",
                "营口处罚测试店", number, Instant.parse("2026-09-01T01:00:00Z")));
        return number;
    }

    private static NewPenaltyDecision decision(String messageId, String number, LocalDate on, String licence,
            LicenceMeasure measure) {
        return new NewPenaltyDecision(messageId, number, on, licence, "超范围经营散装食品", "《中华人民共和国食品安全法》第一百二十二条",
                "没收违法所得并处罚款五万元", measure, measure == LicenceMeasure.SUSPEND ? on.plusDays(30) : null);
    }

    private DutyView clock(Caller caller, long handover, DutyKind kind) {
        return queries.detail(caller, handover).clocks().stream().filter(c -> c.kind() == kind)
                .max(Comparator.comparingLong(DutyView::id)).orElseThrow(() -> new AssertionError("no " + kind + " clock"));
    }

    private static LicenceActionRequest action(LicenceActionKind kind, String document, Long answers) {
        return new LicenceActionRequest(kind, document, LocalDate.now(BEIJING), "依据处罚决定撤销许可", "《中华人民共和国行政许可法》第六十九条",
                null, null, null, null, answers, null);
    }

    @Test
    void aDecisionBeforeNationalDayReportedLateIsRevokedAndTheActionGoesBack() {
        String licence = licence();
        Caller market = person("scjg.clerk");
        Caller bureau = person("spj.clerk");
        String number = "营市监罚〔2026〕" + System.nanoTime() % 100_000 + "号";
        Recorded recorded = penalties.record(market, decision("pen-" + number.hashCode() + "-" + System.nanoTime(), number,
                BEFORE_NATIONAL_DAY, licence, LicenceMeasure.REVOKE), true);
        assertFalse(recorded.repeated());
        assertEquals("210800-XZSP", recorded.decision().bureauCode());

        PushView handed = queries.detail(bureau, recorded.decision().handoverId()).push();
        assertEquals(DocumentKind.PENALTY, handed.kind());
        assertEquals(PushStatus.PUSHED, handed.status());
        assertEquals("210800-SCJG", handed.fromDepartmentCode());
        assertEquals("210800-XZSP", handed.toDepartmentCode());
        assertTrue(handed.payload().contains("\"measure\":\"REVOKE\""), handed.payload());
        // Decided on Wednesday 30 September; 1–7 October are holidays, so the two working days are 8 and 9 October.
        DutyView push = clock(market, handed.id(), DutyKind.PUSH_PENALTY_INFO);
        assertEquals(LocalDate.of(2026, 10, 9), push.lastDay());
        assertEquals(DutyStatus.DONE_LATE, push.status());
        assertEquals(DutyStatus.OPEN, clock(bureau, handed.id(), DutyKind.SIGN_FOR_PENALTY).status());

        PushFilter penaltiesOnly = new PushFilter(licence, null, null, null, null, DocumentKind.PENALTY);
        assertEquals(List.of(handed.id()), queries.inbox(bureau, bureau.department(), EnumSet.of(PushStatus.PUSHED),
                penaltiesOnly, false, null, 0, 10).rows().stream().map(PushView::id).toList());
        assertTrue(queries.inbox(bureau, bureau.department(), EnumSet.allOf(PushStatus.class), PushFilter.licence(licence),
                false, null, 0, 10).rows().isEmpty(), "the bureau's inbox of results holds no penalty");

        assertThrows(IllegalStateException.class, () -> actions.act(bureau, licence, action(LicenceActionKind.REVOKE,
                "营审批撤〔2026〕" + System.nanoTime() % 100_000 + "号", handed.id())), "acting before signing for it");
        assertThrows(AccessDenied.class, () -> pushes.sign(market, handed.id()), "the department does not sign its own");
        pushes.sign(bureau, handed.id());
        assertEquals(DutyStatus.DONE_ON_TIME, clock(bureau, handed.id(), DutyKind.SIGN_FOR_PENALTY).status());

        Instant before = Instant.now().minusSeconds(1);
        String document = "营审批撤〔2026〕" + System.nanoTime() % 100_000 + "号";
        assertThrows(RecordNotFound.class, () -> actions.act(person("gz.spj.clerk"), licence,
                action(LicenceActionKind.REVOKE, document, handed.id())), "another unit's bureau does not see it");
        LicenceActionView revoked = actions.act(bureau, licence, action(LicenceActionKind.REVOKE, document, handed.id()))
                .action();
        assertEquals(LicenceStatus.VALID, revoked.statusBefore());
        assertEquals(LicenceStatus.REVOKED, revoked.statusAfter());
        assertEquals(LicenceStatus.REVOKED, register.byNumber(bureau, licence).status());
        assertTrue(register.changedSince(bureau, before).licences().stream()
                .anyMatch(l -> l.number().equals(licence) && l.status() == LicenceStatus.REVOKED), "the feed shows it");
        assertThrows(IllegalStateException.class, () -> actions.act(bureau, licence, action(LicenceActionKind.REVOKE,
                document + "2", null)), "a revoked licence is not revoked again");

        PushView back = queries.inbox(market, market.department(), EnumSet.of(PushStatus.PUSHED),
                new PushFilter(licence, null, null, null, null, DocumentKind.LICENCE_ACTION), false, null, 0, 10).rows()
                .stream().findFirst().orElseThrow(() -> new AssertionError("the action did not reach the department"));
        assertEquals(document, back.documentNumber());
        assertEquals(handed.id(), back.answers());
        assertTrue(back.payload().contains("\"statusAfter\":\"REVOKED\""), back.payload());
        assertEquals(DutyStatus.DONE_ON_TIME, clock(bureau, back.id(), DutyKind.PUSH_LICENCE_ACTION_BACK).status());
        pushes.sign(market, back.id());
        assertEquals(DutyStatus.DONE_ON_TIME, clock(market, back.id(), DutyKind.SIGN_FOR_LICENCE_ACTION).status());
        assertEquals(List.of(LicenceActionKind.REVOKE), actions.history(market, licence).stream()
                .map(LicenceActionView::kind).toList());
    }

    @Test
    void badDecisionsAreRefusedWithTheirFieldsAndChangeNothing() {
        String licence = licence();
        Caller market = person("scjg.clerk");
        InvalidFields missing = assertThrows(InvalidFields.class, () -> penalties.record(market, new NewPenaltyDecision(
                null, " ", LocalDate.now(BEIJING).plusDays(3), licence, " ", null, "罚款", null, null), true));
        Set<String> fields = missing.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
        assertEquals(Set.of("decisionNumber", "decidedOn", "facts", "legalBasis", "measure"), fields);
        assertThrows(RecordNotFound.class, () -> penalties.record(market, decision(null, "营市监罚〔2026〕1号",
                BEFORE_NATIONAL_DAY, "NO-SUCH-LICENCE", LicenceMeasure.REVOKE), true));
        assertThrows(RecordNotFound.class, () -> penalties.record(person("zq.scjg.clerk"), decision(null,
                "站前市监罚〔2026〕1号", BEFORE_NATIONAL_DAY, licence, LicenceMeasure.REVOKE), true), "a licence of another unit");
        assertThrows(AccessDenied.class, () -> penalties.record(person("spj.clerk"), decision(null, "营审批〔2026〕1号",
                BEFORE_NATIONAL_DAY, licence, LicenceMeasure.REVOKE), true), "the bureau does not report penalties");

        String messageId = "pen-repeat-" + System.nanoTime();
        Recorded first = penalties.record(market, decision(messageId, "营市监罚〔2026〕77号", BEFORE_NATIONAL_DAY, licence,
                LicenceMeasure.SUSPEND), false);
        Recorded again = penalties.record(market, decision(messageId, "营市监罚〔2026〕77号", BEFORE_NATIONAL_DAY, licence,
                LicenceMeasure.SUSPEND), false);
        assertTrue(again.repeated());
        assertEquals(first.decision().handoverId(), again.decision().handoverId());
        assertThrows(MessageIdReused.class, () -> penalties.record(market, decision(messageId, "营市监罚〔2026〕78号",
                BEFORE_NATIONAL_DAY, licence, LicenceMeasure.SUSPEND), false));
        assertThrows(IllegalStateException.class, () -> penalties.record(market, decision(null, "营市监罚〔2026〕77号",
                BEFORE_NATIONAL_DAY, licence, LicenceMeasure.SUSPEND), false), "the same decision twice");
        PushView pending = queries.detail(market, first.decision().handoverId()).push();
        assertEquals(PushStatus.PENDING, pending.status(), "not handed over at once: waits in the department's outbox");
        DutyView waiting = clock(market, pending.id(), DutyKind.PUSH_PENALTY_INFO);
        assertEquals(LocalDate.of(2026, 10, 9), waiting.lastDay());
        assertTrue(waiting.status().pending(), "the department's clock runs (and has run out) until it hands it over");

        PushView withdrawn = pushes.withdraw(market, pending.id(), "决定已撤销重作");
        assertEquals(PushStatus.WITHDRAWN, withdrawn.status());
        assertEquals(DutyStatus.CANCELLED, clock(market, pending.id(), DutyKind.PUSH_PENALTY_INFO).status());
    }

    @Test
    void theBureauActsOnItsOwnInitiativeAndTheSupervisorHearsOfIt() {
        String licence = licence();
        Caller bureau = person("spj.clerk");
        Caller market = person("scjg.clerk");
        LocalDate today = LocalDate.now(BEIJING);
        LicenceActionView changed = actions.act(bureau, licence, new LicenceActionRequest(LicenceActionKind.CHANGE,
                "营审批变〔2026〕" + System.nanoTime() % 100_000 + "号", today, "持证人申请变更经营范围", null,
                "预包装食品销售；散装食品销售", null, null, null, null, null)).action();
        assertEquals(LicenceStatus.VALID, changed.statusAfter());
        assertTrue(changed.after().contains("散装食品销售"), changed.after());
        assertEquals("预包装食品销售；散装食品销售", register.byNumber(bureau, licence).scope());

        InvalidFields unchanged = assertThrows(InvalidFields.class, () -> actions.act(bureau, licence,
                new LicenceActionRequest(LicenceActionKind.SUSPEND, "营审批暂〔2026〕1号", today.plusDays(1), " ", null,
                        null, null, null, null, null, null)));
        assertEquals(Set.of("decidedOn", "reason", "legalBasis", "suspendedUntil"), unchanged.problems().stream()
                .map(FieldProblem::field).collect(Collectors.toSet()));

        actions.act(bureau, licence, new LicenceActionRequest(LicenceActionKind.SUSPEND, "营审批暂〔2026〕"
                + System.nanoTime() % 100_000 + "号", today, "暂扣许可证件三十日", "《中华人民共和国行政处罚法》第九条", null, null,
                null, today.plusDays(30), null, null));
        assertEquals(LicenceStatus.SUSPENDED, register.byNumber(bureau, licence).status());
        assertEquals(today.plusDays(30), register.byNumber(bureau, licence).suspendedUntil());
        assertThrows(IllegalStateException.class, () -> actions.act(bureau, licence, new LicenceActionRequest(
                LicenceActionKind.CHANGE, "营审批变〔2026〕x号", today, "暂扣期间不能变更", null, "别的范围", null, null, null,
                null, null)));
        actions.act(bureau, licence, new LicenceActionRequest(LicenceActionKind.CANCEL, "营审批注〔2026〕"
                + System.nanoTime() % 100_000 + "号", today, "持证人申请注销", "《中华人民共和国行政许可法》第七十条", null, null,
                null, null, null, null));
        assertEquals(LicenceStatus.CANCELLED, register.byNumber(bureau, licence).status());

        List<PushView> heard = queries.inbox(market, market.department(), EnumSet.of(PushStatus.PUSHED),
                new PushFilter(licence, null, null, null, null, DocumentKind.LICENCE_ACTION), false, null, 0, 10).rows();
        assertEquals(3, heard.size(), "change, suspension and cancellation each went to the supervisor");
    }
}
