package cn.gov.yingkou.sgpt.web.supervision;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintStatus;
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintView;
import cn.gov.yingkou.sgpt.supervision.boundary.Complaints;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * One complaint or report (?id=, or ?reference= as its answer clock links it): what was lodged, by whom (the phone in full to the handling department only), the
 * licence's supervision file where there is one, the clock, and the forms to answer it or pass it on to the department
 * whose it is.
 */
@Named
@ViewScoped
public class ComplaintPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Complaints complaints;

    @Inject
    Departments departments;

    @Inject
    CurrentUser user;

    private Long id;
    private String reference;
    private ComplaintView complaint;
    private String answer;
    private String forwardTo;
    private String forwardReason;

    public void open() {
        if (id == null && reference == null) {
            Feedback.error("complaint.notFound");
            return;
        }
        try {
            complaint = id != null ? complaints.complaint(user.caller(), id)
                    : complaints.byReference(user.caller(), reference);
            id = complaint.id();
        } catch (RecordNotFound e) {
            Feedback.error("complaint.notFound");
        }
    }

    public void answer() {
        if (Feedback.attempt(Map.of("answer", "cp:answer"), () -> complaints.answer(user.caller(), id, answer),
                "complaint.answered")) {
            complaint = complaints.complaint(user.caller(), id);
        }
    }

    /** A complaint that is another department's is passed on; it then leaves this department's list. */
    public void forward() {
        if (Feedback.attempt(Map.of("departmentCode", "cp:forwardTo", "reason", "cp:forwardReason"),
                () -> complaints.forward(user.caller(), id, forwardTo, forwardReason), "complaint.forwarded")) {
            complaint = complaints.complaint(user.caller(), id);
        }
    }

    /** The handling department answers one still waiting. */
    public boolean isMayAnswer() {
        return complaint != null && complaint.status() == ComplaintStatus.RECEIVED && AccessPolicy.permits(user.caller(),
                Permission.SUPERVISE, Scope.department(departments.require(complaint.departmentCode())));
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public List<DepartmentRef> getDepartments() { return complaints.receivingDepartments(); }
    public String getForwardTo() { return forwardTo; }
    public void setForwardTo(String forwardTo) { this.forwardTo = forwardTo; }
    public String getForwardReason() { return forwardReason; }
    public void setForwardReason(String forwardReason) { this.forwardReason = forwardReason; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ComplaintView getComplaint() { return complaint; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
