package cn.gov.yingkou.sgpt.organisation.boundary;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.organisation.entity.Department;
import cn.gov.yingkou.sgpt.shared.ReferenceLookups;

/**
 * Finds departments for the other contexts, which keep only their keys. Lookups do not flush: no business
 * transaction changes a department, and an auto-flush would dirty-check the caller's whole persistence context.
 */
@Stateless
public class Departments {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    public Optional<DepartmentRef> byCode(String code) {
        return ReferenceLookups.first(em.createNamedQuery("Department.findByCode", Department.class)
                .setParameter("code", code)).map(Departments::ref);
    }

    /** The department, if it and its unit are in service: one switched off is given nothing new. */
    public Optional<DepartmentRef> inService(String code) {
        return ReferenceLookups.first(em.createNamedQuery("Department.findByCode", Department.class)
                .setParameter("code", code)).filter(d -> d.active() && d.unit().active()).map(Departments::ref);
    }

    public DepartmentRef require(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException(
                "没有编码为 " + code + " 的部门 / No department with code " + code));
    }

    public Optional<DepartmentRef> byId(long id) {
        return Optional.ofNullable(em.find(Department.class, id)).map(Departments::ref);
    }

    /** The active competent departments of a unit (who items can belong to, Art 7). */
    public java.util.List<DepartmentRef> competentIn(String unitCode) {
        return em.createNamedQuery("Department.all", Department.class).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().filter(d -> d.unit().code().equals(unitCode)
                        && d.role() == cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole.COMPETENT_DEPARTMENT)
                .map(Departments::ref).toList();
    }

    /** Every unit's competent departments, the unit's own first, then by unit and code: where a result may be routed. */
    public java.util.List<DepartmentRef> competentFirstIn(String unitCode) {
        return em.createNamedQuery("Department.all", Department.class).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().filter(d -> d.role() == DepartmentRole.COMPETENT_DEPARTMENT)
                .sorted(java.util.Comparator.comparing((Department d) -> !d.unit().code().equals(unitCode))
                        .thenComparing(d -> d.unit().code()).thenComparing(Department::code))
                .map(Departments::ref).toList();
    }

    /**
     * Every unit's active departments that receive this kind of document, the unit's own first, then by unit and code:
     * where a case may be transferred (any department of any unit that decides on or supervises licences).
     */
    public java.util.List<DepartmentRef> receiving(DocumentKind kind, String unitCode) {
        return em.createNamedQuery("Department.all", Department.class).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().filter(d -> kind.receivedBy(d.role()))
                .sorted(java.util.Comparator.comparing((Department d) -> !d.unit().code().equals(unitCode))
                        .thenComparing(d -> d.unit().code()).thenComparing(Department::code))
                .map(Departments::ref).toList();
    }

    /** The active department of a unit that plays {@code role} (the approval bureau, say), if it has one. */
    public Optional<DepartmentRef> withRole(long unitId, cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole role) {
        return ReferenceLookups.first(em.createNamedQuery("Department.ofUnitWithRole", Department.class)
                .setParameter("unit", unitId).setParameter("role", role)).map(Departments::ref);
    }

    static DepartmentRef ref(Department d) {
        return new DepartmentRef(d.id(), d.code(), d.unit().id(), d.unit().code(), d.nameZh(), d.nameEn(), d.role());
    }
}
