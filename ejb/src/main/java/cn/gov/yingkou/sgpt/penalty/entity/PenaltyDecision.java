package cn.gov.yingkou.sgpt.penalty.entity;

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

import cn.gov.yingkou.sgpt.penalty.boundary.LicenceMeasure;

/**
 * A penalty decision that touches a licence, as the deciding department recorded it (Art 19): written once, with the
 * message id it came under and its content's digest, so that the same message again changes nothing and another
 * message under the same id is refused.
 */
@Entity
@Table(name = "penalty_decision")
@NamedQuery(name = "PenaltyDecision.byMessage", query = "select d from PenaltyDecision d "
        + "where d.departmentId = :department and d.messageId = :messageId")
@NamedQuery(name = "PenaltyDecision.byNumber", query = "select d from PenaltyDecision d "
        + "where d.departmentId = :department and d.decisionNumber = :number and d.licenceNumber = :licence")
@NamedQuery(name = "PenaltyDecision.ofLicence", query = "select d from PenaltyDecision d "
        + "where d.licenceNumber = :licence order by d.decidedOn, d.id")
public class PenaltyDecision {

    @Id
    @SequenceGenerator(name = "penalty_seq", sequenceName = "penalty_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "penalty_seq")
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Column(name = "content_digest", nullable = false, updatable = false)
    private String contentDigest;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Column(name = "decision_number", nullable = false, updatable = false)
    private String decisionNumber;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "licence_number", nullable = false, updatable = false)
    private String licenceNumber;

    @Column(name = "holder_name", nullable = false, updatable = false)
    private String holderName;

    @Column(name = "item_code", nullable = false, updatable = false)
    private String itemCode;

    @Column(name = "bureau_code", nullable = false, updatable = false)
    private String bureauCode;

    @Column(nullable = false, updatable = false)
    private String facts;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;

    @Column(nullable = false, updatable = false)
    private String penalty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LicenceMeasure measure;

    @Column(name = "suspended_until", updatable = false)
    private LocalDate suspendedUntil;

    @Column(name = "handover_id")
    private Long handoverId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected PenaltyDecision() {
    }

    public PenaltyDecision(String messageId, String contentDigest, long unitId, long departmentId, String decisionNumber,
            LocalDate decidedOn, String licenceNumber, String holderName, String itemCode, String bureauCode,
            String facts, String legalBasis, String penalty, LicenceMeasure measure, LocalDate suspendedUntil,
            String recordedBy, Instant recordedAt) {
        this.messageId = Objects.requireNonNull(messageId);
        this.contentDigest = Objects.requireNonNull(contentDigest);
        this.unitId = unitId;
        this.departmentId = departmentId;
        this.decisionNumber = Objects.requireNonNull(decisionNumber);
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.licenceNumber = Objects.requireNonNull(licenceNumber);
        this.holderName = Objects.requireNonNull(holderName);
        this.itemCode = Objects.requireNonNull(itemCode);
        this.bureauCode = Objects.requireNonNull(bureauCode);
        this.facts = Objects.requireNonNull(facts);
        this.legalBasis = Objects.requireNonNull(legalBasis);
        this.penalty = Objects.requireNonNull(penalty);
        this.measure = Objects.requireNonNull(measure);
        this.suspendedUntil = suspendedUntil;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** The hand-over that carries the decision to the approval bureau, made in the same transaction. */
    public void handedOverAs(long handover) {
        this.handoverId = handover;
    }

    public boolean sameContent(String digest) {
        return contentDigest.equals(digest);
    }

    public Long id() { return id; }
    public String messageId() { return messageId; }
    public long unitId() { return unitId; }
    public long departmentId() { return departmentId; }
    public String decisionNumber() { return decisionNumber; }
    public LocalDate decidedOn() { return decidedOn; }
    public String licenceNumber() { return licenceNumber; }
    public String holderName() { return holderName; }
    public String itemCode() { return itemCode; }
    public String bureauCode() { return bureauCode; }
    public String facts() { return facts; }
    public String legalBasis() { return legalBasis; }
    public String penalty() { return penalty; }
    public LicenceMeasure measure() { return measure; }
    public LocalDate suspendedUntil() { return suspendedUntil; }
    public Long handoverId() { return handoverId; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
