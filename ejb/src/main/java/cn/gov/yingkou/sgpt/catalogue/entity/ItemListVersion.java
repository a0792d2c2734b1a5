package cn.gov.yingkou.sgpt.catalogue.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.yingkou.sgpt.catalogue.boundary.ListStatus;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * One version of a unit's concentrated licensing item list (Art 7). Its items change only while it is a
 * draft; evaluation, the government's approval and the filing with the higher government are recorded with
 * their evidence, in that order, and a filed version never changes again.
 */
@Entity
@Cacheable
@Table(name = "catalogue_list_version")
@NamedQuery(name = "ItemListVersion.ofUnit", query = "select v from ItemListVersion v where v.unitId = :unit "
        + "order by v.number desc")
@NamedQuery(name = "ItemListVersion.byNumber", query = "select v from ItemListVersion v where v.unitId = :unit "
        + "and v.number = :number")
@NamedQuery(name = "ItemListVersion.lastNumber", query = "select max(v.number) from ItemListVersion v where v.unitId = :unit")
@NamedQuery(name = "ItemListVersion.inForce", query = "select v from ItemListVersion v where v.unitId = :unit "
        + "and v.status = cn.gov.yingkou.sgpt.catalogue.boundary.ListStatus.FILED and v.effectiveFrom <= :day "
        + "order by v.effectiveFrom desc, v.number desc")
@NamedQuery(name = "ItemListVersion.idInForce", query = "select v.id from ItemListVersion v where v.unitId = :unit "
        + "and v.status = cn.gov.yingkou.sgpt.catalogue.boundary.ListStatus.FILED and v.effectiveFrom <= :day "
        + "order by v.effectiveFrom desc, v.number desc")
@NamedQuery(name = "ItemListVersion.listedItem", query = "select i from ItemListVersion v join v.items i "
        + "where v.id = :version and i.code = :code")
public class ItemListVersion {

    @Id
    @SequenceGenerator(name = "catalogue_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ListStatus status;

    @Column(nullable = false)
    private String title;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "evaluation_record")
    private String evaluationRecord;

    /** The day the evaluation was made (it may predate its recording). */
    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;

    @Column(name = "evaluated_at")
    private Instant evaluatedAt;

    @Column(name = "evaluated_by")
    private String evaluatedBy;

    @Column(name = "approval_document")
    private String approvalDocument;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    /** For incremental reads by provincial systems. */
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "catalogue_list_item", joinColumns = @JoinColumn(name = "list_version_id"))
    private List<ListedItem> items = new ArrayList<>();

    @Version
    private long version;

    protected ItemListVersion() {
    }

    /** A new draft, starting from the items of {@code basis} (the version in force), or empty. */
    public ItemListVersion(long unitId, int number, String title, List<ListedItem> basis, String by, Instant at) {
        this.unitId = unitId;
        this.number = number;
        this.title = Texts.required(title, 200, "标题 / title");
        this.status = ListStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(at);
        this.createdBy = Objects.requireNonNull(by);
        this.changedAt = at;
        basis.forEach(this::add);
    }

    /** Adds an item, or replaces the one with the same code (draft only). */
    public void put(ListedItem item, Instant at) {
        requireDraft();
        add(item);
        changedAt = at;
    }

    /** The draft's items become exactly {@code replacement} (an imported list). */
    public void replaceItems(List<ListedItem> replacement, Instant at) {
        requireDraft();
        items.clear();
        replacement.forEach(this::add);
        changedAt = at;
    }

    public void remove(String code, Instant at) {
        requireDraft();
        changedAt = at;
        if (!items.removeIf(existing -> existing.code().equals(code))) {
            throw new IllegalArgumentException("清单中没有事项 " + code + " / The list has no item " + code);
        }
    }

    public void evaluate(String record, LocalDate on, String by, Instant at) {
        allow(ListStatus.EVALUATED);
        if (items.isEmpty()) {
            throw new IllegalStateException("清单没有任何事项，不能评估 / An empty list cannot be evaluated");
        }
        String text = Texts.required(record, 4000, "评估记录 / evaluation record");
        if (on == null || on.isAfter(LocalDate.ofInstant(at, Beijing.ZONE))) {
            throw new IllegalArgumentException("须填写评估日期，且不能晚于今天 / The evaluation date is required and cannot "
                    + "be in the future");
        }
        move(ListStatus.EVALUATED, at);
        this.evaluationRecord = text;
        this.evaluatedOn = on;
        this.evaluatedBy = by;
        this.evaluatedAt = at;
    }

    /** Back to drafting after an evaluation found something to change. */
    public void reopen(Instant at) {
        move(ListStatus.DRAFT, at);
    }

    public void approve(String document, LocalDate on, Instant at) {
        allow(ListStatus.APPROVED);
        String number = Texts.required(document, 100, "批准文号 / approval document number");
        if (on == null || on.isBefore(evaluatedOn)) {
            throw new IllegalArgumentException("批准日期不能为空或早于评估日期 / The approval date is required and cannot "
                    + "predate the evaluation");
        }
        move(ListStatus.APPROVED, at);
        this.approvalDocument = number;
        this.approvedOn = on;
    }

    /** Filed with the higher government; in force from {@code effectiveFrom}, which cannot precede approval. */
    public void file(LocalDate filedOn, LocalDate effectiveFrom, Instant at) {
        allow(ListStatus.FILED);
        if (filedOn == null || effectiveFrom == null || filedOn.isBefore(approvedOn) || effectiveFrom.isBefore(approvedOn)) {
            throw new IllegalArgumentException("须填写备案日期和生效日期，且不能早于批准日期 / The filing and effective dates "
                    + "are required and cannot precede the approval");
        }
        move(ListStatus.FILED, at);
        this.filedOn = filedOn;
        this.effectiveFrom = effectiveFrom;
    }

    public void abandon(Instant at) {
        move(ListStatus.ABANDONED, at);
    }

    private void add(ListedItem item) {
        items.removeIf(existing -> existing.code().equals(item.code()));
        items.add(item);
        items.sort(Comparator.comparing(ListedItem::code));
    }

    private void move(ListStatus target, Instant at) {
        allow(target);
        status = target;
        changedAt = at;
    }

    private void allow(ListStatus target) {
        if (!status.canBecome(target)) {
            throw new IllegalStateException("清单第 " + number + " 版当前为 " + status + "，不能转为 " + target + " / Version "
                    + number + " is " + status + " and cannot become " + target);
        }
    }

    private void requireDraft() {
        if (status != ListStatus.DRAFT) {
            throw new IllegalStateException("只有起草中的版本可以修改事项；第 " + number + " 版为 " + status + " / Items change "
                    + "only in a draft; version " + number + " is " + status);
        }
    }

    public Long id() { return id; }
    public long unitId() { return unitId; }
    public int number() { return number; }
    public ListStatus status() { return status; }
    public String title() { return title; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public String evaluationRecord() { return evaluationRecord; }
    public Instant evaluatedAt() { return evaluatedAt; }
    public LocalDate evaluatedOn() { return evaluatedOn; }
    public String evaluatedBy() { return evaluatedBy; }
    public String approvalDocument() { return approvalDocument; }
    public LocalDate approvedOn() { return approvedOn; }
    public LocalDate filedOn() { return filedOn; }
    public LocalDate effectiveFrom() { return effectiveFrom; }
    public Instant changedAt() { return changedAt; }
    public List<ListedItem> items() { return List.copyOf(items); }
}
