package cn.gov.yingkou.sgpt.transfer.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.exchange.boundary.NewHandover;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceRegister;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.penalty.boundary.Penalties;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.DocumentNumbers;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.shared.Masking;
import cn.gov.yingkou.sgpt.shared.MessageIdReused;
import cn.gov.yingkou.sgpt.shared.MessageIds;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.shared.Texts;
import cn.gov.yingkou.sgpt.transfer.control.EvidenceStorage;
import cn.gov.yingkou.sgpt.transfer.control.EvidenceStore;
import cn.gov.yingkou.sgpt.transfer.control.EvidenceType;
import cn.gov.yingkou.sgpt.transfer.control.TransferPayload;
import cn.gov.yingkou.sgpt.transfer.entity.CaseTransfer;
import cn.gov.yingkou.sgpt.transfer.entity.EvidenceFile;

/**
 * Art 20: a department that finds a violation outside its remit transfers it at once, with its evidence, to the
 * department competent to deal with it (any department of any unit), as a hand-over of the engine; the receiver decides
 * within 5 working days — accepts it as a case, declines it, or returns it as not its own, naming the department it
 * thinks is — and the decision goes back to the sender at once. Sending again under the same message id answers the
 * first transfer; other content under it is refused. Only the two departments and oversight read a transfer and its
 * evidence.
 */
@Stateless
public class Transfers {

    static final String RECORD_TYPE = "transfer";
    private static final String PARTY_IDENTIFIER = "当事人身份证号码 / the party's identity number";
    /** Files one transfer may carry at most. */
    static final int MAX_FILES = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    Departments departments;

    @EJB
    Pushes handovers;

    @EJB
    LicenceRegister register;

    @EJB
    AuditTrail audit;

    @EJB
    EvidenceStorage storage;

    @EJB
    Penalties penalties;

    /**
     * Receives one evidence file for a transfer the caller's department is about to send: streamed into the evidence
     * store (never held whole), its digests taken, its type judged by content. Refused files leave nothing behind.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReceivedEvidence receive(Caller caller, String fileName, InputStream content) {
        sender(caller);
        String name = fileNameOf(fileName);
        EvidenceStore.Stored stored = storage.store().put(content);
        return new ReceivedEvidence(name, stored.type().name(), stored.type().mediaType(), stored.size(),
                stored.sha256(), stored.sm3());
    }

    /** The largest evidence file the store takes, in bytes. */
    public long evidenceLimit() {
        return storage.store().limit();
    }

    public Sent send(Caller caller, NewTransfer transfer, List<ReceivedEvidence> evidence) {
        DepartmentRef from = sender(caller);
        String messageId = transfer.messageId() == null ? UUID.randomUUID().toString()
                : MessageIds.checked(transfer.messageId());
        List<ReceivedEvidence> files = evidence == null ? List.of() : List.copyOf(evidence);
        String digest = TransferPayload.digest(transfer, files);
        var earlier = em.createNamedQuery("CaseTransfer.byMessage", CaseTransfer.class)
                .setParameter("department", from.id()).setParameter("messageId", messageId).getResultStream().findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().sameContent(digest)) {
                throw new MessageIdReused(messageId);
            }
            return new Sent(view(caller, earlier.get()), true);
        }
        FieldChecks checks = new FieldChecks();
        Checked checked = checked(checks, from, transfer, files.size());
        for (int i = 0; i < files.size(); i++) {
            ReceivedEvidence file = files.get(i);
            checks.require("evidence[" + i + "]", file != null && isStored(file), "证据文件未收到，请重新上传 / The "
                    + "evidence file was not received; upload it again");
        }
        checks.refuseIfAny();
        DepartmentRef to = checked.to();
        CaseTransfer.Facts found = checked.found();
        Instant now = Instant.now();
        CaseTransfer sent = new CaseTransfer(messageId, digest, from.unitId(), from.id(), to.id(), found,
                caller.username(), now);
        em.persist(sent);
        sent.numbered("YS" + from.unitCode() + "-" + DAY.format(LocalDate.ofInstant(now, Beijing.ZONE)) + "-" + sent.id());
        for (int i = 0; i < files.size(); i++) {
            ReceivedEvidence file = files.get(i);
            em.persist(new EvidenceFile(sent.id(), i + 1, file.fileName(), file.type(), file.size(), file.sha256(),
                    file.sm3(), caller.username(), now));
        }
        PushView handover = handovers.open(new NewHandover(DocumentKind.CASE_TRANSFER, sent.number(), sent.licenceNumber(),
                null, from.code(), to.code(), TransferPayload.of(sent, from.code(), files), now, null), true,
                caller.actor());
        sent.handedOverAs(handover.id());
        audit.record(caller.actor(), "transfer.send", RECORD_TYPE, Long.toString(sent.id()), sent.number() + " to "
                + to.code() + ": " + sent.provision() + "; evidence " + files.stream().map(f -> f.fileName() + " sha256 "
                        + f.sha256() + " sm3 " + f.sm3()).toList(),
                AuditFacts.of("transfer", sent.number()).with("receiver", to.code()).with("files", files.size()));
        return new Sent(view(caller, sent), false);
    }

    /**
     * Refuses a transfer that could not be sent as it is (every bad field named), before its evidence is received: a
     * system or form sending files learns of a wrong field without uploading them first.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void check(Caller caller, NewTransfer transfer, int files) {
        DepartmentRef from = sender(caller);
        if (transfer.messageId() != null) {
            MessageIds.checked(transfer.messageId());
        }
        FieldChecks checks = new FieldChecks();
        checked(checks, from, transfer, files);
        checks.refuseIfAny();
    }

    private record Checked(DepartmentRef to, CaseTransfer.Facts found) {
    }

    private Checked checked(FieldChecks checks, DepartmentRef from, NewTransfer transfer, int files) {
        DepartmentRef to = checks.check("toDepartmentCode", () -> receiver(from, transfer.toDepartmentCode()));
        CaseTransfer.Facts found = checkedFacts(checks, transfer);
        checks.require("evidence", files <= MAX_FILES, "一次移送最多附 " + MAX_FILES + " 个证据文件 / A transfer carries "
                + "at most " + MAX_FILES + " evidence files");
        return new Checked(to, found);
    }

    private CaseTransfer.Facts checkedFacts(FieldChecks checks, NewTransfer t) {
        String facts = checks.check("facts", () -> Texts.required(t.facts(), 4000, "违法事实 / facts found"));
        String place = checks.check("place", () -> Texts.required(t.place(), 500, "发现地点 / place"));
        checks.require("foundOn", t.foundOn() != null, "发现日期必填 / The day it was found is required");
        checks.require("foundOn", t.foundOn() == null || !t.foundOn().isAfter(Beijing.today()),
                "发现日期不能晚于今天 / The day it was found cannot be in the future");
        checks.require("partyKind", t.partyKind() != null, "请选择当事人类别（单位或个人）/ Say whether the party is an "
                + "ORGANISATION or a PERSON");
        String partyName = checks.check("partyName", () -> Texts.required(t.partyName(), 200, "当事人名称 / party name"));
        String partyId = t.partyKind() == null ? null
                : checks.check("partyId", () -> t.partyKind().requireIdentifier(t.partyId(), Beijing.today()));
        String provision = checks.check("provision", () -> Texts.required(t.provision(), 1000,
                "涉嫌违反的规定 / provision thought breached"));
        String licence = Texts.isBlank(t.licenceNumber()) ? null : checks.check("licenceNumber",
                () -> register.referredTo(t.licenceNumber().strip()).orElseThrow(() -> new IllegalArgumentException(
                        "没有编号为 " + t.licenceNumber().strip() + " 的证照 / No licence " + t.licenceNumber().strip())).number());
        String record = Texts.isBlank(t.supervisionRecord()) ? null : checks.check("supervisionRecord",
                () -> Texts.required(t.supervisionRecord(), 64, "监管记录编号 / supervision record"));
        return new CaseTransfer.Facts(facts, place, t.foundOn(), t.partyKind(), partyName, partyId, provision, licence,
                record);
    }

    /** Any department of any unit in service, but not the sender itself. */
    private DepartmentRef receiver(DepartmentRef from, String code) {
        String wanted = Texts.required(code, 40, "接收部门 / receiving department");
        DepartmentRef to = departments.inService(wanted).orElseThrow(() -> new IllegalArgumentException(
                "没有在用的部门 " + wanted + " / No department in service with code " + wanted));
        if (to.id() == from.id()) {
            throw new IllegalArgumentException("不能移送给本部门 / A transfer goes to another department");
        }
        if (!DocumentKind.CASE_TRANSFER.receivedBy(to.role())) {
            throw new IllegalArgumentException(wanted + " 不接收案件移送 / " + wanted + " does not receive case transfers");
        }
        return to;
    }

    /** The receiver files a case under its number: the 5-working-day clock is met, the sender sees it at once. */
    public TransferView accept(Caller caller, long id, String caseNumber) {
        CaseTransfer t = receivedBy(caller, id);
        String number = DocumentNumbers.checked(caseNumber, "立案编号 / case number");
        t.accept(number, caller.username(), Instant.now());
        handovers.signOnDecision(caller, t.handoverId());
        audit.record(caller.actor(), "transfer.accept", RECORD_TYPE, Long.toString(t.id()), t.number() + " filed as "
                + number, AuditFacts.of("transfer", t.number()).with("case", number));
        return view(caller, t);
    }

    /** The receiver declines it, with its reasons. */
    public TransferView decline(Caller caller, long id, String reasons) {
        CaseTransfer t = receivedBy(caller, id);
        String why = Texts.required(reasons, 2000, "不予受理的理由 / reasons");
        t.decline(why, caller.username(), Instant.now());
        handovers.signOnDecision(caller, t.handoverId());
        audit.record(caller.actor(), "transfer.decline", RECORD_TYPE, Long.toString(t.id()), t.number() + ": " + why,
                AuditFacts.of("transfer", t.number()).with("reasons", why));
        return view(caller, t);
    }

    /**
     * The receiver returns it as not its own to deal with, naming the department it thinks is (if it knows one): its
     * clock is met; the sender may send it on there (or elsewhere), or withdraw it.
     */
    public TransferView returnNotCompetent(Caller caller, long id, String reasons, String suggestedDepartmentCode) {
        CaseTransfer t = receivedBy(caller, id);
        FieldChecks checks = new FieldChecks();
        String why = checks.check("reasons", () -> Texts.required(reasons, 2000, "退回理由 / reasons"));
        DepartmentRef from = departments.byId(t.fromDepartmentId()).orElseThrow();
        DepartmentRef suggested = Texts.isBlank(suggestedDepartmentCode) ? null
                : checks.check("suggestedDepartmentCode", () -> receiver(from, suggestedDepartmentCode));
        checks.refuseIfAny();
        t.notCompetent(why, suggested == null ? null : suggested.id(), caller.username(), Instant.now());
        handovers.giveBackOnDecision(caller, t.handoverId(), why + (suggested == null ? ""
                : "（建议移送 " + suggested.code() + " / suggested: " + suggested.code() + "）"));
        audit.record(caller.actor(), "transfer.return", RECORD_TYPE, Long.toString(t.id()), t.number() + ": " + why,
                AuditFacts.of("transfer", t.number()).with("reasons", why)
                        .with("suggested", suggested == null ? null : suggested.code()));
        return view(caller, t);
    }

    /** After a return as not competent, the sender sends it on to another department (the one suggested, or another). */
    public TransferView sendOn(Caller caller, long id, String toDepartmentCode) {
        CaseTransfer t = sentBy(caller, id);
        DepartmentRef from = departments.byId(t.fromDepartmentId()).orElseThrow();
        DepartmentRef to = receiver(from, toDepartmentCode);
        t.sendOn(to.id(), caller.username(), Instant.now());
        handovers.sendOn(caller, t.handoverId(), to.code());
        audit.record(caller.actor(), "transfer.send-on", RECORD_TYPE, Long.toString(t.id()), t.number() + " to "
                + to.code(), AuditFacts.of("transfer", t.number()).with("receiver", to.code()));
        return view(caller, t);
    }

    /**
     * The receiver closes the case it filed: the outcome goes back at once, as hand-overs of their own, to the sender
     * and to the approval bureau (the one that issued the licence the case concerns; without a licence, the bureau of
     * the receiver's unit), each to sign for within 2 working days. A penalty decision that touches the licence goes its
     * own way through the penalty loop (Art 19); when the handler recorded it there under the number given, the case
     * links to it. A penalty that does not touch a licence is not in that loop: its number is kept here.
     */
    public TransferView close(Caller caller, long id, CaseOutcome outcome) {
        CaseTransfer t = receivedBy(caller, id);
        DepartmentRef handler = departments.byId(t.toDepartmentId()).orElseThrow();
        FieldChecks checks = new FieldChecks();
        String text = checks.check("outcome", () -> Texts.required(outcome.outcome(), 4000, "处理结果 / outcome"));
        checks.require("closedOn", outcome.closedOn() != null, "办结日期必填 / The day the case closed is required");
        checks.require("closedOn", outcome.closedOn() == null || !outcome.closedOn().isAfter(Beijing.today()),
                "办结日期不能晚于今天 / The case cannot close in the future");
        checks.require("closedOn", outcome.closedOn() == null || t.decidedAt() == null
                || !outcome.closedOn().isBefore(LocalDate.ofInstant(t.decidedAt(), Beijing.ZONE)),
                "办结日期不能早于立案 / The case cannot close before it was filed");
        String penalty = Texts.isBlank(outcome.penaltyDecisionNumber()) ? null : checks.check("penaltyDecisionNumber",
                () -> DocumentNumbers.checked(outcome.penaltyDecisionNumber(), "处罚决定书文号 / penalty decision number"));
        checks.refuseIfAny();
        Long penaltyDecision = penalty == null || t.licenceNumber() == null ? null
                : penalties.recorded(handler.id(), penalty, t.licenceNumber()).orElse(null);
        Instant now = Instant.now();
        t.close(text, outcome.closedOn(), penalty, penaltyDecision, caller.username(), now);
        DepartmentRef sender = departments.byId(t.fromDepartmentId()).orElseThrow();
        String payload = TransferPayload.outcome(t, handler.code());
        List<String> receivers = new ArrayList<>(List.of(sender.code()));
        approvalBureau(t, handler).filter(bureau -> !receivers.contains(bureau.code()) && bureau.id() != handler.id())
                .ifPresent(bureau -> receivers.add(bureau.code()));
        for (String receiver : receivers) {
            // One document to each: numbered by the transfer and the receiver (a document number is one hand-over's).
            handovers.open(new NewHandover(DocumentKind.CASE_OUTCOME, t.number() + "@" + receiver, t.licenceNumber(), null,
                    handler.code(), receiver, payload, now, t.handoverId()), true, caller.actor());
        }
        audit.record(caller.actor(), "transfer.close", RECORD_TYPE, Long.toString(t.id()), t.number() + " closed on "
                + outcome.closedOn() + ": " + text + (penalty == null ? "" : " (" + penalty + ")") + "; to " + receivers,
                AuditFacts.of("transfer", t.number()).with("closedOn", outcome.closedOn()).with("penalty", penalty)
                        .with("receivers", String.join(",", receivers)));
        return view(caller, t);
    }

    /** The bureau that issued the case's licence, else the approval bureau of the unit that handled the case. */
    private Optional<DepartmentRef> approvalBureau(CaseTransfer t, DepartmentRef handler) {
        if (t.licenceNumber() != null) {
            return register.referredTo(t.licenceNumber()).map(licence -> departments.require(
                    licence.issuingDepartmentCode()));
        }
        return departments.withRole(handler.unitId(), DepartmentRole.APPROVAL_BUREAU);
    }

    /** The sender takes it back before it is decided (or after a return), with the reason. */
    public TransferView withdraw(Caller caller, long id, String reason) {
        CaseTransfer t = sentBy(caller, id);
        t.withdraw();
        handovers.takeBack(caller, t.handoverId(), reason);
        audit.record(caller.actor(), "transfer.withdraw", RECORD_TYPE, Long.toString(t.id()), t.number() + ": " + reason,
                AuditFacts.of("transfer", t.number()).with("reason", reason));
        return view(caller, t);
    }

    /** One transfer, for its two departments and oversight; to anyone else it does not exist. */
    public TransferView transfer(Caller caller, long id) {
        CaseTransfer t = readable(caller, id);
        auditFullIdentifiers(caller, List.of(t));
        return view(caller, t);
    }

    /**
     * A department's received or sent transfers in the given statuses (all when none are given), newest first, for its
     * own people and oversight. A box of transfers stays small beside the hand-over boxes; it is counted exactly.
     */
    public ResultPage<TransferView> list(Caller caller, String departmentCode, TransferBox box,
            Set<TransferStatus> statuses, int offset, int max) {
        DepartmentRef department = departmentCode == null ? caller.department() : departments.require(departmentCode);
        if (department == null) {
            throw new IllegalArgumentException("请指定部门 / Name the department whose transfers to list");
        }
        if (!reads(caller, department)) {
            AccessPolicy.require(caller, Permission.TRANSFER_CASES, Scope.department(department));
        }
        Set<TransferStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(TransferStatus.class)
                : EnumSet.copyOf(statuses);
        String query = box == TransferBox.SENT ? "CaseTransfer.sent" : "CaseTransfer.received";
        long total = em.createNamedQuery(query + "Count", Long.class).setParameter("department", department.id())
                .setParameter("statuses", wanted).getSingleResult();
        List<CaseTransfer> rows = em.createNamedQuery(query, CaseTransfer.class).setParameter("department",
                department.id()).setParameter("statuses", wanted).setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(max, 100))).getResultList();
        auditFullIdentifiers(caller, rows);
        return new ResultPage<>(rows.stream().map(t -> view(caller, t)).toList(), total);
    }

    /**
     * What was done with the transfer, oldest first (sent, decided, sent on, closed, evidence opened): the case page's
     * timeline. The record of each time the page showed the party's identity number stays in the audit trail.
     */
    public List<AuditRecord> timeline(Caller caller, long id) {
        CaseTransfer t = readable(caller, id);
        return audit.history(RECORD_TYPE, Long.toString(t.id())).stream()
                .filter(step -> !AuditTrail.PERSONAL_DATA_READ.equals(step.action())).toList();
    }

    /** The transfer's hand-over in the engine names it: for the inbox and the push page. */
    public TransferView ofHandover(Caller caller, long handoverId) {
        CaseTransfer t = em.createNamedQuery("CaseTransfer.byHandover", CaseTransfer.class)
                .setParameter("handover", handoverId).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("没有该移送 / No such transfer"));
        return transfer(caller, t.id());
    }

    /**
     * An evidence file of the transfer (numbered from 1 in the order sent), its digest checked again before a byte is
     * served: a file changed on disk is refused ({@link EvidenceAltered}). Who opened which file is recorded.
     */
    public EvidenceDownload evidence(Caller caller, long id, int position) {
        CaseTransfer t = readable(caller, id);
        EvidenceFile file = em.createNamedQuery("EvidenceFile.ofTransfer", EvidenceFile.class)
                .setParameter("transfer", t.id()).getResultStream().filter(f -> f.position() == position).findFirst()
                .orElseThrow(() -> new RecordNotFound("移送 " + t.number() + " 没有第 " + position + " 个证据文件 / Transfer "
                        + t.number() + " has no evidence file " + position));
        InputStream content = storage.store().open(file.sha256(), file.size());
        audit.record(caller.actor(), "transfer.evidence-read", RECORD_TYPE, Long.toString(t.id()), t.number() + " #"
                + position + " " + file.fileName() + " sha256 " + file.sha256(),
                AuditFacts.of("file", file.fileName()).with("position", position));
        return new EvidenceDownload(file.fileName(), file.evidenceType(),
                EvidenceType.valueOf(file.evidenceType()).mediaType(), file.size(), file.sha256(), file.sm3(), content);
    }

    private DepartmentRef sender(Caller caller) {
        DepartmentRef department = caller.department();
        if (department == null) {
            throw new IllegalArgumentException("案件由部门移送 / A case is transferred by a department");
        }
        AccessPolicy.require(caller, Permission.TRANSFER_CASES, Scope.department(department));
        return department;
    }

    private CaseTransfer load(long id) {
        CaseTransfer t = em.find(CaseTransfer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (t == null) {
            throw noSuchTransfer(id);
        }
        return t;
    }

    /** The transfer, for a caller who may decide on it for the receiving department. */
    private CaseTransfer receivedBy(Caller caller, long id) {
        CaseTransfer t = load(id);
        DepartmentRef to = departments.byId(t.toDepartmentId()).orElseThrow();
        requireVisible(caller, t);
        AccessPolicy.require(caller, Permission.TRANSFER_CASES, Scope.department(to));
        return t;
    }

    /** The transfer, for a caller who may act for the sending department. */
    private CaseTransfer sentBy(Caller caller, long id) {
        CaseTransfer t = load(id);
        DepartmentRef from = departments.byId(t.fromDepartmentId()).orElseThrow();
        requireVisible(caller, t);
        AccessPolicy.require(caller, Permission.TRANSFER_CASES, Scope.department(from));
        return t;
    }

    private CaseTransfer readable(Caller caller, long id) {
        CaseTransfer t = em.find(CaseTransfer.class, id);
        if (t == null) {
            throw noSuchTransfer(id);
        }
        requireVisible(caller, t);
        return t;
    }

    /** Either department's people or system and oversight read it; to anyone else it does not exist. */
    private void requireVisible(Caller caller, CaseTransfer t) {
        DepartmentRef from = departments.byId(t.fromDepartmentId()).orElseThrow();
        DepartmentRef to = departments.byId(t.toDepartmentId()).orElseThrow();
        if (!reads(caller, from) && !reads(caller, to)) {
            // A system without the operation is told which it lacks; to others the transfer does not exist.
            AccessPolicy.requireVisible(caller, Permission.TRANSFER_CASES, Scope.department(to),
                    () -> noSuchTransfer(t.id()));
        }
    }

    /** The department's own people and system, and oversight. */
    private static boolean reads(Caller caller, DepartmentRef department) {
        return AccessPolicy.permits(caller, Permission.TRANSFER_CASES, Scope.department(department))
                || AccessPolicy.permits(caller, Permission.VIEW_RECORDS, Scope.department(department));
    }

    private static RecordNotFound noSuchTransfer(long id) {
        return new RecordNotFound("没有编号为 " + id + " 的移送 / No transfer " + id);
    }

    /** Whether the file was received by the store as described (the same bytes under its SHA-256, of its size). */
    private boolean isStored(ReceivedEvidence file) {
        try {
            Path stored = storage.store().pathOf(file.sha256());
            return Files.isRegularFile(stored) && Files.size(stored) == file.size();
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The name as the sender gave it, without any folders a browser or system put before it. */
    private static String fileNameOf(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return Texts.required(name.isBlank() ? null : name, 255, "文件名 / file name");
    }

    /** A person's identity number is shown in full only to the two departments, which need it to act. */
    private static boolean needsToKnow(Caller caller, CaseTransfer t) {
        return caller.department() != null && (caller.department().id() == t.fromDepartmentId()
                || caller.department().id() == t.toDepartmentId());
    }

    /** Who was shown a person's full identity number, as every full read of personal data is recorded (PIPL). */
    private void auditFullIdentifiers(Caller caller, List<CaseTransfer> shown) {
        List<String> keys = shown.stream().filter(t -> t.partyKind() == ApplicantKind.PERSON && needsToKnow(caller, t))
                .map(t -> Long.toString(t.id())).toList();
        if (!keys.isEmpty()) {
            audit.personalDataShown(caller.actor(), RECORD_TYPE, keys, PARTY_IDENTIFIER);
        }
    }

    private TransferView view(Caller caller, CaseTransfer t) {
        DepartmentRef from = departments.byId(t.fromDepartmentId()).orElseThrow();
        DepartmentRef to = departments.byId(t.toDepartmentId()).orElseThrow();
        String partyId = needsToKnow(caller, t) || t.partyKind() != ApplicantKind.PERSON
                ? t.partyId() : Masking.identifier(t.partyId());
        List<ReceivedEvidence> evidence = em.createNamedQuery("EvidenceFile.ofTransfer", EvidenceFile.class)
                .setParameter("transfer", t.id()).getResultStream().map(f -> new ReceivedEvidence(f.fileName(),
                        f.evidenceType(), EvidenceType.valueOf(f.evidenceType()).mediaType(), f.size(), f.sha256(), f.sm3()))
                .toList();
        return new TransferView(t.id(), t.number(), t.messageId(), from.code(), to.code(), t.facts(), t.place(),
                t.foundOn(), t.partyKind().name(), t.partyName(), partyId, t.provision(), t.licenceNumber(),
                t.supervisionRecord(), t.status(), t.sentAt(), t.sentBy(), t.decidedAt(), t.decidedBy(), t.caseNumber(),
                t.reasons(), t.suggestedDepartmentId() == null ? null
                        : departments.byId(t.suggestedDepartmentId()).orElseThrow().code(),
                t.closedOn(), t.outcome(), t.penaltyDecisionNumber(), t.penaltyDecisionId(), t.handoverId() == null ? 0 : t.handoverId(),
                evidence);
    }
}
