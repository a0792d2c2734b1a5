package cn.gov.yingkou.sgpt.duty.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.calendar.boundary.CalendarService;
import cn.gov.yingkou.sgpt.calendar.control.WorkingDayCalendar;
import cn.gov.yingkou.sgpt.duty.control.DutyRecordWorkbook;
import cn.gov.yingkou.sgpt.duty.entity.Duty;
import cn.gov.yingkou.sgpt.duty.entity.DutyStatus;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.organisation.boundary.Units;
import cn.gov.yingkou.sgpt.platform.boundary.PlatformService;

/**
 * The business-environment bureau's watch over every department's duties (Art 21: it names in a circular those
 * that fail them): per department, how the duties that arose in a period stand, and every duty overdue now.
 */
@Stateless
public class DutyMonitor {

    /** The longest period one report covers: ten years, more than any circular looks back. */
    static final long MAX_DAYS = 3_660;

    /** How a department's duties that arose in the period stand (cancelled ones do not count). */
    public record DepartmentRecord(DepartmentRef department, long open, long overdue, long doneOnTime, long doneLate) {

        /** Duties failed: overdue now, or done after their deadline. */
        public long failed() {
            return overdue + doneLate;
        }

        /** Of the duties whose deadline has been decided (done, or run out), the share met on time; -1 for none. */
        public int onTimePercent() {
            long decided = doneOnTime + doneLate + overdue;
            return decided == 0 ? -1 : (int) Math.round(100.0 * doneOnTime / decided);
        }
    }

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
        ZoneId beijing = ZoneId.of(PlatformService.TIME_ZONE);
        Map<Long, Map<DutyStatus, Long>> counts = new HashMap<>();
        em.createQuery("select d.departmentId, d.status, count(d) from Duty d where d.triggeredAt >= :from "
                        + "and d.triggeredAt < :to group by d.departmentId, d.status", Object[].class)
                .setParameter("from", from.atStartOfDay(beijing).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(beijing).toInstant())
                .setFlushMode(FlushModeType.COMMIT).getResultStream()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(DutyStatus.class))
                        .put((DutyStatus) row[1], (Long) row[2]));
        return counts.entrySet().stream().map(e -> record(departments.byId(e.getKey()).orElseThrow(), e.getValue()))
                .sorted(Comparator.comparingLong(DepartmentRecord::failed).reversed()
                        .thenComparing(Comparator.comparingLong(DepartmentRecord::overdue).reversed())
                        .thenComparing(r -> r.department().code()))
                .toList();
    }

    /** The same report as an Excel workbook, the table a circular is drafted from. */
    public Report report(Caller caller, LocalDate from, LocalDate to) {
        List<DepartmentRecord> records = byDepartment(caller, from, to);
        Map<String, String> unitNames = units.active().stream()
                .collect(Collectors.toMap(Units.UnitRef::code, Units.UnitRef::nameZh));
        String now = LocalDateTime.now(ZoneId.of(PlatformService.TIME_ZONE)).truncatedTo(ChronoUnit.MINUTES).toString()
                .replace('T', ' ');
        return new Report("履职监测-" + from + "-" + to + ".xlsx", DutyRecordWorkbook.write(from, to, now, unitNames, records));
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

    private static DepartmentRecord record(DepartmentRef department, Map<DutyStatus, Long> counts) {
        return new DepartmentRecord(department, counts.getOrDefault(DutyStatus.OPEN, 0L),
                counts.getOrDefault(DutyStatus.OVERDUE, 0L), counts.getOrDefault(DutyStatus.DONE_ON_TIME, 0L),
                counts.getOrDefault(DutyStatus.DONE_LATE, 0L));
    }
}
