package cn.gov.yingkou.sgpt.web.oversight;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.duty.boundary.DutyMonitor;
import cn.gov.yingkou.sgpt.duty.boundary.DutyPage;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.platform.boundary.PlatformService;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.faces.PageOf;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * The duty monitor for oversight (Art 21): each department's duties that arose in a period (this year so far,
 * unless chosen), the most failed first, and every duty overdue now, the longest overdue first.
 */
@Named
@ViewScoped
public class MonitorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DutyMonitor monitor;

    @Inject
    CurrentUser user;

    private LocalDate from;
    private LocalDate to;
    private List<DutyMonitor.DepartmentRecord> departments = List.of();
    private PageOf<DutyView> overdue;

    @PostConstruct
    void init() {
        to = LocalDate.now(ZoneId.of(PlatformService.TIME_ZONE));
        from = to.withDayOfYear(1);
        report();
        overdue = new PageOf<>((first, size) -> {
            DutyPage page = monitor.overdue(user.caller(), first, size);
            return new ResultPage<>(page.rows(), page.total());
        }, duty -> Long.toString(duty.id()));
    }

    public void report() {
        Feedback.attempt(() -> departments = monitor.byDepartment(user.caller(), from, to), null);
    }

    public List<DutyMonitor.DepartmentRecord> getDepartments() { return departments; }
    public PageOf<DutyView> getOverdue() { return overdue; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
