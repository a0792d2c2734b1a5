package cn.gov.yingkou.sgpt.licensing.entity;

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

import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionKind;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceStatus;

/**
 * One action an approval bureau took on a licence under its own decision document (Art 19): written once, in the
 * transaction that moved the licence, with the status before and after and, for a change, the terms it changed. A
 * system's message id (with its content's digest) makes a repeated message harmless.
 */
@Entity
@Table(name = "licensing_licence_action")
@NamedQuery(name = "LicenceAction.ofLicence", query = "select a from LicenceAction a where a.licenceId = :licence "
        + "order by a.recordedAt, a.id")
@NamedQuery(name = "LicenceAction.byMessage", query = "select a from LicenceAction a where a.departmentId = :department "
        + "and a.messageId = :messageId")
@NamedQuery(name = "LicenceAction.byDocument", query = "select a from LicenceAction a where a.departmentId = :department "
        + "and a.documentNumber = :document")
public class LicenceAction {

    @Id
    @SequenceGenerator(name = "licensing_seq", sequenceName = "licensing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licensing_seq")
    private Long id;

    @Column(name = "licence_id", nullable = false, updatable = false)
    private long licenceId;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LicenceActionKind kind;

    @Column(name = "document_number", nullable = false, updatable = false)
    private String documentNumber;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "legal_basis", updatable = false)
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", nullable = false, updatable = false)
    private LicenceStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, updatable = false)
    private LicenceStatus statusAfter;

    /** For a change: the changed terms before and after, as JSON. */
    @Column(name = "terms_before", updatable = false)
    private String termsBefore;

    @Column(name = "terms_after", updatable = false)
    private String termsAfter;

    @Column(name = "suspended_until", updatable = false)
    private LocalDate suspendedUntil;

    /** The penalty hand-over this action answers. */
    @Column(name = "answers_handover_id", updatable = false)
    private Long answers;

    @Column(name = "message_id", updatable = false)
    private String messageId;

    @Column(name = "content_digest", updatable = false)
    private String contentDigest;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected LicenceAction() {
    }

    public LicenceAction(Licence licence, long departmentId, LicenceActionKind kind, String documentNumber,
            LocalDate decidedOn, String reason, String legalBasis, LicenceStatus statusBefore, Long answers,
            String messageId, String contentDigest, String recordedBy, Instant recordedAt) {
        this.licenceId = Objects.requireNonNull(licence.id());
        this.departmentId = departmentId;
        this.kind = Objects.requireNonNull(kind);
        this.documentNumber = Objects.requireNonNull(documentNumber);
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.reason = Objects.requireNonNull(reason);
        this.legalBasis = legalBasis;
        this.statusBefore = Objects.requireNonNull(statusBefore);
        this.statusAfter = licence.status();
        this.suspendedUntil = licence.suspendedUntil();
        this.answers = answers;
        this.messageId = messageId;
        this.contentDigest = contentDigest;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** What a change changed, as JSON of the changed terms before and after. */
    public void changed(String before, String after) {
        this.termsBefore = before;
        this.termsAfter = after;
    }

    /** Whether a message with this digest is the one this action was recorded from. */
    public boolean sameContent(String digest) {
        return Objects.equals(contentDigest, digest);
    }

    public Long id() { return id; }
    public long licenceId() { return licenceId; }
    public long departmentId() { return departmentId; }
    public LicenceActionKind kind() { return kind; }
    public String documentNumber() { return documentNumber; }
    public LocalDate decidedOn() { return decidedOn; }
    public String reason() { return reason; }
    public String legalBasis() { return legalBasis; }
    public LicenceStatus statusBefore() { return statusBefore; }
    public LicenceStatus statusAfter() { return statusAfter; }
    public String termsBefore() { return termsBefore; }
    public String termsAfter() { return termsAfter; }
    public LocalDate suspendedUntil() { return suspendedUntil; }
    public Long answers() { return answers; }
    public String messageId() { return messageId; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
