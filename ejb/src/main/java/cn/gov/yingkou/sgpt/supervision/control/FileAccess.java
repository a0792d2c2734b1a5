package cn.gov.yingkou.sgpt.supervision.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.supervision.entity.SupervisionFile;

/**
 * Who may read a supervision file and who may add to it: its department's people and system (SUPERVISE) read and
 * act; oversight reads (VIEW_RECORDS); to anyone else the file does not exist.
 */
@Stateless
public class FileAccess {

    /** A file with its department, as read in the caller's transaction. */
    public record Held(SupervisionFile file, DepartmentRef department) {
    }

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    Departments departments;

    public Held readable(Caller caller, long id) {
        return held(caller, em.find(SupervisionFile.class, id), id);
    }

    /** The file, locked for a change, when the caller may act on it. */
    public Held forChange(Caller caller, long id) {
        Held held = held(caller, em.find(SupervisionFile.class, id, LockModeType.PESSIMISTIC_WRITE), id);
        AccessPolicy.require(caller, Permission.SUPERVISE, Scope.department(held.department()));
        return held;
    }

    public boolean reads(Caller caller, DepartmentRef department) {
        return AccessPolicy.permits(caller, Permission.SUPERVISE, Scope.department(department))
                || AccessPolicy.permits(caller, Permission.VIEW_RECORDS, Scope.department(department));
    }

    public boolean mayAct(Caller caller, String departmentCode) {
        return AccessPolicy.permits(caller, Permission.SUPERVISE, Scope.department(departments.require(departmentCode)));
    }

    private Held held(Caller caller, SupervisionFile file, long id) {
        RecordNotFound absent = new RecordNotFound("没有编号为 " + id + " 的监管档案 / No supervision file " + id);
        if (file == null) {
            throw absent;
        }
        DepartmentRef department = departments.byId(file.departmentId()).orElseThrow();
        if (!reads(caller, department)) {
            AccessPolicy.requireVisible(caller, Permission.SUPERVISE, Scope.department(department), () -> absent);
        }
        return new Held(file, department);
    }
}
