package cn.gov.yingkou.sgpt.catalogue.entity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

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

import cn.gov.yingkou.sgpt.catalogue.boundary.PushField;

/**
 * What is pushed, and to whom, when a licence of one item is issued: the fields of the result (at least
 * those the regulation names) and the competent department that receives them.
 */
@Entity
@Cacheable
@Table(name = "catalogue_push_list")
@NamedQuery(name = "PushList.ofItem", query = "select p from PushList p where p.unitId = :unit and p.itemCode = :item")
public class PushList {

    @Id
    @SequenceGenerator(name = "catalogue_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "item_code", nullable = false, updatable = false)
    private String itemCode;

    @Column(name = "receiving_department_id", nullable = false)
    private long receivingDepartmentId;

    /** Issuing a licence pushes at once; otherwise a clerk pushes (Art 17 allows either within 2 WD). */
    @Column(nullable = false)
    private boolean automatic;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalogue_push_field", joinColumns = @JoinColumn(name = "push_list_id"))
    @Column(name = "field", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<PushField> fields = EnumSet.noneOf(PushField.class);

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Version
    private long version;

    protected PushList() {
    }

    public PushList(long unitId, String itemCode) {
        this.unitId = unitId;
        this.itemCode = Objects.requireNonNull(itemCode);
    }

    public void define(Set<PushField> fields, long receivingDepartmentId, boolean automatic, String by, Instant at) {
        Set<PushField> missing = EnumSet.copyOf(PushField.required());
        missing.removeAll(fields);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("推送清单须包含事项名称、申请人、联系方式、申请材料和审批结果，缺少：" + missing
                    + " / A push list must carry the item, applicant, contact, materials and result; missing: " + missing);
        }
        this.fields.clear();
        this.fields.addAll(fields);
        this.receivingDepartmentId = receivingDepartmentId;
        this.automatic = automatic;
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    public long unitId() { return unitId; }
    public String itemCode() { return itemCode; }
    public long receivingDepartmentId() { return receivingDepartmentId; }
    public boolean automatic() { return automatic; }
    public Set<PushField> fields() { return fields.isEmpty() ? EnumSet.noneOf(PushField.class) : EnumSet.copyOf(fields); }
    public Instant changedAt() { return changedAt; }
    public String changedBy() { return changedBy; }
}
