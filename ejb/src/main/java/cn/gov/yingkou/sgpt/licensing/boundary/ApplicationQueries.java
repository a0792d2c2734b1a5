package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.licensing.control.LicensingRecords;
import cn.gov.yingkou.sgpt.licensing.control.PersonalData;
import cn.gov.yingkou.sgpt.licensing.entity.Application;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;

/**
 * Reading applications: the approval clerk's workbench (the department's applications in the chosen states,
 * the one whose clock runs out soonest first, as the duty context orders them), one application with its clocks and
 * its timeline.
 */
@Stateless
public class ApplicationQueries {

    /** One row of the workbench: the application and its soonest running clock (null when none runs). */
    public record QueueRow(ApplicationView application, Instant dueAt) {
    }

    /** An application with every clock it has had and every step taken, oldest first (reads are no steps). */
    public record Detail(ApplicationView application, List<DutyView> clocks, List<AuditRecord> timeline) {
    }

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    LicensingRecords records;

    @EJB
    DutyService duties;

    @EJB
    PersonalData personalData;

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
        long total = em.createQuery("select count(a) from Application a where a.handled.departmentId = :department "
                + "and a.status in :statuses", Long.class).setParameter("department", department.id())
                .setParameter("statuses", wanted).getSingleResult();
        Map<String, Instant> clocks = new LinkedHashMap<>();
        duties.soonestPending(Applications.RECORD_TYPE, department.id()).forEach(s -> clocks.put(s.subjectKey(), s.dueAt()));
        List<String> timed = inStates(clocks.keySet(), department, wanted);
        List<Application> rows = new ArrayList<>(pageSize);
        if (first < timed.size()) {
            rows.addAll(byNumberInOrder(timed.subList(first, Math.min(timed.size(), first + pageSize))));
        }
        if (rows.size() < pageSize) {
            rows.addAll(untimed(department, wanted, timed, Math.max(0, first - timed.size()), pageSize - rows.size()));
        }
        // A queue names its applicants; their identifiers are read one application at a time.
        return new ResultPage<>(rows.stream().map(a -> new QueueRow(records.view(a).masked(), clocks.get(a.number())))
                .toList(),
                total);
    }

    /**
     * Those of the numbers (in their order) whose applications are in the wanted states. The numbers are the bureau's
     * applications with a clock running — those it has open at once, hundreds — far below the databases' limits on
     * the parameters of one statement, here and where the untimed rows exclude them.
     */
    private List<String> inStates(Collection<String> numbers, DepartmentRef department, Set<ApplicationStatus> wanted) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        Set<String> matching = new HashSet<>(em.createQuery("select a.number from Application a where "
                + "a.handled.departmentId = :department and a.status in :statuses and a.number in :numbers", String.class)
                .setParameter("department", department.id()).setParameter("statuses", wanted)
                .setParameter("numbers", numbers).getResultList());
        return numbers.stream().filter(matching::contains).toList();
    }

    private List<Application> byNumberInOrder(List<String> numbers) {
        Map<String, Application> found = new HashMap<>();
        em.createQuery("select a from Application a where a.number in :numbers", Application.class)
                .setParameter("numbers", numbers).getResultStream().forEach(a -> found.put(a.number(), a));
        return numbers.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Applications with no clock running, newest first, after those with one. */
    private List<Application> untimed(DepartmentRef department, Set<ApplicationStatus> wanted, List<String> timed,
            int offset, int size) {
        var query = em.createQuery("select a from Application a where a.handled.departmentId = :department "
                + "and a.status in :statuses" + (timed.isEmpty() ? "" : " and a.number not in :timed")
                + " order by a.receivedAt desc, a.id desc", Application.class)
                .setParameter("department", department.id()).setParameter("statuses", wanted);
        if (!timed.isEmpty()) {
            query.setParameter("timed", timed);
        }
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public Detail detail(Caller caller, String number) {
        Application application = records.find(number);
        AccessPolicy.requireVisible(caller, Permission.READ_LICENSING, Scope.unit(application.handled().unitId()),
                () -> LicensingRecords.noSuchApplication(number));
        ApplicationView view = personalData.application(caller, records.view(application));
        return new Detail(view, duties.about(Applications.RECORD_TYPE, number),
                audit.history(Applications.RECORD_TYPE, number).stream()
                        .filter(step -> !step.action().equals(AuditTrail.PERSONAL_DATA_READ)).toList());
    }

    /** The application's state for the system that submitted it, or any system allowed to read licensing. */
    public ApplicationView status(Caller caller, String number) {
        return detail(caller, number).application();
    }
}
