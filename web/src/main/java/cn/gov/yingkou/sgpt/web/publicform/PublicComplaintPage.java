package cn.gov.yingkou.sgpt.web.publicform;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.platform.boundary.PublicChallenges;
import cn.gov.yingkou.sgpt.supervision.boundary.Complaints;
import cn.gov.yingkou.sgpt.supervision.boundary.Lodged;
import cn.gov.yingkou.sgpt.web.faces.Feedback;

/**
 * The public complaint form (no login): about which business and licence (or which department), what happened, and
 * optionally who complains; a picture challenge drawn by the platform, and a few complaints an hour from one address.
 * What was lodged is answered with its reference and code, shown once, to look the answer up with.
 */
@Named
@ViewScoped
public class PublicComplaintPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Complaints complaints;

    @Inject
    PublicChallenges challenges;

    @Inject
    PublicRateLimit limit;

    private final ComplaintForm form = new ComplaintForm();
    private String challenge;
    private String answer;
    private Lodged lodged;

    @PostConstruct
    void init() {
        challenge = challenges.issue();
    }

    public void lodge() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String address = request.getRemoteAddr();
        boolean passes = challenges.passes(challenge, answer);
        answer = null;
        challenge = challenges.issue();
        if (!passes) {
            Feedback.errorAt("pc:answer", "public.challenge.wrong");
            return;
        }
        if (!limit.admit(address)) {
            Feedback.error("public.tooMany");
            return;
        }
        Feedback.attempt(ComplaintForm.inputs("pc"), () -> lodged = complaints.lodgePublic(form.complaint(), address),
                "public.lodged");
    }

    /** A new picture, for one that cannot be read. */
    public void newChallenge() {
        challenge = challenges.issue();
    }

    public List<DepartmentRef> getDepartments() { return complaints.receivingDepartments(); }
    public ComplaintForm getForm() { return form; }
    public String getChallenge() { return challenge; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public Lodged getLodged() { return lodged; }
}
