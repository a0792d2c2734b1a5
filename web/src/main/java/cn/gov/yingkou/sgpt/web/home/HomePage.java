package cn.gov.yingkou.sgpt.web.home;

import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.duty.boundary.DutyCounts;
import cn.gov.yingkou.sgpt.duty.boundary.DutyMonitor;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Role;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.platform.boundary.PlatformInfo;
import cn.gov.yingkou.sgpt.platform.boundary.PlatformService;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.web.duty.DutySubjects;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * The home page: the department's work first (how many duties are pending, how many have run out, the soonest
 * due, each with the record it is about and a link to it), for those who may see it; for oversight, how every unit stands (Art 21); then the platform panel.
 */
@Named
@RequestScoped
public class HomePage {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Beijing.ZONE);

    /** How many of the soonest duties the home page lists. */
    private static final int SOONEST = 5;

    @Inject
    PlatformService platform;

    @Inject
    DutyService duties;

    @Inject
    DutyMonitor monitor;

    @Inject
    PushQueries pushes;

    @Inject
    CurrentUser user;

    private final DutySubjects subjects = new DutySubjects();

    private PlatformInfo info;
    private DutyCounts counts;
    private List<DutyView> soonest = List.of();
    private Long overdueEverywhere;
    private long departmentsOverdue;

    @PostConstruct
    void load() {
        Caller caller = user.caller();
        // Releases and versions are the administrators' business (and an attacker's help), not every clerk's.
        info = caller.roles().contains(Role.ADMINISTRATOR) ? platform.info() : platform.info().withoutVersions();
        if (AccessPolicy.permits(caller, Permission.VIEW_RECORDS, Scope.department(caller.department()))) {
            counts = duties.countsForDepartment(caller, caller.department());
            soonest = duties.pendingForDepartment(caller, caller.department(), 0, SOONEST).rows();
            subjects.remember(pushes.licenceNumbers(caller, caller.department(), DutySubjects.pushIds(soonest)));
        }
        if (AccessPolicy.permits(caller, Permission.VIEW_RECORDS, Scope.platform())) {
            overdueEverywhere = monitor.overdue(caller, 0, 1).total();
            departmentsOverdue = monitor.departmentsOverdue(caller);
        }
    }

    /** For oversight: how many duties are overdue now across units; null for everyone else. */
    public Long getOverdueEverywhere() {
        return overdueEverywhere;
    }

    /** For oversight: how many departments those duties belong to. */
    public long getDepartmentsOverdue() {
        return departmentsOverdue;
    }

    /** The department's duty counts, or null when the user may not see its records. */
    public DutyCounts getCounts() {
        return counts;
    }

    /** How the soonest duties name their records (a push by its licence number). */
    public DutySubjects getSubjects() {
        return subjects;
    }

    public List<DutyView> getSoonest() {
        return soonest;
    }

    public PlatformInfo getInfo() {
        return info;
    }

    public String getServerTime() {
        return SHOWN.format(info.serverTime());
    }
}
