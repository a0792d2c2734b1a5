package cn.gov.yingkou.sgpt.exchange.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

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

import cn.gov.yingkou.sgpt.exchange.boundary.PushStatus;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingKind;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * One document on its way from one department to another (Art 17, 19, 20): an approval result to the competent
 * department (exactly the fields of the item's result push list), a penalty decision to the approval bureau, the
 * bureau's licence action back to the department, a case transfer. Its content is frozen when it is prepared, and one
 * message id that every delivery of it carries lets receivers recognise a repeat. Responsibility passes at the
 * hand-over; the receiver signs for it or sends it back; the sender may take back what was not signed for.
 */
@Entity
@Table(name = "exchange_handover")
@NamedQuery(name = "Handover.resultOfLicence", query = "select p from Handover p where p.licenceNumber = :licence "
        + "and p.kind = cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind.RESULT")
@NamedQuery(name = "Handover.aboutLicence", query = "select p from Handover p where p.licenceNumber = :licence "
        + "order by p.issuedAt, p.id")
@NamedQuery(name = "Handover.byMessageId", query = "select p from Handover p where p.messageId = :messageId")
public class Handover {

    @Id
    @SequenceGenerator(name = "exchange_seq", sequenceName = "exchange_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_seq")
    private Long id;

    @Column(name = "message_id", nullable = false, unique = true, updatable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DocumentKind kind;

    /** The document's own number: the application a result was issued on, the decision's number, the action's. */
    @Column(name = "document_number", nullable = false, updatable = false)
    private String documentNumber;

    /** The hand-over this one answers (a licence action answers the penalty decision that asked for it). */
    @Column(name = "answers_id", updatable = false)
    private Long answersId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "licence_number", updatable = false)
    private String licenceNumber;

    /** Of a result: the application the licence was issued on. */
    @Column(name = "application_number", updatable = false)
    private String applicationNumber;

    @Column(name = "item_code", updatable = false)
    private String itemCode;

    @Column(name = "from_department_id", nullable = false, updatable = false)
    private long fromDepartmentId;

    @Column(name = "to_department_id", nullable = false)
    private long toDepartmentId;

    /** The document's fields, as JSON (of a result: the push list's): what the receiver gets. */
    @Column(nullable = false, updatable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PushStatus status;

    /** When the document was made: the licence issued, the penalty decided, the action taken. */
    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "pushed_at")
    private Instant pushedAt;

    @Column(name = "pushed_by")
    private String pushedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** How it was handed over: PLATFORM_INBOX, INDUSTRY_SYSTEM or OFF_PLATFORM. */
    @Column(name = "handed_over_by")
    private String handedOverBy;

    /** Off-platform hand-over (Art 17 ¶2): how, agreed with whom, and by when. */
    @Column(name = "agreed_manner")
    private String agreedManner;

    @Column(name = "agreed_with")
    private String agreedWith;

    @Column(name = "agreed_due_at")
    private Instant agreedDueAt;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    /** Who entered a receipt signed off the platform (signedBy is then the department's signer, not an account). */
    @Column(name = "receipt_recorded_by")
    private String receiptRecordedBy;

    /** When the clock running on it falls due (to push, to sign, a signed result's supervision); none when none runs. */
    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdraw_reason")
    private String withdrawReason;

    @Version
    private long version;

    protected Handover() {
    }

    /** An approval result (Art 17), its document the application the licence was issued on. */
    public static Handover result(long unitId, String licenceNumber, String applicationNumber, String itemCode,
            long fromDepartmentId, long toDepartmentId, String payload, Instant issuedAt, Instant at) {
        Handover result = new Handover(DocumentKind.RESULT, unitId, Objects.requireNonNull(licenceNumber),
                applicationNumber, itemCode, fromDepartmentId, toDepartmentId, payload, issuedAt, at, null);
        result.applicationNumber = applicationNumber;
        return result;
    }

    /** A document of the kind, numbered {@code documentNumber}, about the licence (if it concerns one). */
    public Handover(DocumentKind kind, long unitId, String licenceNumber, String documentNumber, String itemCode,
            long fromDepartmentId, long toDepartmentId, String payload, Instant issuedAt, Instant at, Long answersId) {
        this.messageId = UUID.randomUUID().toString();
        this.kind = Objects.requireNonNull(kind);
        this.unitId = unitId;
        this.licenceNumber = licenceNumber;
        this.documentNumber = Objects.requireNonNull(documentNumber);
        this.itemCode = itemCode;
        this.answersId = answersId;
        this.fromDepartmentId = fromDepartmentId;
        this.toDepartmentId = toDepartmentId;
        this.payload = Objects.requireNonNull(payload);
        this.status = PushStatus.PENDING;
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.changedAt = Objects.requireNonNull(at);
    }

    /** The bureau pushes (again, after a return, possibly to another department): responsibility passes now. */
    public void push(long toDepartment, String channel, String by, Instant at) {
        push(toDepartment, channel, by, at, at);
    }

    /**
     * The push as it happened at {@code at}, recorded at {@code recordedAt}. Only an agreed hand-over off the platform
     * happens before it is recorded (the fax went yesterday); it cannot precede the agreement nor lie in the future.
     */
    public void push(long toDepartment, String channel, String by, Instant at, Instant recordedAt) {
        Instant happened = at;
        if (at == null || !at.equals(recordedAt)) {
            requireAgreedOffPlatform();
            Instant earliest = agreedAt == null || returnedAt != null && returnedAt.isAfter(agreedAt) ? returnedAt : agreedAt;
            happened = requireBetween(at, earliest, recordedAt, "推送时间不能早于约定登记时间或上次退回时间 / The hand-over "
                    + "cannot precede the agreement or the last return");
        }
        move(PushStatus.PUSHED, recordedAt);
        handedOverBy = Objects.requireNonNull(channel);
        toDepartmentId = toDepartment;
        pushedBy = Objects.requireNonNull(by);
        pushedAt = happened;
        returnedAt = null;
        returnReason = null;
    }

    /**
     * Records what the bureau and the department agreed for a hand-over off the platform (Art 17 ¶2): the manner
     * (on-site reading, copy, fax…), who agreed for the department, and the deadline for push and receipt.
     */
    public void agreeOffPlatform(long toDepartment, String manner, String with, Instant dueAt, Instant at) {
        if (status != PushStatus.PENDING && status != PushStatus.RETURNED) {
            throw new IllegalStateException("推送当前为 " + status + "，不能再约定线下推送 / The push is " + status
                    + " and can no longer be agreed off the platform");
        }
        String how = Texts.required(manner, 200, "线下推送方式 / manner of hand-over");
        String who = Texts.required(with, 200, "约定的行业主管部门联系人 / who agreed for the department");
        if (!Objects.requireNonNull(dueAt).isAfter(at)) {
            throw new IllegalArgumentException("约定时限须晚于现在 / The agreed deadline must be later than now");
        }
        toDepartmentId = toDepartment;
        agreedManner = how;
        agreedWith = who;
        agreedDueAt = dueAt;
        agreedAt = at;
        changedAt = at;
    }

    public boolean agreedOffPlatform() {
        return agreedDueAt != null;
    }

    /** Handed over off the platform (Art 17 ¶2), so its receipt is signed on paper and entered afterwards. */
    public boolean handedOverOffPlatform() {
        return ReceivingKind.OFF_PLATFORM.name().equals(handedOverBy);
    }

    public void sign(String by, Instant at) {
        move(PushStatus.SIGNED, at);
        signedBy = Objects.requireNonNull(by);
        signedAt = at;
    }

    /**
     * A receipt signed off the platform (Art 17 ¶2: on a copy, by fax) and entered afterwards by {@code recordedBy}:
     * {@code signer} is the department's person who signed, {@code at} when; not before the hand-over, not in the future.
     */
    public void signOffPlatform(String signer, Instant at, String recordedBy, Instant recordedAt) {
        if (!handedOverOffPlatform()) {
            throw new IllegalStateException("该推送不是线下推送的，请在平台上签收 / This push was not handed over off the "
                    + "platform: sign for it on the platform");
        }
        String who = Texts.required(signer, 64, "线下签收人 / who signed the receipt");
        Instant happened = requireBetween(at, pushedAt, recordedAt, "签收时间不能早于推送时间 / The receipt cannot precede "
                + "the hand-over");
        move(PushStatus.SIGNED, recordedAt);
        signedBy = who;
        signedAt = happened;
        receiptRecordedBy = Objects.requireNonNull(recordedBy);
    }

    /**
     * When something happened off the platform: not in the future, not before {@code earliest}. People give such
     * times to the minute, so a time in the minute of {@code earliest} but before it is taken as {@code earliest}.
     */
    private static Instant requireBetween(Instant at, Instant earliest, Instant recordedAt, String tooEarly) {
        if (at == null) {
            throw new IllegalArgumentException("请填写发生时间 / Give the time it happened");
        }
        if (at.isAfter(recordedAt)) {
            throw new IllegalArgumentException("时间不能晚于现在 / The time cannot be in the future");
        }
        if (earliest == null || !at.isBefore(earliest)) {
            return at;
        }
        if (at.isBefore(earliest.truncatedTo(ChronoUnit.MINUTES))) {
            throw new IllegalArgumentException(tooEarly);
        }
        return earliest;
    }

    private void requireAgreedOffPlatform() {
        if (!agreedOffPlatform()) {
            throw new IllegalStateException("只有约定线下推送的，才能登记此前完成的推送 / Only an agreed off-platform "
                    + "hand-over can be recorded after it happened");
        }
    }

    /** The clock now running on it falls due then (null: none runs). */
    public void clockDue(Instant due) {
        this.dueAt = due;
    }

    /** The sender takes back what was not signed for (recorded in error, decided again), with its reason. */
    public void withdraw(String reason, Instant at) {
        String why = Texts.required(reason, 2000, "撤回理由 / reason for withdrawing");
        move(PushStatus.WITHDRAWN, at);
        withdrawReason = why;
        withdrawnAt = at;
    }

    /** Sent back as misrouted (退回), with the reason the bureau and oversight see. */
    public void giveBack(String reason, Instant at) {
        String why = Texts.required(reason, 2000, "退回理由 / reason for returning");
        move(PushStatus.RETURNED, at);
        returnReason = why;
        returnedAt = at;
    }

    private void move(PushStatus target, Instant at) {
        if (!status.canBecome(target)) {
            throw new IllegalStateException("推送当前为 " + status + "，不能转为 " + target + " / The push is " + status
                    + " and cannot become " + target);
        }
        status = target;
        changedAt = Objects.requireNonNull(at);
    }

    public Long id() { return id; }
    public String messageId() { return messageId; }
    public DocumentKind kind() { return kind; }
    public String documentNumber() { return documentNumber; }
    public Long answersId() { return answersId; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public Instant dueAt() { return dueAt; }
    public String withdrawReason() { return withdrawReason; }
    public long unitId() { return unitId; }
    public String licenceNumber() { return licenceNumber; }
    public String applicationNumber() { return applicationNumber; }
    public String itemCode() { return itemCode; }
    public long fromDepartmentId() { return fromDepartmentId; }
    public long toDepartmentId() { return toDepartmentId; }
    public String payload() { return payload; }
    public PushStatus status() { return status; }
    public Instant issuedAt() { return issuedAt; }
    public Instant pushedAt() { return pushedAt; }
    public String pushedBy() { return pushedBy; }
    public Instant signedAt() { return signedAt; }
    public String signedBy() { return signedBy; }
    public Instant returnedAt() { return returnedAt; }
    public String returnReason() { return returnReason; }
    public Instant changedAt() { return changedAt; }
    public String handedOverBy() { return handedOverBy; }
    public String agreedManner() { return agreedManner; }
    public String agreedWith() { return agreedWith; }
    public Instant agreedDueAt() { return agreedDueAt; }
    public Instant agreedAt() { return agreedAt; }
    public String receiptRecordedBy() { return receiptRecordedBy; }
}
