package cn.gov.yingkou.sgpt.supervision.entity;

import java.time.Instant;
import java.time.LocalDate;

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

import cn.gov.yingkou.sgpt.supervision.boundary.InspectionKind;
import cn.gov.yingkou.sgpt.supervision.boundary.InspectionOutcome;
import cn.gov.yingkou.sgpt.supervision.boundary.Rectification;

/**
 * An inspection recorded on a supervision file (Art 18), written once; only a rectification order's standing changes,
 * when its re-inspection is recorded.
 */
@Entity
@Table(name = "supervision_inspection")
@NamedQuery(name = "Inspection.ofFile", query = "select i from Inspection i where i.fileId = :file "
        + "order by i.inspectedOn, i.id")
@NamedQuery(name = "Inspection.byMessage", query = "select i from Inspection i where i.departmentId = :department "
        + "and i.messageId = :messageId")
@NamedQuery(name = "Inspection.dueOnFile", query = "select count(i) from Inspection i where i.fileId = :file "
        + "and i.rectification = cn.gov.yingkou.sgpt.supervision.boundary.Rectification.DUE")
public class Inspection {

    @Id
    @SequenceGenerator(name = "inspection_seq", sequenceName = "inspection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_seq")
    private Long id;

    @Column(name = "file_id", nullable = false, updatable = false)
    private long fileId;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Column(name = "content_digest", nullable = false, updatable = false)
    private String contentDigest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InspectionKind kind;

    @Column(name = "inspected_on", nullable = false, updatable = false)
    private LocalDate inspectedOn;

    @Column(nullable = false, updatable = false)
    private String inspectors;

    @Column(nullable = false, updatable = false)
    private String findings;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InspectionOutcome outcome;

    @Column(name = "rectification_order", updatable = false)
    private String rectificationOrder;

    @Column(name = "rectify_by", updatable = false)
    private LocalDate rectifyBy;

    @Enumerated(EnumType.STRING)
    private Rectification rectification;

    @Column(name = "follows_up", updatable = false)
    private Long followsUp;

    @Column(name = "followed_up_by")
    private Long followedUpBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Version
    private long version;

    protected Inspection() {
    }

    public Inspection(long fileId, long departmentId, String messageId, String contentDigest, InspectionKind kind,
            LocalDate inspectedOn, String inspectors, String findings, InspectionOutcome outcome,
            String rectificationOrder, LocalDate rectifyBy, Long followsUp, String recordedBy, Instant recordedAt) {
        this.fileId = fileId;
        this.departmentId = departmentId;
        this.messageId = messageId;
        this.contentDigest = contentDigest;
        this.kind = kind;
        this.inspectedOn = inspectedOn;
        this.inspectors = inspectors;
        this.findings = findings;
        this.outcome = outcome;
        this.rectificationOrder = rectificationOrder;
        this.rectifyBy = rectifyBy;
        this.rectification = outcome == InspectionOutcome.RECTIFY ? Rectification.DUE : null;
        this.followsUp = followsUp;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The re-inspection found the order put right, or not. */
    public void followedUp(long reinspection, boolean rectified) {
        if (rectification != Rectification.DUE) {
            throw new IllegalStateException("该检查没有待复查的整改 / Inspection " + id + " has no rectification awaiting "
                    + "its re-inspection");
        }
        this.followedUpBy = reinspection;
        this.rectification = rectified ? Rectification.RECTIFIED : Rectification.NOT_RECTIFIED;
    }

    public boolean sameContent(String digest) {
        return contentDigest.equals(digest);
    }

    public Long id() { return id; }
    public long fileId() { return fileId; }
    public long departmentId() { return departmentId; }
    public String messageId() { return messageId; }
    public InspectionKind kind() { return kind; }
    public LocalDate inspectedOn() { return inspectedOn; }
    public String inspectors() { return inspectors; }
    public String findings() { return findings; }
    public InspectionOutcome outcome() { return outcome; }
    public String rectificationOrder() { return rectificationOrder; }
    public LocalDate rectifyBy() { return rectifyBy; }
    public Rectification rectification() { return rectification; }
    public Long followsUp() { return followsUp; }
    public Long followedUpBy() { return followedUpBy; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
