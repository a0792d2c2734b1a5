package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.catalogue.entity.ListedItem;
import cn.gov.yingkou.sgpt.catalogue.entity.PushList;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.organisation.boundary.Units;

/**
 * The result push list of each item in force (审批结果信息推送清单): the approval bureau sets which fields
 * are pushed and to which competent department (by default the one that handed the item over); the exchange
 * context pushes by it.
 */
@Stateless
public class PushLists {

    /** A push list as others read it. */
    public record PushListView(String unitCode, String itemCode, Set<PushField> fields, String receivingDepartmentCode,
            boolean automatic, Instant changedAt, String changedBy) {
    }

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    Units units;

    @EJB
    Departments departments;

    public Optional<PushListView> of(Caller caller, String unitCode, String itemCode) {
        long unit = units.require(unitCode);
        AccessPolicy.require(caller, Permission.READ_CATALOGUE, Scope.unit(unit));
        return find(unit, itemCode).map(p -> view(departments, unitCode, p));
    }

    /** Sets the item's push list; {@code receivingDepartmentCode} null means the item's own competent department. */
    public PushListView define(Caller caller, String unitCode, String itemCode, Set<PushField> fields,
            String receivingDepartmentCode, boolean automatic) {
        long unit = units.lock(unitCode);
        AccessPolicy.require(caller, Permission.MANAGE_IMPLEMENTATION_LIST, Scope.unit(unit));
        ListedItem item = ItemsInForce.require(em, unit, itemCode);
        DepartmentRef receiver = receivingDepartmentCode == null || receivingDepartmentCode.isBlank()
                ? departments.byId(item.departmentId()).orElseThrow() : departments.require(receivingDepartmentCode);
        if (receiver.unitId() != unit || receiver.role() != DepartmentRole.COMPETENT_DEPARTMENT) {
            throw new IllegalArgumentException("接收部门须为本单位的行业主管部门：" + receiver.code() + " / The receiver must be a "
                    + "competent department of the same unit: " + receiver.code());
        }
        Optional<PushList> existing = find(unit, itemCode);
        PushList list = existing.orElseGet(() -> new PushList(unit, itemCode));
        list.define(fields, receiver.id(), automatic, caller.username(), Instant.now());
        if (existing.isEmpty()) {
            em.persist(list);
        }
        audit.record(caller.actor(), "push-list.define", "push-list", unitCode + "/" + itemCode,
                "fields=" + list.fields() + ", to " + receiver.code() + ", automatic=" + automatic);
        return view(departments, unitCode, list);
    }

    private Optional<PushList> find(long unit, String itemCode) {
        return em.createNamedQuery("PushList.ofItem", PushList.class).setParameter("unit", unit)
                .setParameter("item", itemCode).getResultStream().findFirst();
    }

    static PushListView view(Departments departments, String unitCode, PushList p) {
        String receiver = departments.byId(p.receivingDepartmentId()).map(DepartmentRef::code).orElse(null);
        return new PushListView(unitCode, p.itemCode(), p.fields(), receiver, p.automatic(), p.changedAt(), p.changedBy());
    }
}
