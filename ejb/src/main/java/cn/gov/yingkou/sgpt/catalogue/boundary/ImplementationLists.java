package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.catalogue.entity.ImplementationVersion;
import cn.gov.yingkou.sgpt.catalogue.entity.ListedItem;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.organisation.boundary.Units;

/**
 * The implementation lists of the items in force (Art 8): the approval bureau establishes one per item and
 * proposes changes; a change that touches a key element (configurable, catalogue_key_element) applies only
 * when the item's competent department consents, and a refusal carries its reasons. Every version and every
 * proposal stays readable; every step is audited.
 */
@Stateless
public class ImplementationLists {

    static final String RECORD_TYPE = "implementation-list";

    /** One version or proposal, as the portal and the interfaces show it. */
    public record VersionView(String unitCode, String itemCode, Integer number, String state,
            ImplementationContent content, Set<Element> changedElements, String reason, String proposedBy,
            Instant proposedAt, String consentDepartmentCode, String decidedBy, Instant decidedAt,
            String decisionReason, Instant effectiveAt) {
    }

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    Units units;

    @EJB
    Departments departments;

    /** Every version and proposal of the item's implementation list, newest first. */
    public List<VersionView> history(Caller caller, String unitCode, String itemCode) {
        long unit = units.require(unitCode);
        AccessPolicy.require(caller, Permission.READ_CATALOGUE, Scope.unit(unit));
        return em.createNamedQuery("ImplementationVersion.ofItem", ImplementationVersion.class)
                .setParameter("unit", unit).setParameter("item", itemCode).getResultStream()
                .map(v -> view(departments, unitCode, v)).toList();
    }

    public Optional<VersionView> inEffect(Caller caller, String unitCode, String itemCode) {
        long unit = units.require(unitCode);
        AccessPolicy.require(caller, Permission.READ_CATALOGUE, Scope.unit(unit));
        return current(unit, itemCode).map(v -> view(departments, unitCode, v));
    }

    /** The first implementation list of an item in the list in force: in effect at once. */
    public VersionView establish(Caller caller, String unitCode, String itemCode, ImplementationContent content) {
        long unit = units.lock(unitCode);
        AccessPolicy.require(caller, Permission.MANAGE_IMPLEMENTATION_LIST, Scope.unit(unit));
        ItemsInForce.require(em, unit, itemCode);
        if (current(unit, itemCode).isPresent()) {
            throw new IllegalStateException("该事项已有实施清单，请提出变更 / The item already has an implementation list; "
                    + "propose a change instead");
        }
        ImplementationVersion first = ImplementationVersion.initial(unit, itemCode, content, caller.username(), Instant.now());
        em.persist(first);
        audit.record(caller.actor(), "implementation-list.establish", RECORD_TYPE, key(unitCode, itemCode), "version 1");
        return view(departments, unitCode, first);
    }

    /**
     * A change to the implementation list in effect. If it touches a key element it waits for the competent
     * department's consent; otherwise it is the new version at once.
     */
    public VersionView proposeChange(Caller caller, String unitCode, String itemCode, ImplementationContent content,
            String reason) {
        long unit = units.lock(unitCode);
        AccessPolicy.require(caller, Permission.MANAGE_IMPLEMENTATION_LIST, Scope.unit(unit));
        ListedItem item = ItemsInForce.require(em, unit, itemCode);
        if (pending(unit, itemCode).isPresent()) {
            throw new IllegalStateException("已有待主管部门同意的变更 / A change already waits for the competent department");
        }
        ImplementationVersion current = current(unit, itemCode).orElseThrow(() -> new IllegalStateException(
                "该事项尚无实施清单 / The item has no implementation list yet"));
        Instant now = Instant.now();
        ImplementationVersion proposal = ImplementationVersion.change(current, content, KeyElements.read(em), reason,
                item.departmentId(), nextNumber(unit, itemCode), caller.username(), now);
        if (proposal.number() != null) {
            current.supersede(now);
            em.flush();
        }
        em.persist(proposal);
        audit.record(caller.actor(), proposal.number() == null ? "implementation-list.propose" : "implementation-list.change",
                RECORD_TYPE, key(unitCode, itemCode), "changed " + proposal.changedElements() + ": " + proposal.reason());
        return view(departments, unitCode, proposal);
    }

    /** The competent department consents: the pending change becomes the version in effect. */
    public VersionView consent(Caller caller, String unitCode, String itemCode) {
        long unit = units.lock(unitCode);
        ImplementationVersion proposal = decidable(caller, unit, itemCode);
        Instant now = Instant.now();
        current(unit, itemCode).ifPresent(v -> v.supersede(now));
        em.flush();
        proposal.consent(caller.username(), nextNumber(unit, itemCode), now);
        audit.record(caller.actor(), "implementation-list.consent", RECORD_TYPE, key(unitCode, itemCode),
                "version " + proposal.number() + " in effect");
        return view(departments, unitCode, proposal);
    }

    public VersionView refuse(Caller caller, String unitCode, String itemCode, String reasons) {
        long unit = units.lock(unitCode);
        ImplementationVersion proposal = decidable(caller, unit, itemCode);
        proposal.refuse(caller.username(), reasons, Instant.now());
        audit.record(caller.actor(), "implementation-list.refuse", RECORD_TYPE, key(unitCode, itemCode),
                proposal.decisionReason());
        return view(departments, unitCode, proposal);
    }

    public VersionView withdraw(Caller caller, String unitCode, String itemCode) {
        long unit = units.lock(unitCode);
        AccessPolicy.require(caller, Permission.MANAGE_IMPLEMENTATION_LIST, Scope.unit(unit));
        ImplementationVersion proposal = pending(unit, itemCode).orElseThrow(() -> new IllegalStateException(
                "没有待同意的变更 / No change is waiting"));
        proposal.withdraw(Instant.now());
        audit.record(caller.actor(), "implementation-list.withdraw", RECORD_TYPE, key(unitCode, itemCode), null);
        return view(departments, unitCode, proposal);
    }

    private ImplementationVersion decidable(Caller caller, long unit, String itemCode) {
        ImplementationVersion proposal = pending(unit, itemCode).orElseThrow(() -> new IllegalStateException(
                "没有待同意的变更 / No change is waiting"));
        DepartmentRef department = departments.byId(proposal.consentDepartmentId()).orElseThrow();
        AccessPolicy.require(caller, Permission.DECIDE_ON_CHANGE, Scope.department(department));
        em.lock(proposal, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return proposal;
    }

    private Optional<ImplementationVersion> current(long unit, String itemCode) {
        return em.createNamedQuery("ImplementationVersion.inEffect", ImplementationVersion.class)
                .setParameter("unit", unit).setParameter("item", itemCode).getResultStream().findFirst();
    }

    private Optional<ImplementationVersion> pending(long unit, String itemCode) {
        return em.createNamedQuery("ImplementationVersion.pending", ImplementationVersion.class)
                .setParameter("unit", unit).setParameter("item", itemCode).getResultStream().findFirst();
    }

    private int nextNumber(long unit, String itemCode) {
        Integer last = em.createNamedQuery("ImplementationVersion.lastNumber", Integer.class).setParameter("unit", unit)
                .setParameter("item", itemCode).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    static VersionView view(Departments departments, String unitCode, ImplementationVersion v) {
        String consent = v.consentDepartmentId() == null ? null
                : departments.byId(v.consentDepartmentId()).map(DepartmentRef::code).orElse(null);
        return new VersionView(unitCode, v.itemCode(), v.number(), v.state().name(), v.content(), v.changedElements(),
                v.reason(), v.proposedBy(), v.proposedAt(), consent, v.decidedBy(), v.decidedAt(), v.decisionReason(),
                v.effectiveAt());
    }

    private static String key(String unitCode, String itemCode) {
        return unitCode + "/" + itemCode;
    }
}
