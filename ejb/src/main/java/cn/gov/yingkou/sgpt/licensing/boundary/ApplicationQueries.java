package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;
import cn.gov.yingkou.sgpt.licensing.control.LicensingRecords;
import cn.gov.yingkou.sgpt.licensing.entity.Application;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;

/**
 * Reading applications: the approval clerk's workbench (the department's applications in the chosen states,
 * the one whose clock runs out soonest first, paged in the database), one application with its clocks and
 * its timeline.
 */
@Stateless
public class ApplicationQueries {

    /** One row of the workbench: the application and its soonest running clock (null when none runs). */
    public record QueueRow(ApplicationView application, Instant dueAt) {
    }

    /** An application with every clock it has had and every step taken, oldest first. */
    public record Detail(ApplicationView application, List<DutyView> clocks, List<AuditRecord> timeline) {
    }

    private static final Set<DutyStatus> PENDING = EnumSet.of(DutyStatus.OPEN, DutyStatus.OVERDUE);

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    LicensingRecords records;

    @EJB
    DutyService duties;

    @EJB
    AuditTrail audit;

    public ResultPage<QueueRow> queue(Caller caller, DepartmentRef department, Set<ApplicationStatus> statuses, int first,
            int pageSize) {
        AccessPolicy.require(caller, Permission.VIEW_RECORDS, Scope.department(department));
        if (first < 0 || pageSize < 1 || pageSize > 200) {
            throw new IllegalArgumentException("分页参数无效 / Invalid page: first " + first + ", size " + pageSize);
        }
        Set<ApplicationStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(ApplicationStatus.class)
                : EnumSet.copyOf(statuses);
        long total = em.createQuery("select count(a) from Application a where a.departmentId = :department "
                + "and a.status in :statuses", Long.class).setParameter("department", department.id())
                .setParameter("statuses", wanted).getSingleResult();
        List<Object[]> rows = em.createQuery("select a, (select min(d.dueAt) from Duty d where d.subjectType = 'application' "
                + "and d.subjectKey = a.number and d.status in :pending) as due from Application a "
                + "where a.departmentId = :department and a.status in :statuses "
                + "order by due nulls last, a.receivedAt desc, a.id desc", Object[].class)
                .setParameter("pending", PENDING).setParameter("department", department.id())
                .setParameter("statuses", wanted).setFirstResult(first).setMaxResults(pageSize).getResultList();
        return new ResultPage<>(rows.stream().map(r -> new QueueRow(records.view((Application) r[0]), (Instant) r[1])).toList(),
                total);
    }

    public Detail detail(Caller caller, String number) {
        Application application = records.find(number);
        AccessPolicy.require(caller, Permission.READ_LICENSING, Scope.unit(application.unitId()));
        return new Detail(records.view(application), duties.about("application", number),
                audit.history("application", number));
    }

    /** The application's state for the system that submitted it, or any system allowed to read licensing. */
    public ApplicationView status(Caller caller, String number) {
        return detail(caller, number).application();
    }
}
