package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.Difference;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionDetail;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionSummary;
import cn.gov.yingkou.sgpt.catalogue.control.ItemListDiff;
import cn.gov.yingkou.sgpt.catalogue.control.ItemListWorkbook.ImportedRow;
import cn.gov.yingkou.sgpt.catalogue.entity.ItemListVersion;
import cn.gov.yingkou.sgpt.catalogue.entity.ListOpinion;
import cn.gov.yingkou.sgpt.catalogue.entity.ListedItem;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.organisation.boundary.Units;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;

/**
 * A unit's concentrated licensing item list (Art 7): the business-environment bureau drafts a version from
 * the one in force and the departments' opinions, records its evaluation, the government's approval and the
 * filing with the higher government; the version is in force from its effective date. Everyone reads the
 * versions and compares any two. Every step is audited.
 */
@Stateless
public class ItemLists {

    static final String RECORD_TYPE = "item-list";

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    Departments departments;

    @EJB
    Units units;

    public List<VersionSummary> versions(Caller caller, String unitCode) {
        long unit = units.require(unitCode);
        AccessPolicy.require(caller, Permission.READ_CATALOGUE, Scope.unit(unit));
        Integer inForce = inForceNumber(unit, today());
        return em.createNamedQuery("ItemListVersion.ofUnit", ItemListVersion.class).setParameter("unit", unit)
                .getResultStream().map(v -> summary(unitCode, v, inForce)).toList();
    }

    public VersionDetail version(Caller caller, String unitCode, int number) {
        long unit = units.require(unitCode);
        AccessPolicy.require(caller, Permission.READ_CATALOGUE, Scope.unit(unit));
        return detail(unitCode, find(unit, number), inForceNumber(unit, today()));
    }

    /** The version in force in the unit on {@code day}, if any has taken effect by then. */
    public Optional<VersionDetail> inForce(Caller caller, String unitCode, LocalDate day) {
        long unit = units.require(unitCode);
        AccessPolicy.require(caller, Permission.READ_CATALOGUE, Scope.unit(unit));
        Integer number = inForceNumber(unit, day);
        return Optional.ofNullable(number).map(n -> detail(unitCode, find(unit, n), inForceNumber(unit, today())));
    }

    public Difference compare(Caller caller, String unitCode, int from, int to) {
        long unit = units.require(unitCode);
        AccessPolicy.require(caller, Permission.READ_CATALOGUE, Scope.unit(unit));
        ItemListDiff diff = ItemListDiff.between(find(unit, from).items(), find(unit, to).items());
        return new Difference(unitCode, from, to, diff.added().stream().map(this::item).toList(),
                diff.removed().stream().map(this::item).toList(), diff.changed().stream()
                        .map(c -> new ItemListViews.ItemChange(item(c.before()), item(c.after()))).toList());
    }

    /** A new draft holding the items of the version in force today; one unfinished version at a time. */
    public VersionSummary startDraft(Caller caller, String unitCode, String title) {
        long unit = units.lock(unitCode);
        AccessPolicy.require(caller, Permission.MANAGE_ITEM_LIST, Scope.unit(unit));
        boolean unfinished = em.createNamedQuery("ItemListVersion.ofUnit", ItemListVersion.class)
                .setParameter("unit", unit).getResultStream().anyMatch(v -> v.status() == ListStatus.DRAFT
                        || v.status() == ListStatus.EVALUATED || v.status() == ListStatus.APPROVED);
        if (unfinished) {
            throw new IllegalStateException("本单位已有未完成备案的清单版本，请先完成或放弃 / The unit already has a version "
                    + "that is not filed yet; finish or abandon it first");
        }
        Integer current = inForceNumber(unit, today());
        List<ListedItem> basis = current == null ? List.of() : find(unit, current).items();
        Integer last = em.createNamedQuery("ItemListVersion.lastNumber", Integer.class).setParameter("unit", unit)
                .getSingleResult();
        ItemListVersion draft = new ItemListVersion(unit, last == null ? 1 : last + 1, title, basis,
                caller.username(), Instant.now());
        em.persist(draft);
        record(caller, "item-list.draft", unitCode, draft, draft.title() + "; from version " + current);
        return summary(unitCode, draft, current);
    }

    /** Adds an item to a draft, or corrects the one with the same code. */
    public VersionDetail putItem(Caller caller, String unitCode, int number, String code, String name,
            String departmentCode) {
        ItemListVersion draft = managed(caller, unitCode, number);
        ListedItem item = new ListedItem(code, name, competentDepartment(draft, departmentCode).id());
        draft.put(item, Instant.now());
        record(caller, "item-list.item", unitCode, draft, item.code() + " " + item.name() + " → " + departmentCode);
        return detail(unitCode, draft, inForceNumber(draft.unitId(), today()));
    }

    /**
     * The draft's items become the imported rows, all or nothing: every row whose department is not a
     * competent department of the unit, or whose code or name is malformed, is reported, and then nothing changes.
     */
    public VersionDetail replaceItems(Caller caller, String unitCode, int number, List<ImportedRow> rows) {
        ItemListVersion draft = managed(caller, unitCode, number);
        List<ItemListImportRejected.RowError> errors = new ArrayList<>();
        List<ListedItem> items = new ArrayList<>();
        for (ImportedRow row : rows) {
            try {
                items.add(new ListedItem(row.code(), row.name(), competentDepartment(draft, row.departmentCode()).id()));
            } catch (IllegalArgumentException e) {
                errors.add(new ItemListImportRejected.RowError(row.row(), null, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ItemListImportRejected(errors);
        }
        draft.replaceItems(items, Instant.now());
        record(caller, "item-list.import", unitCode, draft, items.size() + " items");
        return detail(unitCode, draft, inForceNumber(draft.unitId(), today()));
    }

    public VersionDetail removeItem(Caller caller, String unitCode, int number, String code) {
        ItemListVersion draft = managed(caller, unitCode, number);
        draft.remove(code, Instant.now());
        record(caller, "item-list.item-removed", unitCode, draft, code);
        return detail(unitCode, draft, inForceNumber(draft.unitId(), today()));
    }

    public VersionSummary evaluate(Caller caller, String unitCode, int number, String record, LocalDate on) {
        ItemListVersion version = managed(caller, unitCode, number);
        version.evaluate(record, on, caller.username(), Instant.now());
        return recorded(caller, "item-list.evaluate", unitCode, version, "on " + on + ": " + version.evaluationRecord());
    }

    public VersionSummary reopen(Caller caller, String unitCode, int number) {
        ItemListVersion version = managed(caller, unitCode, number);
        version.reopen(Instant.now());
        return recorded(caller, "item-list.reopen", unitCode, version, null);
    }

    public VersionSummary approve(Caller caller, String unitCode, int number, String document, LocalDate on) {
        ItemListVersion version = managed(caller, unitCode, number);
        version.approve(document, on, Instant.now());
        return recorded(caller, "item-list.approve", unitCode, version, document + " of " + on);
    }

    public VersionSummary file(Caller caller, String unitCode, int number, LocalDate filedOn, LocalDate effectiveFrom) {
        ItemListVersion version = managed(caller, unitCode, number);
        version.file(filedOn, effectiveFrom, Instant.now());
        return recorded(caller, "item-list.file", unitCode, version, "filed " + filedOn + ", in force from " + effectiveFrom);
    }

    public VersionSummary abandon(Caller caller, String unitCode, int number) {
        ItemListVersion version = managed(caller, unitCode, number);
        version.abandon(Instant.now());
        return recorded(caller, "item-list.abandon", unitCode, version, null);
    }

    /** A department's opinion on a draft of its own unit's list. */
    public void submitOpinion(Caller caller, String unitCode, int number, String opinion) {
        long unit = units.require(unitCode);
        AccessPolicy.require(caller, Permission.SUBMIT_LIST_OPINION, Scope.unit(unit));
        ItemListVersion version = find(unit, number);
        if (version.status() != ListStatus.DRAFT) {
            throw new IllegalStateException("只能对起草中的版本提出意见 / Opinions are taken on drafts only");
        }
        em.persist(new ListOpinion(version.id(), caller.departmentId(), opinion, caller.username(), Instant.now()));
        record(caller, "item-list.opinion", unitCode, version, caller.department().code());
    }

    private DepartmentRef competentDepartment(ItemListVersion draft, String departmentCode) {
        // byCode, not require: an EJB's refusal would mark the transaction for rollback, and an import goes on
        // past a bad row to report every one.
        DepartmentRef department = departments.byCode(departmentCode).orElseThrow(() -> new IllegalArgumentException(
                "没有编码为 " + departmentCode + " 的部门 / No department with code " + departmentCode));
        if (department.unitId() != draft.unitId() || department.role() != DepartmentRole.COMPETENT_DEPARTMENT) {
            throw new IllegalArgumentException("事项须属于本单位的行业主管部门：" + departmentCode + " / An item must belong to "
                    + "a competent department of the same unit: " + departmentCode);
        }
        return department;
    }

    private ItemListVersion managed(Caller caller, String unitCode, int number) {
        long unit = units.require(unitCode);
        AccessPolicy.require(caller, Permission.MANAGE_ITEM_LIST, Scope.unit(unit));
        ItemListVersion version = find(unit, number);
        em.lock(version, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return version;
    }

    private ItemListVersion find(long unit, int number) {
        return em.createNamedQuery("ItemListVersion.byNumber", ItemListVersion.class).setParameter("unit", unit)
                .setParameter("number", number).getResultStream().findFirst().orElseThrow(() ->
                        new RecordNotFound("没有第 " + number + " 版清单 / No version " + number + " of the list"));
    }

    private Integer inForceNumber(long unit, LocalDate day) {
        return inForceNumber(em, unit, day);
    }

    static Integer inForceNumber(EntityManager em, long unit, LocalDate day) {
        return em.createNamedQuery("ItemListVersion.inForce", ItemListVersion.class).setParameter("unit", unit)
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst()
                .map(ItemListVersion::number).orElse(null);
    }

    private VersionSummary recorded(Caller caller, String action, String unitCode, ItemListVersion version, String detail) {
        record(caller, action, unitCode, version, detail);
        return summary(unitCode, version, inForceNumber(version.unitId(), today()));
    }

    private void record(Caller caller, String action, String unitCode, ItemListVersion version, String detail) {
        audit.record(caller.actor(), action, RECORD_TYPE, unitCode + "#" + version.number(), detail);
    }

    static VersionSummary summary(String unitCode, ItemListVersion v, Integer inForce) {
        return new VersionSummary(unitCode, v.number(), v.title(), v.status(), inForce != null && inForce == v.number(),
                v.items().size(), v.createdAt(), v.createdBy(), v.approvalDocument(), v.approvedOn(), v.filedOn(),
                v.effectiveFrom(), v.changedAt());
    }

    private VersionDetail detail(String unitCode, ItemListVersion v, Integer inForce) {
        List<ItemListViews.Opinion> opinions = em.createNamedQuery("ListOpinion.ofVersion", ListOpinion.class)
                .setParameter("version", v.id()).getResultStream().map(o -> {
                    DepartmentRef d = departments.byId(o.departmentId()).orElseThrow();
                    return new ItemListViews.Opinion(d.code(), d.nameZh(), o.opinion(), o.submittedAt(), o.submittedBy());
                }).toList();
        return new VersionDetail(summary(unitCode, v, inForce), v.evaluationRecord(), v.evaluatedOn(), v.evaluatedBy(),
                v.items().stream().map(this::item).toList(), opinions);
    }

    private ItemListViews.Item item(ListedItem i) {
        DepartmentRef d = departments.byId(i.departmentId()).orElseThrow();
        return new ItemListViews.Item(i.code(), i.name(), d.code(), d.nameZh(), d.nameEn());
    }

    static LocalDate today() {
        return LocalDate.now(Beijing.ZONE);
    }
}
