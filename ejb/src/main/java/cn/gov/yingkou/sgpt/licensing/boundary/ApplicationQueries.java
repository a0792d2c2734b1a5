package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
import cn.gov.yingkou.sgpt.platform.boundary.Sorting;
import cn.gov.yingkou.sgpt.shared.QueryFilter;
import cn.gov.yingkou.sgpt.shared.Texts;

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

    /** The workbench's columns a clerk may sort by, and where the query finds them. */
    private static final Map<String, String> SORTABLE = Map.of("number", "a.number", "item", "a.handled.itemName",
            "applicant", "a.applicant.name", "status", "a.status", "receivedAt", "a.receivedAt");

    public ResultPage<QueueRow> queue(Caller caller, DepartmentRef department, Set<ApplicationStatus> statuses, int first,
            int pageSize) {
        return queue(caller, department, QueueFilter.inStates(statuses), null, first, pageSize);
    }

    /**
     * The department's applications the filter keeps: without sorting, those whose clock runs out soonest first, then
     * those with none running, newest first; sorted, by the column asked for.
     */
    public ResultPage<QueueRow> queue(Caller caller, DepartmentRef department, QueueFilter filter, Sorting sorting,
            int first, int pageSize) {
        AccessPolicy.require(caller, Permission.VIEW_RECORDS, Scope.department(department));
        if (first < 0 || pageSize < 1 || pageSize > 200) {
            throw new IllegalArgumentException("分页参数无效 / Invalid page: first " + first + ", size " + pageSize);
        }
        QueryFilter counted = where(department, filter);
        long total = counted.bind(em.createQuery("select count(a) from Application a" + counted.where(), Long.class))
                .getSingleResult();
        Map<String, Instant> clocks = new LinkedHashMap<>();
        duties.soonestPending(Applications.RECORD_TYPE, department.id()).forEach(s -> clocks.put(s.subjectKey(), s.dueAt()));
        List<Application> rows = new ArrayList<>(pageSize);
        if (sorting != null) {
            QueryFilter where = where(department, filter);
            rows.addAll(where.bind(em.createQuery("select a from Application a" + where.where()
                    + Sorting.orderBy(sorting, SORTABLE, "a.receivedAt desc", "a.id"), Application.class))
                    .setFirstResult(first).setMaxResults(pageSize).getResultList());
        } else {
            List<String> timed = kept(clocks.keySet(), department, filter);
            if (first < timed.size()) {
                rows.addAll(byNumberInOrder(timed.subList(first, Math.min(timed.size(), first + pageSize))));
            }
            if (rows.size() < pageSize) {
                rows.addAll(untimed(department, filter, timed, Math.max(0, first - timed.size()), pageSize - rows.size()));
            }
        }
        // A queue names its applicants; their identifiers are read one application at a time.
        return new ResultPage<>(rows.stream().map(a -> new QueueRow(records.view(a).masked(), clocks.get(a.number())))
                .toList(),
                total);
    }

    private static QueryFilter where(DepartmentRef department, QueueFilter filter) {
        QueryFilter where = new QueryFilter().with("a.handled.departmentId = :department", "department", department.id())
                .with("a.status in :statuses", "statuses", filter.statuses())
                .equal("a.number", "number", filter.number())
                .containing("a.handled.itemName", "itemName", filter.itemName())
                .onDays("a.receivedAt", "received", filter.receivedFrom(), filter.receivedUntil());
        if (!Texts.isBlank(filter.applicant())) {
            where.with("(a.applicant.identifier = :applicantId or a.applicant.name like :applicantName escape '\\')",
                    "applicantId", filter.applicant().strip().toUpperCase(),
                    "applicantName", "%" + QueryFilter.escapeLike(filter.applicant().strip()) + "%");
        }
        return where;
    }

    /**
     * Those of the numbers (in their order) whose applications the filter keeps. The numbers are the bureau's
     * applications with a clock running — those it has open at once, hundreds — far below the databases' limits on
     * the parameters of one statement, here and where the untimed rows exclude them.
     */
    private List<String> kept(Collection<String> numbers, DepartmentRef department, QueueFilter filter) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        QueryFilter where = where(department, filter).with("a.number in :numbers", "numbers", numbers);
        Set<String> matching = new HashSet<>(where.bind(em.createQuery("select a.number from Application a"
                + where.where(), String.class)).getResultList());
        return numbers.stream().filter(matching::contains).toList();
    }

    private List<Application> byNumberInOrder(List<String> numbers) {
        Map<String, Application> found = new HashMap<>();
        em.createQuery("select a from Application a where a.number in :numbers", Application.class)
                .setParameter("numbers", numbers).getResultStream().forEach(a -> found.put(a.number(), a));
        return numbers.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Applications with no clock running, newest first, after those with one. */
    private List<Application> untimed(DepartmentRef department, QueueFilter filter, List<String> timed, int offset,
            int size) {
        QueryFilter where = where(department, filter);
        if (!timed.isEmpty()) {
            where.with("a.number not in :timed", "timed", timed);
        }
        return where.bind(em.createQuery("select a from Application a" + where.where()
                + " order by a.receivedAt desc, a.id desc", Application.class))
                .setFirstResult(offset).setMaxResults(size).getResultList();
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
