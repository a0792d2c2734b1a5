package cn.gov.yingkou.sgpt.web.supervision;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintStatus;
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintView;
import cn.gov.yingkou.sgpt.supervision.boundary.Complaints;
import cn.gov.yingkou.sgpt.supervision.boundary.Lodged;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.faces.PageOf;
import cn.gov.yingkou.sgpt.web.publicform.ComplaintForm;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * The department's complaints and reports (Art 18): those waiting for an answer first, with the day each must be
 * answered by; and the form a clerk enters one on (a visit, a letter, a call), for whichever department handles it.
 */
@Named
@ViewScoped
public class ComplaintsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Complaints complaints;

    @Inject
    CurrentUser user;

    private ComplaintStatus status = ComplaintStatus.RECEIVED;
    private PageOf<ComplaintView> rows;
    private ComplaintForm form = new ComplaintForm();
    private Lodged lodged;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        Set<ComplaintStatus> statuses = status == null ? EnumSet.noneOf(ComplaintStatus.class) : EnumSet.of(status);
        rows = new PageOf<>((first, size) -> complaints.inbox(user.caller(), null, statuses, first, size),
                c -> Long.toString(c.id()));
    }

    public void lodge() {
        if (Feedback.attempt(ComplaintForm.inputs("cn"), () -> lodged = complaints.lodge(user.caller(), form.complaint()),
                "complaint.entered")) {
            form = new ComplaintForm();
            search();
        }
    }

    public List<DepartmentRef> getDepartments() { return complaints.receivingDepartments(); }
    public ComplaintStatus[] getStatuses() { return ComplaintStatus.values(); }
    public PageOf<ComplaintView> getRows() { return rows; }
    public ComplaintStatus getStatus() { return status; }
    public void setStatus(ComplaintStatus status) { this.status = status; }
    public ComplaintForm getForm() { return form; }
    public Lodged getLodged() { return lodged; }
}
