package cn.gov.yingkou.sgpt.catalogue.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.yingkou.sgpt.catalogue.boundary.Element;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationContent;

/**
 * One version of an item's implementation list (Art 8 ¶1), or a proposed change to it that waits for the
 * competent department's consent (Art 8 ¶2). Its content never changes; a change is a new row.
 */
@Entity
@Cacheable
@Table(name = "catalogue_impl_version")
@NamedQuery(name = "ImplementationVersion.ofItem", query = "select v from ImplementationVersion v where v.unitId = :unit "
        + "and v.itemCode = :item order by v.proposedAt desc, v.id desc")
@NamedQuery(name = "ImplementationVersion.inEffect", query = "select v from ImplementationVersion v where v.unitId = :unit "
        + "and v.itemCode = :item and v.state = cn.gov.yingkou.sgpt.catalogue.entity.ImplementationState.IN_EFFECT")
@NamedQuery(name = "ImplementationVersion.pending", query = "select v from ImplementationVersion v where v.unitId = :unit "
        + "and v.itemCode = :item and v.state = cn.gov.yingkou.sgpt.catalogue.entity.ImplementationState.PENDING_CONSENT")
@NamedQuery(name = "ImplementationVersion.lastNumber", query = "select max(v.number) from ImplementationVersion v "
        + "where v.unitId = :unit and v.itemCode = :item")
public class ImplementationVersion {

    @Id
    @SequenceGenerator(name = "catalogue_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "item_code", nullable = false, updatable = false)
    private String itemCode;

    @Column(name = "version_no")
    private Integer number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImplementationState state;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;
    @Column(nullable = false, updatable = false)
    private String target;
    @Column(name = "authority_content", nullable = false, updatable = false)
    private String authorityContent;
    @Column(name = "time_limit_days", nullable = false, updatable = false)
    private int timeLimitDays;
    @Column(nullable = false, updatable = false)
    private String conditions;
    @Column(name = "special_procedures", updatable = false)
    private String specialProcedures;
    @Column(name = "intermediary_services", updatable = false)
    private String intermediaryServices;
    @Column(name = "review_method", nullable = false, updatable = false)
    private String reviewMethod;
    @Column(name = "review_standard", nullable = false, updatable = false)
    private String reviewStandard;
    @Column(nullable = false, updatable = false)
    private String responsibilities;
    @Column(name = "accountability_cases", updatable = false)
    private String accountabilityCases;
    @Column(name = "industry_plan", updatable = false)
    private String industryPlan;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalogue_impl_material", joinColumns = @JoinColumn(name = "impl_version_id"))
    @OrderColumn(name = "position")
    @Column(name = "material", nullable = false)
    private List<String> materials = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalogue_impl_step", joinColumns = @JoinColumn(name = "impl_version_id"))
    @OrderColumn(name = "position")
    @Column(name = "step", nullable = false)
    private List<String> process = new ArrayList<>();

    /** The elements this version changed against the one in effect when it was proposed. */
    @Column(name = "changed_elements", updatable = false)
    private String changedElements;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;
    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;
    @Column(updatable = false)
    private String reason;

    @Column(name = "consent_department_id", updatable = false)
    private Long consentDepartmentId;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "effective_at")
    private Instant effectiveAt;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected ImplementationVersion() {
    }

    private ImplementationVersion(long unitId, String itemCode, ImplementationContent content, Set<Element> changed,
            String reason, Long consentDepartmentId, String by, Instant at) {
        this.unitId = unitId;
        this.itemCode = Objects.requireNonNull(itemCode);
        this.legalBasis = content.legalBasis();
        this.target = content.target();
        this.authorityContent = content.authorityContent();
        this.timeLimitDays = content.timeLimitDays();
        this.conditions = content.conditions();
        this.materials = new ArrayList<>(content.materials());
        this.specialProcedures = content.specialProcedures();
        this.intermediaryServices = content.intermediaryServices();
        this.reviewMethod = content.reviewMethod();
        this.reviewStandard = content.reviewStandard();
        this.process = new ArrayList<>(content.process());
        this.responsibilities = content.responsibilities();
        this.accountabilityCases = content.accountabilityCases();
        this.industryPlan = content.industryPlan();
        this.changedElements = changed.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.reason = reason;
        this.consentDepartmentId = consentDepartmentId;
        this.proposedBy = Objects.requireNonNull(by);
        this.proposedAt = Objects.requireNonNull(at);
        this.changedAt = at;
    }

    /** The list handed over with the item: in effect at once as version 1. */
    public static ImplementationVersion initial(long unitId, String itemCode, ImplementationContent content, String by,
            Instant at) {
        ImplementationVersion first = new ImplementationVersion(unitId, itemCode, content,
                EnumSet.allOf(Element.class), null, null, by, at);
        first.state = ImplementationState.IN_EFFECT;
        first.number = 1;
        first.effectiveAt = at;
        return first;
    }

    /**
     * A change to the version in effect. Touching a key element makes it wait for the competent department's
     * consent; otherwise it takes effect at once as version {@code nextNumber}.
     */
    public static ImplementationVersion change(ImplementationVersion current, ImplementationContent content,
            Set<Element> keyElements, String reason, long consentDepartmentId, int nextNumber, String by, Instant at) {
        if (current.state != ImplementationState.IN_EFFECT) {
            throw new IllegalStateException("只能变更现行版本 / Only the version in effect can be changed");
        }
        Set<Element> changed = current.content().changedIn(content);
        if (changed.isEmpty()) {
            throw new IllegalArgumentException("没有任何要素发生变化 / Nothing differs from the version in effect");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
            throw new IllegalArgumentException("请说明变更理由（不超过2000字） / Give the reason for the change (at most 2000 characters)");
        }
        boolean key = changed.stream().anyMatch(keyElements::contains);
        ImplementationVersion proposal = new ImplementationVersion(current.unitId, current.itemCode, content, changed,
                reason.strip(), key ? consentDepartmentId : null, by, at);
        if (key) {
            proposal.state = ImplementationState.PENDING_CONSENT;
        } else {
            proposal.takeEffect(nextNumber, at);
        }
        return proposal;
    }

    /** The competent department consents; the change takes effect as version {@code number}. */
    public void consent(String by, int number, Instant at) {
        move(ImplementationState.IN_EFFECT, at);
        decidedBy = Objects.requireNonNull(by);
        decidedAt = at;
        this.number = number;
        effectiveAt = at;
    }

    public void refuse(String by, String why, Instant at) {
        if (why == null || why.isBlank() || why.strip().length() > 2000) {
            throw new IllegalArgumentException("不同意须说明理由（不超过2000字） / A refusal needs its reasons (at most 2000 characters)");
        }
        move(ImplementationState.REFUSED, at);
        decidedBy = Objects.requireNonNull(by);
        decidedAt = at;
        decisionReason = why.strip();
    }

    public void withdraw(Instant at) {
        move(ImplementationState.WITHDRAWN, at);
    }

    public void supersede(Instant at) {
        move(ImplementationState.SUPERSEDED, at);
    }

    private void takeEffect(int number, Instant at) {
        this.state = ImplementationState.IN_EFFECT;
        this.number = number;
        this.effectiveAt = at;
    }

    private void move(ImplementationState target, Instant at) {
        if (!state.canBecome(target)) {
            throw new IllegalStateException("实施清单当前为 " + state + "，不能转为 " + target + " / The implementation list is "
                    + state + " and cannot become " + target);
        }
        state = target;
        changedAt = at;
    }

    public ImplementationContent content() {
        return new ImplementationContent(legalBasis, target, authorityContent, timeLimitDays, conditions,
                List.copyOf(materials), specialProcedures, intermediaryServices, reviewMethod, reviewStandard,
                List.copyOf(process), responsibilities, accountabilityCases, industryPlan);
    }

    public Set<Element> changedElements() {
        Set<Element> set = EnumSet.noneOf(Element.class);
        if (changedElements != null && !changedElements.isBlank()) {
            for (String name : changedElements.split(",")) {
                set.add(Element.valueOf(name));
            }
        }
        return set;
    }

    public Long id() { return id; }
    public long unitId() { return unitId; }
    public String itemCode() { return itemCode; }
    public Integer number() { return number; }
    public ImplementationState state() { return state; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public String reason() { return reason; }
    public Long consentDepartmentId() { return consentDepartmentId; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionReason() { return decisionReason; }
    public Instant effectiveAt() { return effectiveAt; }
    public Instant changedAt() { return changedAt; }
}
