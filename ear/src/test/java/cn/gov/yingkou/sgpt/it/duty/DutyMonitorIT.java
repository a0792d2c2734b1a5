package cn.gov.yingkou.sgpt.it.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.duty.boundary.DepartmentRecord;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyMonitor;
import cn.gov.yingkou.sgpt.duty.boundary.DutyPage;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyTally;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.duty.boundary.OpenDuty;
import cn.gov.yingkou.sgpt.duty.control.OverdueSweep;
import cn.gov.yingkou.sgpt.it.support.DeploymentsForTests;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;

/** The business-environment bureau's duty monitor (Art 21) over the deployed EAR's database. */
@ExtendWith(ArquillianExtension.class)
class DutyMonitorIT {

    private static final Actor ADMIN = new Actor("admin", Channel.PORTAL, "127.0.0.1");
    /** 10:00 Beijing time, Monday 5 January 2026: a two-working-day duty from then ran out on the 7th. */
    private static final Instant LONG_AGO = Instant.parse("2026-01-05T02:00:00Z");

    @EJB
    DutyMonitor monitor;

    @EJB
    DutyService duties;

    @EJB
    OverdueSweep sweep;

    @EJB
    OrganisationSetup organisation;

    @EJB
    AccountDirectory directory;

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentsForTests.withTests(DutyMonitorIT.class);
    }

    private Caller person(String username) {
        return directory.caller(username, Channel.PORTAL, "127.0.0.1").orElseThrow();
    }

    private String department() {
        String code = "210800-MO" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        organisation.ensureDepartment("210800", code, "监测测试局", "Monitor test bureau", DepartmentRole.COMPETENT_DEPARTMENT,
                "测试行业", ADMIN);
        return code;
    }

    private DutyView open(String department, Instant trigger) {
        return open(department, DutyKind.SIGN_FOR_RESULT, trigger);
    }

    private DutyView open(String department, DutyKind kind, Instant trigger) {
        return duties.open(new OpenDuty(kind, "licence", UUID.randomUUID().toString(), department, trigger,
                new DutyLimit.WorkingDays(2)), ADMIN);
    }

    @Test
    void eachDepartmentsDutiesAreCountedTheMostFailedFirstAndTheOverdueListed() {
        String failing = department();
        String punctual = department();
        Instant now = Instant.now();
        duties.complete(open(failing, now).id(), now, ADMIN);
        duties.complete(open(failing, LONG_AGO).id(), now, ADMIN);
        DutyView overdue = open(failing, LONG_AGO);
        open(failing, DutyKind.START_SUPERVISION, now);
        duties.cancel(open(failing, DutyKind.START_SUPERVISION, now).id(), "开错了", ADMIN);
        duties.complete(open(punctual, now).id(), now, ADMIN);
        open(punctual, now);
        sweep.sweep(now);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<DepartmentRecord> records = monitor.byDepartment(person("ysj.oversight"),
                LocalDate.of(2026, 1, 1), today).stream()
                .filter(r -> r.department().code().equals(failing) || r.department().code().equals(punctual)).toList();
        assertEquals(List.of(failing, punctual), records.stream().map(r -> r.department().code()).toList(),
                "the one that failed duties comes first");
        DepartmentRecord worst = records.get(0);
        assertEquals(new DutyTally(1, 1, 1, 1), worst.total(), "the cancelled one not counted");
        assertEquals(2, worst.total().failed());
        assertEquals(33, worst.total().onTimePercent(), "one of three met on time");
        assertEquals(100, records.get(1).total().onTimePercent(), "the open one is not yet judged");
        assertEquals(Map.of(DutyKind.SIGN_FOR_RESULT, new DutyTally(0, 1, 1, 1),
                DutyKind.START_SUPERVISION, new DutyTally(1, 0, 0, 0)), worst.byKind(), "and by kind of duty");

        assertEquals(List.of(), monitor.byDepartment(person("ysj.oversight"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)).stream().filter(r -> r.department().code().equals(failing)).toList(),
                "duties count in the period they arose in");
        assertTrue(monitor.overdue(person("ysj.oversight"), 0, 500).rows().stream().anyMatch(d -> d.id() == overdue.id()),
                "the overdue one is listed across units");
        DutyPage ofFailing = monitor.overdue(person("ysj.oversight"), worst.department().id(), 0, 500);
        assertEquals(List.of(overdue.id()), ofFailing.rows().stream().map(DutyView::id).toList(), "and one department's alone");
        assertEquals(1, ofFailing.total());
        assertEquals(0, monitor.overdue(person("ysj.oversight"), records.get(1).department().id(), 0, 500).total());
        long departments = monitor.departmentsOverdue(person("ysj.oversight"));
        duties.complete(overdue.id(), now, ADMIN);
        assertEquals(departments - 1, monitor.departmentsOverdue(person("ysj.oversight")),
                "its only overdue duty done, the department no longer counts");
    }

    @Test
    void onlyOversightWatchesAndAPeriodMustMakeSense() {
        Caller oversight = person("ysj.oversight");
        assertThrows(AccessDenied.class, () -> monitor.byDepartment(person("spj.clerk"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1)), "a department does not watch the others");
        assertThrows(AccessDenied.class, () -> monitor.overdue(person("scjg.clerk"), 0, 20));
        assertThrows(AccessDenied.class, () -> monitor.departmentsOverdue(person("scjg.clerk")));
        assertThrows(AccessDenied.class, () -> monitor.report(person("scjg.clerk"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1)), "nor export the report");
        Caller market = person("scjg.clerk");
        assertThrows(AccessDenied.class, () -> monitor.overdue(market, market.department().id(), 0, 20),
                "not even of its own department: it has its duty list");
        assertThrows(IllegalArgumentException.class, () -> monitor.byDepartment(oversight, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1)), "backwards");
        assertThrows(IllegalArgumentException.class, () -> monitor.byDepartment(oversight, LocalDate.of(2010, 1, 1),
                LocalDate.of(2026, 1, 1)), "more than ten years");
        assertThrows(IllegalArgumentException.class, () -> monitor.byDepartment(oversight, null, LocalDate.of(2026, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> monitor.overdue(oversight, -1, 20));
        assertThrows(IllegalArgumentException.class, () -> monitor.report(oversight, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1)), "nor a report of it");
    }
}
