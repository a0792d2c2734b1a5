package cn.gov.yingkou.sgpt.web.oversight;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import cn.gov.yingkou.sgpt.duty.boundary.DepartmentRecord;
import cn.gov.yingkou.sgpt.duty.boundary.DutyMonitor;
import cn.gov.yingkou.sgpt.duty.boundary.DutyPage;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.web.duty.DutySubjects;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.faces.PageOf;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * The duty monitor for oversight (Art 21): each department's duties that arose in a period (this year so far,
 * unless chosen), the most failed first, and the duties overdue now — of every department, or of the one chosen
 * from the report — the longest overdue first, each linked to the record it is about.
 */
@Named
@ViewScoped
public class MonitorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String OVERDUE_TABLE = ":mo:overdue";

    @Inject
    DutyMonitor monitor;

    @Inject
    PushQueries pushes;

    @Inject
    CurrentUser user;

    private LocalDate from;
    private LocalDate to;
    private List<DepartmentRecord> departments = List.of();
    private DepartmentRef watched;
    private final DutySubjects subjects = new DutySubjects();
    private PageOf<DutyView> overdue;

    @PostConstruct
    void init() {
        to = Beijing.today();
        from = to.withDayOfYear(1);
        report();
        overdue = new PageOf<>((first, size) -> {
            DutyPage page = monitor.overdue(user.caller(), watched == null ? null : watched.id(), first, size);
            subjects.remember(pushes.licenceNumbers(user.caller(), DutySubjects.pushIds(page.rows())));
            return new ResultPage<>(page.rows(), page.total());
        }, duty -> Long.toString(duty.id()));
    }

    public void report() {
        Feedback.attempt(() -> departments = monitor.byDepartment(user.caller(), from, to), null);
    }

    /** The period's report as a workbook; nothing (and the reason as a message) when the period is refused. */
    public StreamedContent getWorkbook() {
        DutyMonitor.Report[] report = new DutyMonitor.Report[1];
        if (!Feedback.attempt(() -> report[0] = monitor.report(user.caller(), from, to), null)) {
            return null;
        }
        byte[] content = report[0].content();
        return DefaultStreamedContent.builder().name(report[0].fileName()).contentType(DutyMonitor.Report.MEDIA_TYPE)
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }

    /** Lists the overdue duties of this department only. */
    public void watch(DepartmentRef department) {
        watched = department;
        firstPage();
    }

    /** Lists the overdue duties of every department again. */
    public void watchAll() {
        watched = null;
        firstPage();
    }

    /** Another department's list starts on its own first page, not on the page the last one was at. */
    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(OVERDUE_TABLE) instanceof UIData table) {
            table.setFirst(0);
        }
    }

    /** The department whose overdue duties are listed, or null for all. */
    public DepartmentRef getWatched() { return watched; }
    public List<DepartmentRecord> getDepartments() { return departments; }
    public PageOf<DutyView> getOverdue() { return overdue; }
    public DutySubjects getSubjects() { return subjects; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
