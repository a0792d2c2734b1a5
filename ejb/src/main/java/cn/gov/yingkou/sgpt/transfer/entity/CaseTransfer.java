package cn.gov.yingkou.sgpt.transfer.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferStatus;

/**
 * A violation found outside the finder's remit, transferred with its evidence to the department competent to deal with
 * it (Art 20), and what became of it: accepted as a case (and later closed with its outcome), declined, or returned as
 * not the receiver's (then sent on, or withdrawn). The facts sent never change; the decision and the outcome are added.
 */
@Entity
@Table(name = "transfer_case")
@NamedQuery(name = "CaseTransfer.byMessage", query = "select t from CaseTransfer t "
        + "where t.fromDepartmentId = :department and t.messageId = :messageId")
@NamedQuery(name = "CaseTransfer.byHandover", query = "select t from CaseTransfer t where t.handoverId = :handover")
@NamedQuery(name = "CaseTransfer.received", query = "select t from CaseTransfer t where t.toDepartmentId = :department "
        + "and t.status in :statuses order by t.sentAt desc, t.id desc")
@NamedQuery(name = "CaseTransfer.receivedCount", query = "select count(t) from CaseTransfer t "
        + "where t.toDepartmentId = :department and t.status in :statuses")
@NamedQuery(name = "CaseTransfer.sent", query = "select t from CaseTransfer t where t.fromDepartmentId = :department "
        + "and t.status in :statuses order by t.sentAt desc, t.id desc")
@NamedQuery(name = "CaseTransfer.sentCount", query = "select count(t) from CaseTransfer t "
        + "where t.fromDepartmentId = :department and t.status in :statuses")
@NamedQuery(name = "CaseTransfer.ofLicence", query = "select t from CaseTransfer t where t.licenceNumber = :licence "
        + "order by t.sentAt, t.id")
public class CaseTransfer {

    @Id
    @SequenceGenerator(name = "transfer_seq", sequenceName = "transfer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_seq")
    private Long id;

    private String number;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Column(name = "content_digest", nullable = false, updatable = false)
    private String contentDigest;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "from_department_id", nullable = false, updatable = false)
    private long fromDepartmentId;

    @Column(name = "to_department_id", nullable = false)
    private long toDepartmentId;

    @Column(name = "handover_id")
    private Long handoverId;

    @Column(nullable = false, updatable = false)
    private String facts;

    @Column(nullable = false, updatable = false)
    private String place;

    @Column(name = "found_on", nullable = false, updatable = false)
    private LocalDate foundOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false, updatable = false)
    private ApplicantKind partyKind;

    @Column(name = "party_name", nullable = false, updatable = false)
    private String partyName;

    @Column(name = "party_id", nullable = false, updatable = false)
    private String partyId;

    @Column(nullable = false, updatable = false)
    private String provision;

    @Column(name = "licence_number", updatable = false)
    private String licenceNumber;

    @Column(name = "supervision_record", updatable = false)
    private String supervisionRecord;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransferStatus status;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "case_number")
    private String caseNumber;

    private String reasons;

    @Column(name = "suggested_department_id")
    private Long suggestedDepartmentId;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    private String outcome;

    @Column(name = "penalty_decision_number")
    private String penaltyDecisionNumber;

    @Column(name = "penalty_decision_id")
    private Long penaltyDecisionId;

    @Version
    private long version;

    protected CaseTransfer() {
    }

    /** What was found, as sent: the facts are fixed from here on. */
    public record Facts(String facts, String place, LocalDate foundOn, ApplicantKind partyKind, String partyName,
            String partyId, String provision, String licenceNumber, String supervisionRecord) {
    }

    public CaseTransfer(String messageId, String contentDigest, long unitId, long fromDepartmentId, long toDepartmentId,
            Facts found, String by, Instant at) {
        this.messageId = Objects.requireNonNull(messageId);
        this.contentDigest = Objects.requireNonNull(contentDigest);
        this.unitId = unitId;
        this.fromDepartmentId = fromDepartmentId;
        this.toDepartmentId = toDepartmentId;
        this.facts = found.facts();
        this.place = found.place();
        this.foundOn = found.foundOn();
        this.partyKind = found.partyKind();
        this.partyName = found.partyName();
        this.partyId = found.partyId();
        this.provision = found.provision();
        this.licenceNumber = found.licenceNumber();
        this.supervisionRecord = found.supervisionRecord();
        this.status = TransferStatus.SENT;
        this.sentBy = Objects.requireNonNull(by);
        this.sentAt = Objects.requireNonNull(at);
    }

    /** The transfer's number, YS‹unit›-‹yyyyMMdd›-‹key›, once it has its key. */
    public void numbered(String number) {
        this.number = number;
    }

    public void handedOverAs(long handover) {
        this.handoverId = handover;
    }

    public boolean sameContent(String digest) {
        return contentDigest.equals(digest);
    }

    public void accept(String caseNumber, String by, Instant at) {
        decide(TransferStatus.ACCEPTED, by, at);
        this.caseNumber = Objects.requireNonNull(caseNumber);
    }

    public void decline(String reasons, String by, Instant at) {
        decide(TransferStatus.DECLINED, by, at);
        this.reasons = Objects.requireNonNull(reasons);
    }

    /** Returned as not the receiver's to deal with; {@code suggested} is the department it thinks is, if it names one. */
    public void notCompetent(String reasons, Long suggested, String by, Instant at) {
        decide(TransferStatus.NOT_COMPETENT, by, at);
        this.reasons = Objects.requireNonNull(reasons);
        this.suggestedDepartmentId = suggested;
    }

    private void decide(TransferStatus decision, String by, Instant at) {
        if (status != TransferStatus.SENT) {
            throw new IllegalStateException("移送 " + number + " 已" + wordOf(status) + "，不能再作决定 / Transfer " + number
                    + " is " + status + " and cannot be decided again");
        }
        status = decision;
        decidedBy = Objects.requireNonNull(by);
        decidedAt = Objects.requireNonNull(at);
    }

    /** After a return as not competent, the sender sends it on: the receiver's decision is cleared for the next one. */
    public void sendOn(long toDepartment, String by, Instant at) {
        if (status != TransferStatus.NOT_COMPETENT) {
            throw new IllegalStateException("只有被退回（不属管辖）的移送才能改送 / Only a transfer returned as not the "
                    + "receiver's can be sent on; " + number + " is " + status);
        }
        status = TransferStatus.SENT;
        toDepartmentId = toDepartment;
        sentBy = Objects.requireNonNull(by);
        sentAt = Objects.requireNonNull(at);
        decidedAt = null;
        decidedBy = null;
        reasons = null;
        suggestedDepartmentId = null;
    }

    /** The filed case is closed: its outcome, and the penalty decision's number if one was made. */
    /** Closes the filed case; {@code penaltyDecisionId} is the penalty loop's record of the decision, if it has one. */
    public void close(String outcome, LocalDate closedOn, String penaltyDecisionNumber, Long penaltyDecisionId, String by,
            Instant at) {
        if (status != TransferStatus.ACCEPTED) {
            throw new IllegalStateException("只有已立案的移送才能办结 / Only an accepted transfer's case can be closed; "
                    + number + " is " + status);
        }
        status = TransferStatus.CLOSED;
        this.outcome = Objects.requireNonNull(outcome);
        this.closedOn = Objects.requireNonNull(closedOn);
        this.penaltyDecisionNumber = penaltyDecisionNumber;
        this.penaltyDecisionId = penaltyDecisionId;
        closedBy = Objects.requireNonNull(by);
        closedAt = Objects.requireNonNull(at);
    }

    public void withdraw() {
        if (status != TransferStatus.SENT && status != TransferStatus.NOT_COMPETENT) {
            throw new IllegalStateException("移送 " + number + " 已" + wordOf(status) + "，不能撤回 / Transfer " + number + " is "
                    + status + " and cannot be withdrawn");
        }
        status = TransferStatus.WITHDRAWN;
    }

    private static String wordOf(TransferStatus status) {
        return switch (status) {
            case SENT -> "发送";
            case ACCEPTED -> "立案";
            case DECLINED -> "不予受理";
            case NOT_COMPETENT -> "退回";
            case CLOSED -> "办结";
            case WITHDRAWN -> "撤回";
        };
    }

    public Long id() { return id; }
    public String number() { return number; }
    public String messageId() { return messageId; }
    public long unitId() { return unitId; }
    public long fromDepartmentId() { return fromDepartmentId; }
    public long toDepartmentId() { return toDepartmentId; }
    public Long handoverId() { return handoverId; }
    public String facts() { return facts; }
    public String place() { return place; }
    public LocalDate foundOn() { return foundOn; }
    public ApplicantKind partyKind() { return partyKind; }
    public String partyName() { return partyName; }
    public String partyId() { return partyId; }
    public String provision() { return provision; }
    public String licenceNumber() { return licenceNumber; }
    public String supervisionRecord() { return supervisionRecord; }
    public TransferStatus status() { return status; }
    public Instant sentAt() { return sentAt; }
    public String sentBy() { return sentBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public String caseNumber() { return caseNumber; }
    public String reasons() { return reasons; }
    public Long suggestedDepartmentId() { return suggestedDepartmentId; }
    public LocalDate closedOn() { return closedOn; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public String outcome() { return outcome; }
    public String penaltyDecisionNumber() { return penaltyDecisionNumber; }
    public Long penaltyDecisionId() { return penaltyDecisionId; }
}
