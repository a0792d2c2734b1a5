package cn.gov.yingkou.sgpt.duty.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.calendar.boundary.CalendarService;
import cn.gov.yingkou.sgpt.calendar.boundary.WorkingDayCalendar;
import cn.gov.yingkou.sgpt.duty.control.DutyRecordWorkbook;
import cn.gov.yingkou.sgpt.duty.entity.Duty;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.organisation.boundary.Units;
import cn.gov.yingkou.sgpt.shared.Beijing;

/**
 * The business-environment bureau's watch over every department's duties (Art 21: it names in a circular those
 * that fail them): per department, how the duties that arose in a period stand, and every duty overdue now.
 */
@Stateless
public class DutyMonitor {

    /** The longest period one report covers: ten years, more than any circular looks back. */
    static final long MAX_DAYS = 3_660;

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    Departments departments;

    @EJB
    CalendarService calendar;

    @EJB
    Units units;

    /** The period report as a workbook to download. */
    public record Report(String fileName, byte[] content) {
        public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    /**
     * Every department with duties that arose from {@code from} to {@code to} (Beijing days, both included), the
     * most failed first.
     */
    public List<DepartmentRecord> byDepartment(Caller caller, LocalDate from, LocalDate to) {
        AccessPolicy.require(caller, Permission.VIEW_RECORDS, Scope.platform());
        if (from == null || to == null || from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("统计期间须有起止日期，起不晚于止，且不超过十年 / The period needs a first and a "
                    + "last day, the first not after the last, at most ten years apart: " + from + " – " + to);
        }
        ZoneId beijing = Beijing.ZONE;
        Map<Long, SortedMap<DutyKind, DutyTally>> tallies = new HashMap<>();
        em.createQuery("select d.departmentId, d.kind, d.status, count(d) from Duty d where d.triggeredAt >= :from "
                        + "and d.triggeredAt < :to and d.status <> :cancelled group by d.departmentId, d.kind, d.status",
                        Object[].class)
                .setParameter("from", from.atStartOfDay(beijing).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(beijing).toInstant())
                .setParameter("cancelled", DutyStatus.CANCELLED)
                .setFlushMode(FlushModeType.COMMIT).getResultStream()
                .forEach(row -> tallies.computeIfAbsent((Long) row[0], id -> new TreeMap<>())
                        .merge((DutyKind) row[1], DutyTally.of((DutyStatus) row[2], (Long) row[3]), DutyTally::plus));
        return tallies.entrySet().stream()
                .map(e -> new DepartmentRecord(departments.byId(e.getKey()).orElseThrow(),
                        e.getValue().values().stream().reduce(DutyTally.NONE, DutyTally::plus), e.getValue()))
                .sorted(Comparator.comparingLong((DepartmentRecord r) -> r.total().failed()).reversed()
                        .thenComparing(Comparator.comparingLong((DepartmentRecord r) -> r.total().overdue()).reversed())
                        .thenComparing(r -> r.department().code()))
                .toList();
    }

    /** The same report as an Excel workbook, the table a circular is drafted from. */
    public Report report(Caller caller, LocalDate from, LocalDate to) {
        List<DepartmentRecord> records = byDepartment(caller, from, to);
        Map<String, String> unitNames = units.active().stream()
                .collect(Collectors.toMap(Units.UnitRef::code, Units.UnitRef::nameZh));
        String now = LocalDateTime.now(Beijing.ZONE).truncatedTo(ChronoUnit.MINUTES).toString()
                .replace('T', ' ');
        return new Report("履职监测-" + from + "-" + to + ".xlsx", DutyRecordWorkbook.write(from, to, now, unitNames, records));
    }

    /** How many departments have a duty overdue now (read through the status index: cheap enough for a home page). */
    public long departmentsOverdue(Caller caller) {
        AccessPolicy.require(caller, Permission.VIEW_RECORDS, Scope.platform());
        return em.createQuery("select count(distinct d.departmentId) from Duty d where d.status = :overdue", Long.class)
                .setParameter("overdue", DutyStatus.OVERDUE).setFlushMode(FlushModeType.COMMIT).getSingleResult();
    }

    /** Every duty overdue now, across units, the longest overdue first, one page at a time. */
    public DutyPage overdue(Caller caller, int first, int size) {
        return overdue(caller, null, first, size);
    }

    /**
     * The duties overdue now of one department ({@code departmentId}), or of all when it is null, the longest
     * overdue first, one page at a time.
     */
    public DutyPage overdue(Caller caller, Long departmentId, int first, int size) {
        AccessPolicy.require(caller, Permission.VIEW_RECORDS, Scope.platform());
        if (first < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("分页参数无效 / Invalid page: first " + first + ", size " + size);
        }
        String ofDepartment = departmentId == null ? "" : " and d.departmentId = :department";
        var count = em.createQuery("select count(d) from Duty d where d.status = :overdue" + ofDepartment, Long.class)
                .setParameter("overdue", DutyStatus.OVERDUE).setFlushMode(FlushModeType.COMMIT);
        var page = em.createQuery("select d from Duty d where d.status = :overdue" + ofDepartment
                        + " order by d.dueAt, d.id", Duty.class)
                .setParameter("overdue", DutyStatus.OVERDUE).setFlushMode(FlushModeType.COMMIT);
        if (departmentId != null) {
            count.setParameter("department", departmentId);
            page.setParameter("department", departmentId);
        }
        long total = count.getSingleResult();
        Instant now = Instant.now();
        WorkingDayCalendar days = calendar.calendar();
        List<DutyView> rows = page.setFirstResult(first).setMaxResults(size).getResultStream()
                .map(d -> DutyService.view(d, now, days)).toList();
        return new DutyPage(rows, total);
    }
}
