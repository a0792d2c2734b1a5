package cn.gov.yingkou.sgpt.catalogue.entity;

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

import cn.gov.yingkou.sgpt.catalogue.boundary.NoticeKind;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * A competent department's notice to the approval bureau of its unit (Art 8 ¶3–4), open until the bureau
 * replies. A solicitation carries the date by which the reply is due.
 */
@Entity
@Table(name = "catalogue_notice")
@NamedQuery(name = "CatalogueNotice.involving", query = "select n from CatalogueNotice n where n.fromDepartmentId = :department "
        + "or n.toDepartmentId = :department order by n.sentAt desc, n.id desc")
public class CatalogueNotice {

    @Id
    @SequenceGenerator(name = "catalogue_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NoticeKind kind;

    @Column(name = "from_department_id", nullable = false, updatable = false)
    private long fromDepartmentId;

    @Column(name = "to_department_id", nullable = false, updatable = false)
    private long toDepartmentId;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String basis;

    @Column(name = "affected_items", updatable = false)
    private String affectedItems;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, updatable = false)
    private String sentBy;

    @Column(name = "reply_due", updatable = false)
    private LocalDate replyDue;

    private String reply;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "replied_by")
    private String repliedBy;

    @Version
    private long version;

    protected CatalogueNotice() {
    }

    public CatalogueNotice(long unitId, NoticeKind kind, long fromDepartmentId, long toDepartmentId, String subject,
            String basis, String affectedItems, String body, LocalDate replyDue, String by, Instant at, LocalDate today) {
        this.unitId = unitId;
        this.kind = Objects.requireNonNull(kind);
        this.fromDepartmentId = fromDepartmentId;
        this.toDepartmentId = toDepartmentId;
        this.subject = Texts.required(subject, 200, "标题 / subject");
        this.basis = Texts.required(basis, 1000, "依据 / basis");
        this.affectedItems = affectedItems == null || affectedItems.isBlank() ? null : Texts.required(affectedItems, 2000, "涉及事项 / items");
        this.body = Texts.required(body, 4000, "内容 / body");
        if (kind == NoticeKind.OPINION_SOLICITATION && (replyDue == null || !replyDue.isAfter(today))) {
            throw new IllegalArgumentException("征求意见须给出晚于今天的答复期限 / A solicitation needs a reply date after today");
        }
        this.replyDue = replyDue;
        this.sentBy = Objects.requireNonNull(by);
        this.sentAt = Objects.requireNonNull(at);
    }

    public void reply(String text, String by, Instant at) {
        if (repliedAt != null) {
            throw new IllegalStateException("已答复 / Already replied");
        }
        this.reply = Texts.required(text, 4000, "答复 / reply");
        this.repliedBy = Objects.requireNonNull(by);
        this.repliedAt = Objects.requireNonNull(at);
    }

    public Long id() { return id; }
    public long unitId() { return unitId; }
    public NoticeKind kind() { return kind; }
    public long fromDepartmentId() { return fromDepartmentId; }
    public long toDepartmentId() { return toDepartmentId; }
    public String subject() { return subject; }
    public String basis() { return basis; }
    public String affectedItems() { return affectedItems; }
    public String body() { return body; }
    public Instant sentAt() { return sentAt; }
    public String sentBy() { return sentBy; }
    public LocalDate replyDue() { return replyDue; }
    public String reply() { return reply; }
    public Instant repliedAt() { return repliedAt; }
    public String repliedBy() { return repliedBy; }
}
