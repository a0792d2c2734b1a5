package cn.gov.yingkou.sgpt.it.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
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
import cn.gov.yingkou.sgpt.exchange.control.HandoverRules;
import cn.gov.yingkou.sgpt.it.support.DecidedElsewhere;
import cn.gov.yingkou.sgpt.it.support.DeploymentsForTests;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResults;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.penalty.boundary.LicenceMeasure;
import cn.gov.yingkou.sgpt.penalty.boundary.NewPenaltyDecision;
import cn.gov.yingkou.sgpt.penalty.boundary.Penalties;
import cn.gov.yingkou.sgpt.shared.InvalidFields;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.FieldProblem;
import cn.gov.yingkou.sgpt.shared.MessageIdReused;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.transfer.boundary.CaseOutcome;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceAltered;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceDownload;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceRefused;
import cn.gov.yingkou.sgpt.transfer.boundary.NewTransfer;
import cn.gov.yingkou.sgpt.transfer.boundary.ReceivedEvidence;
import cn.gov.yingkou.sgpt.transfer.boundary.Sent;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferStatus;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferView;
import cn.gov.yingkou.sgpt.transfer.boundary.Transfers;
import cn.gov.yingkou.sgpt.transfer.control.EvidenceStorage;
import cn.gov.yingkou.sgpt.transfer.control.EvidenceSweep;

/**
 * Art 20 on the real database and evidence store: the city's market bureau transfers a violation with its evidence to
 * the Zhanqian district's market bureau (a city bureau to a county's), which decides on it within its 5-working-day
 * clock; a transfer returned as not the receiver's is sent on; the evidence comes back only while its digest holds.
 */
@ExtendWith(ArquillianExtension.class)
class TransferLoopIT {

    private static final String PERSON_ID = "11010519491231002X";
    private static final String ORGANISATION_ID = "91350100M000100Y43";

    @EJB
    Transfers transfers;

    @EJB
    AccountDirectory directory;

    @EJB
    DutyService duties;

    @EJB
    EvidenceStorage storage;

    @EJB
    Pushes pushes;

    @EJB
    EvidenceSweep sweep;

    @EJB
    FinishedResults finished;

    @EJB
    Penalties penalties;

    @EJB
    PushQueries queries;

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentsForTests.withTests(TransferLoopIT.class);
    }

    private Caller person(String username) {
        return directory.caller(username, Channel.PORTAL, "127.0.0.1").orElseThrow();
    }

    private static NewTransfer found(String to, ApplicantKind kind, String partyId) {
        return new NewTransfer(UUID.randomUUID().toString(), to, "检查中发现当事人无证从事建筑施工", "站前区某工地",
                Beijing.today().minusDays(1), kind, "营口移送测试当事人", partyId, "《建筑法》第七条", null, null);
    }

    private ReceivedEvidence file(Caller sender, String name, String content) {
        return transfers.receive(sender, name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private DutyView clock(TransferView t, DutyKind kind) {
        return duties.about("push", Long.toString(t.handoverId())).stream().filter(d -> d.kind() == kind)
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no " + kind + " clock"));
    }

    @Test
    void aTransferWithItsEvidenceIsDecidedOnByTheReceiverOnItsClockAndReadOnlyByTheTwoSidesAndOversight()
            throws IOException {
        Caller city = person("scjg.clerk");
        Caller district = person("zq.scjg.clerk");
        ReceivedEvidence record = file(city, "C:\\现场\\检查笔录.pdf", "%PDF-1.7\n% 检查笔录\n");
        Sent sent = transfers.send(city, found("210802-SCJG", ApplicantKind.PERSON, PERSON_ID), List.of(record));
        TransferView t = sent.transfer();
        assertFalse(sent.repeated());
        assertEquals(TransferStatus.SENT, t.status());
        assertTrue(t.number().startsWith("YS210800-"), t.number());
        assertEquals("检查笔录.pdf", t.evidence().get(0).fileName(), "the name without the sender's folders");
        assertEquals(record.sha256(), t.evidence().get(0).sha256());
        assertEquals(64, t.evidence().get(0).sm3().length());
        assertEquals(DutyStatus.OPEN, clock(t, DutyKind.DECIDE_ON_TRANSFER).status());
        assertEquals(district.department().id(), clock(t, DutyKind.DECIDE_ON_TRANSFER).departmentId());
        assertEquals(5, clock(t, DutyKind.DECIDE_ON_TRANSFER).limitValue(), "5 working days");

        assertEquals(PERSON_ID, transfers.transfer(district, t.id()).partyId(), "the receiver needs the party in full");
        assertEquals("1101**********002X", transfers.transfer(person("ysj.oversight"), t.id()).partyId());
        assertThrows(RecordNotFound.class, () -> transfers.transfer(person("spj.clerk"), t.id()),
                "a department that is neither side does not see it");
        assertThrows(RecordNotFound.class, () -> transfers.evidence(person("spj.clerk"), t.id(), 1));

        EvidenceDownload download = transfers.evidence(district, t.id(), 1);
        try (InputStream in = download.content()) {
            assertArrayEquals("%PDF-1.7\n% 检查笔录\n".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
        assertEquals("application/pdf", download.mediaType());
        Path stored = storage.store().pathOf(record.sha256());
        byte[] original = Files.readAllBytes(stored);
        try {
            Files.writeString(stored, "%PDF-1.7\n% 被改动的笔录\n");
            assertThrows(EvidenceAltered.class, () -> transfers.evidence(district, t.id(), 1),
                    "a file changed on disk is not served");
        } finally {
            Files.write(stored, original);
        }

        assertThrows(IllegalStateException.class, () -> pushes.sign(district, t.handoverId()),
                "a transfer is decided on, not signed for as a push");
        assertThrows(IllegalStateException.class, () -> pushes.giveBack(district, t.handoverId(), "退回"));
        assertThrows(IllegalStateException.class, () -> pushes.withdraw(city, t.handoverId(), "撤回"));
        assertEquals(TransferStatus.SENT, transfers.transfer(city, t.id()).status(), "none of those changed it");

        TransferView accepted = transfers.accept(district, t.id(), "站市监立字〔2026〕18号");
        assertEquals(TransferStatus.ACCEPTED, accepted.status());
        assertEquals(DutyStatus.DONE_ON_TIME, clock(t, DutyKind.DECIDE_ON_TRANSFER).status());
        assertEquals("站市监立字〔2026〕18号", transfers.transfer(city, t.id()).caseNumber(), "the sender sees it at once");
        assertThrows(IllegalStateException.class, () -> transfers.decline(district, t.id(), "再议"),
                "a decided transfer is not decided again");
        assertThrows(RuntimeException.class, () -> transfers.accept(city, t.id(), "市市监立字〔2026〕1号"),
                "the sender does not decide on its own transfer");

        assertThrows(InvalidFields.class, () -> transfers.close(district, t.id(), new CaseOutcome(" ",
                Beijing.today().plusDays(2), null)), "an outcome and a day not in the future");
        TransferView closed = transfers.close(district, t.id(), new CaseOutcome("责令停止施工，罚款五万元",
                Beijing.today(), "站市监罚〔2026〕9号"));
        assertEquals(TransferStatus.CLOSED, closed.status());
        assertThrows(IllegalStateException.class, () -> transfers.close(district, t.id(), new CaseOutcome("再次办结",
                Beijing.today(), null)), "a case closes once");
        PushView outcome = queries.inbox(city, city.department(), EnumSet.of(PushStatus.PUSHED),
                PushFilter.licence(null).of(DocumentKind.CASE_OUTCOME), false, null, 0, 500).rows().stream()
                .filter(p -> p.documentNumber().startsWith(t.number() + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("the outcome is in the sender's inbox"));
        assertTrue(outcome.payload().contains("责令停止施工") && outcome.payload().contains("站市监罚〔2026〕9号"),
                outcome.payload());
        assertEquals("210802-SCJG", outcome.fromDepartmentCode());
        assertEquals(t.handoverId(), outcome.answers().longValue());
        pushes.sign(city, outcome.id());
    }

    /**
     * The approval bureau, finding while it acts on a licence a violation that is the market bureau's to deal with,
     * transfers it; the market bureau files a case, records its penalty decision on the licence in the penalty loop
     * (Art 19) and closes the case naming it: the case links to that decision. A number the loop does not hold is kept
     * as given, unlinked.
     */
    @Test
    void aClosedCaseLinksThePenaltyDecisionItsHandlerRecordedOnTheLicence() {
        String licence = "TP" + System.nanoTime() % 1_000_000_000L;
        Caller bureau = person("spj.clerk");
        finished.submit(bureau, DecidedElsewhere.shop(DecidedElsewhere.FOOD_SALES, "预包装食品销售", "营口移送处罚测试店",
                licence, Instant.parse("2026-09-01T01:00:00Z")));
        Caller market = person("scjg.clerk");
        NewTransfer onLicence = new NewTransfer(UUID.randomUUID().toString(), "210800-SCJG", "变更经营场所后未申请变更许可",
                "站前区某路", Beijing.today().minusDays(1), ApplicantKind.ORGANISATION, "营口移送处罚测试店",
                ORGANISATION_ID, "《食品经营许可管理办法》第二十七条", licence, null);
        TransferView sent = transfers.send(bureau, onLicence, List.of()).transfer();
        transfers.accept(market, sent.id(), "营市监立〔2026〕" + sent.id() + "号");
        String number = "营市监罚〔2026〕" + sent.id() + "号";
        long recorded = penalties.record(market, new NewPenaltyDecision(UUID.randomUUID().toString(), number,
                Beijing.today(), licence, "变更经营场所后未申请变更许可", "《食品经营许可管理办法》第四十九条", "警告",
                LicenceMeasure.CHANGE, null), true).decision().id();

        TransferView closed = transfers.close(market, sent.id(), new CaseOutcome("警告，责令变更许可", Beijing.today(), number));
        assertEquals(recorded, closed.penaltyDecisionId(), "linked to the penalty loop's record");
        assertEquals(number, closed.penaltyDecisionNumber());

        TransferView other = transfers.send(bureau, new NewTransfer(UUID.randomUUID().toString(), "210800-SCJG",
                onLicence.facts(), onLicence.place(), onLicence.foundOn(), onLicence.partyKind(), onLicence.partyName(),
                onLicence.partyId(), onLicence.provision(), licence, null), List.of()).transfer();
        transfers.accept(market, other.id(), "营市监立〔2026〕" + other.id() + "号");
        TransferView unlinked = transfers.close(market, other.id(), new CaseOutcome("罚款二千元", Beijing.today(),
                "营市监罚〔2026〕" + other.id() + "号"));
        assertNull(unlinked.penaltyDecisionId(), "a fine that does not touch the licence is not in the penalty loop");
    }

    /** Files received for a transfer never sent are deleted by the nightly sweep once old; those a transfer names stay. */
    @Test
    void theSweepDeletesOldEvidenceNoTransferNames() throws IOException {
        Caller city = person("scjg.clerk");
        ReceivedEvidence orphan = file(city, "未寄出.pdf", "%PDF-1.7\n% 未寄出 " + UUID.randomUUID() + "\n");
        ReceivedEvidence named = file(city, "笔录.pdf", "%PDF-1.7\n% 已移送 " + UUID.randomUUID() + "\n");
        transfers.send(city, found("210802-SCJG", ApplicantKind.ORGANISATION, ORGANISATION_ID), List.of(named));
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        Files.setLastModifiedTime(storage.store().pathOf(orphan.sha256()), twoDaysAgo);
        Files.setLastModifiedTime(storage.store().pathOf(named.sha256()), twoDaysAgo);

        assertTrue(sweep.sweep(Instant.now().minus(Duration.ofDays(1))) >= 1);
        assertFalse(Files.exists(storage.store().pathOf(orphan.sha256())), "received, never sent, old: deleted");
        assertTrue(Files.exists(storage.store().pathOf(named.sha256())), "named by a transfer: kept");
    }

    /**
     * A transfer received at 10:00 on Wednesday 30 September 2026, the eve of National Day, opens the receiver's clock as
     * every transfer does (its kind and length from the hand-over rules, as the test above sees on a transfer sent now):
     * 8 October is the first working day after the holiday, Saturday 10 October a make-up working day, so the fifth
     * working day is Tuesday 13 October; the outcome, signed for within 2 working days, would be due on 9 October.
     */
    @Test
    void aTransferReceivedOnTheEveOfNationalDayIsDecidedByTheFifthWorkingDayAfterTheHoliday() {
        Instant eve = Instant.parse("2026-09-30T02:00:00Z");
        Actor clerk = new Actor("zq.scjg.clerk", Channel.PORTAL, "127.0.0.1");
        DutyView decide = duties.open(new OpenDuty(HandoverRules.signDuty(DocumentKind.CASE_TRANSFER), "push",
                "eve-" + UUID.randomUUID(), "210802-SCJG", eve,
                new DutyLimit.WorkingDays(HandoverRules.signDays(DocumentKind.CASE_TRANSFER))), clerk);
        assertEquals(DutyKind.DECIDE_ON_TRANSFER, decide.kind());
        assertEquals(LocalDate.of(2026, 10, 13), decide.lastDay());
        assertEquals(Instant.parse("2026-10-13T16:00:00Z"), decide.dueAt(), "the end of that day in Beijing");
        DutyView signOutcome = duties.open(new OpenDuty(HandoverRules.signDuty(DocumentKind.CASE_OUTCOME), "push",
                "eve-" + UUID.randomUUID(), "210800-SCJG", eve,
                new DutyLimit.WorkingDays(HandoverRules.signDays(DocumentKind.CASE_OUTCOME))), clerk);
        assertEquals(DutyKind.SIGN_FOR_CASE_OUTCOME, signOutcome.kind());
        assertEquals(LocalDate.of(2026, 10, 9), signOutcome.lastDay());
    }

    @Test
    void aTransferReturnedAsNotTheReceiversIsSentOnOrWithdrawn() {
        Caller city = person("scjg.clerk");
        Caller district = person("zq.scjg.clerk");
        TransferView t = transfers.send(city, found("210802-SCJG", ApplicantKind.ORGANISATION, ORGANISATION_ID),
                List.of()).transfer();
        TransferView returned = transfers.returnNotCompetent(district, t.id(), "无证施工属住建部门查处", "210800-ZJJ");
        assertEquals(TransferStatus.NOT_COMPETENT, returned.status());
        assertEquals("210800-ZJJ", returned.suggestedDepartmentCode());
        assertEquals(DutyStatus.OPEN, clock(t, DutyKind.TRANSFER_CASE).status(), "the sender sends it on within 2 days");

        TransferView onward = transfers.sendOn(city, t.id(), returned.suggestedDepartmentCode());
        assertEquals(TransferStatus.SENT, onward.status());
        assertEquals("210800-ZJJ", onward.toDepartmentCode());
        assertNull(onward.reasons());
        DutyView housingClock = clock(t, DutyKind.DECIDE_ON_TRANSFER);
        assertTrue(housingClock.departmentId() != district.department().id() && housingClock.status() == DutyStatus.OPEN,
                "the housing bureau's clock runs now");
        assertThrows(RecordNotFound.class, () -> transfers.transfer(district, t.id()),
                "the department it left no longer reads it");

        TransferView withdrawn = transfers.withdraw(city, t.id(), "已由住建部门现场处理");
        assertEquals(TransferStatus.WITHDRAWN, withdrawn.status());
        assertEquals(DutyStatus.CANCELLED, clock(t, DutyKind.DECIDE_ON_TRANSFER).status());
    }

    @Test
    void badTransfersAndFilesAreRefusedByNameAndNothingIsStored() {
        Caller city = person("scjg.clerk");
        InvalidFields wrong = assertThrows(InvalidFields.class, () -> transfers.send(city, new NewTransfer(null,
                "210800-SCJG", " ", "某地", Beijing.today().plusDays(3), ApplicantKind.ORGANISATION, "某公司",
                "91350100M000100Y44", "", "NO-SUCH-LICENCE", null), List.of()));
        Set<String> fields = wrong.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
        assertEquals(Set.of("toDepartmentCode", "facts", "foundOn", "partyId", "provision", "licenceNumber"), fields);
        assertTrue(assertThrows(InvalidFields.class, () -> transfers.send(city, found("210800-NOPE",
                ApplicantKind.PERSON, PERSON_ID), List.of())).getMessage().contains("210800-NOPE"));

        NewTransfer first = found("210802-SCJG", ApplicantKind.PERSON, PERSON_ID);
        TransferView sent = transfers.send(city, first, List.of()).transfer();
        Sent again = transfers.send(city, first, List.of());
        assertTrue(again.repeated());
        assertEquals(sent.id(), again.transfer().id());
        assertThrows(MessageIdReused.class, () -> transfers.send(city, new NewTransfer(first.messageId(),
                first.toDepartmentCode(), "另一事实", first.place(), first.foundOn(), first.partyKind(), first.partyName(),
                first.partyId(), first.provision(), null, null), List.of()));

        EvidenceRefused executable = assertThrows(EvidenceRefused.class, () -> transfers.receive(city, "笔录.pdf",
                new ByteArrayInputStream(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0})));
        assertEquals(EvidenceRefused.Reason.TYPE, executable.reason());
        assertThrows(RuntimeException.class, () -> transfers.receive(person("ysj.oversight"), "a.pdf",
                new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))),
                "oversight transfers nothing");
    }
}
