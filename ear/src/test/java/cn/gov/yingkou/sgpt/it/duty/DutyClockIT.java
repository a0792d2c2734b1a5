package cn.gov.yingkou.sgpt.it.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.audit.boundary.ChainReport;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.audit.control.AuditSealer;
import cn.gov.yingkou.sgpt.calendar.boundary.CalendarAdministration;
import cn.gov.yingkou.sgpt.calendar.boundary.CalendarDayView;
import cn.gov.yingkou.sgpt.calendar.boundary.CalendarService;
import cn.gov.yingkou.sgpt.calendar.boundary.DayKind;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyPage;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.duty.boundary.OpenDuty;
import cn.gov.yingkou.sgpt.duty.boundary.PauseReason;
import cn.gov.yingkou.sgpt.duty.control.OverdueSweep;
import cn.gov.yingkou.sgpt.it.support.DeploymentsForTests;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountKind;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;
import cn.gov.yingkou.sgpt.organisation.boundary.Role;
import cn.gov.yingkou.sgpt.organisation.boundary.UnitKind;
import cn.gov.yingkou.sgpt.oversight.boundary.AuditChecks;
import cn.gov.yingkou.sgpt.platform.boundary.JobLease;

/** The duty services, the overdue sweep and calendar publication, inside the deployed EAR, on its database. */
@ExtendWith(ArquillianExtension.class)
class DutyClockIT {

    private static final String CITY_APPROVAL = "210800-XZSP";
    private static final Actor CLERK = new Actor("spj.clerk", Channel.PORTAL, "127.0.0.1");
    private static final Actor ADMIN = new Actor("admin", Channel.PORTAL, "127.0.0.1");
    /** 10:00 Beijing time, Wednesday 30 Sept 2026, the eve of National Day. */
    private static final Instant EVE_OF_NATIONAL_DAY = Instant.parse("2026-09-30T02:00:00Z");

    @EJB
    DutyService duties;

    @EJB
    OverdueSweep sweep;

    @EJB
    JobLease lease;

    @EJB
    AuditSealer sealer;

    @EJB
    CalendarService calendar;

    @EJB
    CalendarAdministration calendarAdmin;

    @EJB
    AuditTrail audit;

    @EJB
    AuditChecks auditChecks;

    @EJB
    OrganisationSetup organisation;

    @EJB
    Departments departments;

    @EJB
    AccountDirectory directory;

    private Caller caller(String username) {
        return directory.caller(username, Channel.PORTAL, "127.0.0.1").orElseThrow();
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentsForTests.withTests(DutyClockIT.class);
    }

    @Test
    void aPushDutyIsDueTwoWorkingDaysAfterNationalDayAndCompletedByItsSubject() {
        String licence = "L-" + UUID.randomUUID();
        DutyView opened = duties.open(new OpenDuty(DutyKind.PUSH_RESULT, "licence", licence, CITY_APPROVAL,
                EVE_OF_NATIONAL_DAY, new DutyLimit.WorkingDays(2)), CLERK);
        assertEquals(DutyStatus.OPEN, opened.status());
        assertEquals(LocalDate.of(2026, 10, 9), opened.lastDay());
        assertEquals(Instant.parse("2026-10-09T16:00:00Z"), opened.dueAt());
        assertFalse(opened.provisional());

        DutyView done = duties.completePending(DutyKind.PUSH_RESULT, "licence", licence,
                Instant.parse("2026-10-09T08:00:00Z"), CLERK).orElseThrow();
        assertEquals(DutyStatus.DONE_ON_TIME, done.status());
        assertEquals(DutyStatus.DONE_ON_TIME, duties.find(opened.id()).orElseThrow().status(), "committed");
        assertTrue(duties.completePending(DutyKind.PUSH_RESULT, "licence", licence, Instant.now(), CLERK).isEmpty(),
                "nothing left pending for that licence");

        List<String> actions = audit.history("duty", Long.toString(opened.id())).stream().map(AuditRecord::action).toList();
        assertEquals(List.of("duty.open", "duty.complete"), actions);
    }

    @Test
    void theSweepMarksWhatFellDueAndLeavesTheRestAlone() {
        DutyView past = duties.open(new OpenDuty(DutyKind.SIGN_FOR_RESULT, "push", "P-" + UUID.randomUUID(),
                CITY_APPROVAL, Instant.parse("2026-01-05T02:00:00Z"), new DutyLimit.WorkingDays(2)), CLERK);
        DutyView future = duties.open(new OpenDuty(DutyKind.SIGN_FOR_RESULT, "push", "P-" + UUID.randomUUID(),
                CITY_APPROVAL, Instant.now(), new DutyLimit.WorkingDays(2)), CLERK);

        sweep.sweep(Instant.now());
        DutyView overdue = duties.find(past.id()).orElseThrow();
        assertEquals(DutyStatus.OVERDUE, overdue.status());
        assertTrue(overdue.timeLeft().overdue());
        assertEquals(DutyStatus.OPEN, duties.find(future.id()).orElseThrow().status());

        sweep.sweep(Instant.now());
        assertEquals(DutyStatus.OVERDUE, duties.find(past.id()).orElseThrow().status(), "a second sweep changes nothing");
        assertEquals(1, audit.history("duty", Long.toString(past.id())).stream()
                .filter(e -> e.action().equals("duty.overdue")).count());

        DutyView late = duties.complete(past.id(), Instant.now(), CLERK);
        assertEquals(DutyStatus.DONE_LATE, late.status());
    }

    @Test
    void whatTheDutiesWroteToTheAuditTrailIsSealedIntoAnIntactChain() {
        duties.open(new OpenDuty(DutyKind.PUSH_RESULT, "licence", "L-" + UUID.randomUUID(), CITY_APPROVAL,
                EVE_OF_NATIONAL_DAY, new DutyLimit.WorkingDays(2)), CLERK);
        assertTrue(audit.oldestUnsealed().toSeconds() < 60);
        sealer.sealNow();
        assertEquals(java.time.Duration.ZERO, audit.oldestUnsealed());
        assertThrows(AccessDenied.class, () -> auditChecks.verifyChain(caller("spj.clerk")), "only oversight checks the chain");
        ChainReport report = auditChecks.verifyChain(caller("ysj.oversight"));
        assertTrue(report.intact(), report.toString());
        assertTrue(report.intactEntries() > 0);
    }

    @Test
    void aJobLeaseIsHeldByOneNodeAtATime() {
        String job = "it-" + UUID.randomUUID();
        lease.register(job);
        lease.register(job);
        Instant now = Instant.now();
        assertTrue(lease.acquire(job, "node-a", now, java.time.Duration.ofSeconds(55)));
        assertFalse(lease.acquire(job, "node-b", now.plusSeconds(10), java.time.Duration.ofSeconds(55)), "still held");
        assertTrue(lease.acquire(job, "node-b", now.plusSeconds(60), java.time.Duration.ofSeconds(55)), "ran out");
        lease.release(job, "node-b");
        assertTrue(lease.acquire(job, "node-a", now.plusSeconds(61), java.time.Duration.ofSeconds(55)), "released");
    }

    @Test
    void aRestartedNodeTakesBackTheLeaseItsStoppedProcessHeldButNotAnotherNodes() {
        String job = "it-" + UUID.randomUUID();
        lease.register(job);
        Instant now = Instant.now();
        assertTrue(lease.acquire(job, "node_a/100", now, java.time.Duration.ofSeconds(55)));
        assertFalse(lease.acquire(job, "nodeXa/300", now, java.time.Duration.ofSeconds(55)), "another node (no wildcards)");
        assertFalse(lease.acquire(job, "node_a/100", now, java.time.Duration.ofSeconds(55)), "not twice by one process");
        assertTrue(lease.acquire(job, "node_a/200", now, java.time.Duration.ofSeconds(55)), "the same node, restarted");
        assertFalse(lease.acquire(job, "node-b/300", now, java.time.Duration.ofSeconds(55)), "another node waits");
    }

    @Test
    void aPausedDutyDoesNotFallOverdueAndItsDeadlineMovesOnResume() {
        DutyView opened = duties.open(new OpenDuty(DutyKind.DECIDE_APPLICATION, "application", "A-" + UUID.randomUUID(),
                CITY_APPROVAL, EVE_OF_NATIONAL_DAY, new DutyLimit.WorkingDays(2)), CLERK);
        DutyView paused = duties.pause(opened.id(), PauseReason.EXPERT_REVIEW, Instant.parse("2026-10-08T01:00:00Z"),
                "专家评审", CLERK);
        assertTrue(paused.paused());

        sweep.sweep(Instant.parse("2026-10-20T00:00:00Z"));
        assertEquals(DutyStatus.OPEN, duties.find(opened.id()).orElseThrow().status(), "a paused clock does not run out");

        DutyView resumed = duties.resume(opened.id(), Instant.parse("2026-10-12T03:00:00Z"), CLERK);
        assertFalse(resumed.paused());
        // 9 Oct, the make-up Saturday 10 Oct and 12 Oct fell inside the pause: the one day left is 13 Oct.
        assertEquals(LocalDate.of(2026, 10, 13), resumed.lastDay());
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        String subject = "A-" + UUID.randomUUID();
        assertThrows(IllegalArgumentException.class, () -> duties.open(new OpenDuty(DutyKind.PUSH_RESULT, "licence",
                subject, "NO-SUCH-DEPT", EVE_OF_NATIONAL_DAY, new DutyLimit.WorkingDays(2)), CLERK));
        assertThrows(IllegalArgumentException.class, () -> duties.open(new OpenDuty(DutyKind.PUSH_RESULT, " ",
                subject, CITY_APPROVAL, EVE_OF_NATIONAL_DAY, new DutyLimit.WorkingDays(2)), CLERK));
        assertTrue(duties.completePending(DutyKind.PUSH_RESULT, "licence", subject, Instant.now(), CLERK).isEmpty());

        DutyView opened = duties.open(new OpenDuty(DutyKind.PUSH_RESULT, "licence", subject, CITY_APPROVAL,
                EVE_OF_NATIONAL_DAY, new DutyLimit.WorkingDays(2)), CLERK);
        duties.complete(opened.id(), Instant.parse("2026-10-09T08:00:00Z"), CLERK);
        assertThrows(IllegalStateException.class, () -> duties.complete(opened.id(), Instant.now(), CLERK));
        assertThrows(IllegalStateException.class, () -> duties.cancel(opened.id(), "too late", CLERK));
        assertEquals(DutyStatus.DONE_ON_TIME, duties.find(opened.id()).orElseThrow().status());
    }

    @Test
    void aDepartmentsPendingDutiesComeSoonestFirstOnePageAtATime() {
        String unit = "IT" + Integer.toString((int) (Math.random() * 1_000_000));
        String department = unit + "-DEPT";
        organisation.ensureUnit(unit, "测试单位", "Test unit", cn.gov.yingkou.sgpt.organisation.boundary.UnitKind.COUNTY, null, ADMIN);
        organisation.ensureDepartment(unit, department, "测试部门", "Test department", DepartmentRole.COMPETENT_DEPARTMENT, "测试行业", ADMIN);
        DepartmentRef ref = departments.require(department);
        Caller clerk = new Caller("it.clerk", AccountKind.PERSON, Set.of(Role.CLERK), Set.of(), ref, UnitKind.COUNTY,
                Channel.PORTAL, "127.0.0.1");
        for (int n : new int[] {5, 1, 3}) {
            duties.open(new OpenDuty(DutyKind.DECIDE_ON_TRANSFER, "transfer", "T-" + n, department,
                    Instant.now(), new DutyLimit.WorkingDays(n)), CLERK);
        }
        DutyPage first = duties.pendingForDepartment(clerk, ref, 0, 2);
        assertEquals(3, first.total());
        assertEquals(List.of("T-1", "T-3"), first.rows().stream().map(DutyView::subjectKey).toList());
        assertNotNull(first.rows().get(0).timeLeft());
        assertEquals(List.of("T-5"), duties.pendingForDepartment(clerk, ref, 2, 2).rows().stream()
                .map(DutyView::subjectKey).toList());
        assertThrows(IllegalArgumentException.class, () -> duties.pendingForDepartment(clerk, ref, 0, 0));
        assertThrows(AccessDenied.class, () -> duties.pendingForDepartment(caller("spj.clerk"), ref, 0, 2),
                "another department's clerk sees nothing of it");
        assertEquals(3, duties.pendingForDepartment(caller("ysj.oversight"), ref, 0, 5).total(), "oversight sees all units");
    }

    @Test
    void publishingTheNextYearRecountsProvisionalDeadlines() {
        int year = Collections.max(calendar.publishedYears(caller("spj.clerk"))) + 1;
        Instant trigger = LocalDate.of(year - 1, 12, 29).atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(8)).toInstant();
        DutyLimit limit = new DutyLimit.WorkingDays(5);
        DutyView opened = duties.open(new OpenDuty(DutyKind.PUSH_PENALTY_INFO, "penalty", "X-" + UUID.randomUUID(),
                CITY_APPROVAL, trigger, limit), CLERK);
        assertTrue(opened.provisional(), "counts into " + year + ", not yet published");

        var refused = assertThrows(IllegalArgumentException.class, () -> calendarAdmin.publish(year, "",
                List.of(new CalendarDayView(LocalDate.of(year, 1, 1), DayKind.HOLIDAY, "元旦")), caller("admin")));
        assertTrue(refused.getMessage().contains("source"));
        assertFalse(calendar.publishedYears(caller("spj.clerk")).contains(year), "a refused publication changes nothing");

        LocalDate newYear = LocalDate.of(year, 1, 1);
        assertThrows(AccessDenied.class, () -> calendarAdmin.publish(year, "国办发明电（测试）",
                List.of(new CalendarDayView(newYear, DayKind.HOLIDAY, "元旦")), caller("spj.clerk")), "clerks do not");
        calendarAdmin.publish(year, "国办发明电（测试）", List.of(new CalendarDayView(newYear, DayKind.HOLIDAY, "元旦")),
                caller("admin"));
        assertTrue(calendar.publishedYears(caller("spj.clerk")).contains(year));
        assertFalse(calendar.isWorkingDay(newYear));

        DutyView recounted = duties.find(opened.id()).orElseThrow();
        assertFalse(recounted.provisional());
        assertEquals(calendar.deadline(trigger, limit).dueAt(), recounted.dueAt());
        assertFalse(recounted.dueAt().isBefore(opened.dueAt()));
        assertTrue(audit.history("duty", Long.toString(opened.id())).stream()
                .anyMatch(e -> e.action().equals("duty.reschedule")));
        assertEquals(EnumSet.of(DayKind.HOLIDAY), EnumSet.copyOf(calendar.year(caller("spj.clerk"), year).days().stream()
                .map(CalendarDayView::kind).toList()));
        assertTrue(audit.history("calendar-year", Integer.toString(year)).stream()
                .anyMatch(e -> e.action().equals("calendar.publish") && e.actor().equals("admin")));
    }
}
