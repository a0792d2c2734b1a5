package cn.gov.yingkou.sgpt.supervision.entity;

import java.time.Instant;

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

import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintChannel;
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintKind;
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintStatus;

/**
 * A complaint or report from the public (Art 18: 群众参与), routed to the department that supervises the licence or is
 * competent for the matter, and answered there. The lookup code is kept only as its digest.
 */
@Entity
@Table(name = "supervision_complaint")
@NamedQuery(name = "Complaint.byReference", query = "select c from Complaint c where c.reference = :reference")
@NamedQuery(name = "Complaint.byMessage", query = "select c from Complaint c where c.sourceAccount = :account "
        + "and c.messageId = :messageId")
public class Complaint {

    @Id
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    @Column(name = "code_digest", nullable = false, updatable = false)
    private String codeDigest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ComplaintKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ComplaintChannel channel;

    /** The hotline system's account that passed it on, and its message id and ticket number. */
    @Column(name = "source_account", updatable = false)
    private String sourceAccount;

    @Column(name = "message_id", updatable = false)
    private String messageId;

    @Column(name = "content_digest", updatable = false)
    private String contentDigest;

    @Column(name = "source_reference", updatable = false)
    private String sourceReference;

    @Column(name = "licence_number", updatable = false)
    private String licenceNumber;

    @Column(name = "subject_name", nullable = false, updatable = false)
    private String subjectName;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(name = "complainant_name", updatable = false)
    private String complainantName;

    @Column(name = "complainant_phone", updatable = false)
    private String complainantPhone;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintStatus status;

    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Version
    private long version;

    protected Complaint() {
    }

    /** What a complaint says and where it came from, as lodged. */
    public record Content(ComplaintKind kind, ComplaintChannel channel, String licenceNumber, String subjectName,
            String content, String complainantName, String complainantPhone, String sourceReference) {
    }

    /** A hotline system's account and the message it came under (all null for the public form and the portal). */
    public record Source(String account, String messageId, String contentDigest) {
    }

    public Complaint(String reference, String codeDigest, Content c, Source source, long unitId, long departmentId,
            Long fileId, Instant receivedAt) {
        this.reference = reference;
        this.codeDigest = codeDigest;
        this.kind = c.kind();
        this.channel = c.channel();
        this.licenceNumber = c.licenceNumber();
        this.subjectName = c.subjectName();
        this.content = c.content();
        this.complainantName = c.complainantName();
        this.complainantPhone = c.complainantPhone();
        this.sourceReference = c.sourceReference();
        this.sourceAccount = source.account();
        this.messageId = source.messageId();
        this.contentDigest = source.contentDigest();
        this.unitId = unitId;
        this.departmentId = departmentId;
        this.fileId = fileId;
        this.receivedAt = receivedAt;
        this.status = ComplaintStatus.RECEIVED;
    }

    public void answer(String text, String by, Instant at) {
        if (status == ComplaintStatus.ANSWERED) {
            throw new IllegalStateException("该件已于 " + answeredAt + " 答复 / " + reference + " was answered at " + answeredAt);
        }
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = ComplaintStatus.ANSWERED;
    }

    /** Passed on to the department that handles it (a misrouted complaint), with that department's file if any. */
    public void routeTo(long unitId, long departmentId, Long fileId) {
        if (status == ComplaintStatus.ANSWERED) {
            throw new IllegalStateException("该件已答复，不能转办 / " + reference + " was answered and is not passed on");
        }
        if (departmentId == this.departmentId) {
            throw new IllegalArgumentException("已由该部门办理 / " + reference + " is already with that department");
        }
        this.unitId = unitId;
        this.departmentId = departmentId;
        this.fileId = fileId;
    }

    public boolean sameContent(String digest) {
        return digest.equals(contentDigest);
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public String codeDigest() { return codeDigest; }
    public ComplaintKind kind() { return kind; }
    public ComplaintChannel channel() { return channel; }
    public String sourceReference() { return sourceReference; }
    public String licenceNumber() { return licenceNumber; }
    public String subjectName() { return subjectName; }
    public String content() { return content; }
    public String complainantName() { return complainantName; }
    public String complainantPhone() { return complainantPhone; }
    public long unitId() { return unitId; }
    public long departmentId() { return departmentId; }
    public Long fileId() { return fileId; }
    public Instant receivedAt() { return receivedAt; }
    public ComplaintStatus status() { return status; }
    public String answer() { return answer; }
    public Instant answeredAt() { return answeredAt; }
    public String answeredBy() { return answeredBy; }
}
