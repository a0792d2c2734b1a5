package cn.gov.yingkou.sgpt.web.licensing;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import cn.gov.yingkou.sgpt.duty.boundary.PauseReason;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationQueries.Detail;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationQueries;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationView;
import cn.gov.yingkou.sgpt.licensing.boundary.Applications;
import cn.gov.yingkou.sgpt.licensing.boundary.CertificateForm;
import cn.gov.yingkou.sgpt.licensing.boundary.Certificates;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceTerms;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * One application: its data, its clocks and its timeline; for the approval bureau the next steps its status
 * allows — ask for missing materials, record the supplement, accept or refuse, pause and resume the review,
 * ask the competent department for support, grant or deny, issue the licence, or record a withdrawal.
 */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    @Inject
    ApplicationQueries queries;

    @Inject
    Departments departments;

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser user;

    private String number;
    private Detail detail;
    private String text;
    private String lines;
    private List<String> supplied = new ArrayList<>();
    private PauseReason pauseReason = PauseReason.INSPECTION;
    private String scope;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private CertificateForm form = CertificateForm.PAPER;
    private String certificateRef;

    /** Called from the address (?number=…). */
    public void open() {
        if (number != null && Feedback.attempt(() -> detail = queries.detail(user.caller(), number), null)) {
            boolean awaiting = detail.application().status() == ApplicationStatus.AWAITING_MATERIALS;
            lines = awaiting ? null : String.join("\n", detail.application().missingMaterials());
            supplied = new ArrayList<>();
            scope = detail.application().itemName();
        }
    }

    public boolean isHandler() {
        return detail != null && AccessPolicy.permits(user.caller(), Permission.HANDLE_APPLICATION,
                Scope.department(departments.require(detail.application().departmentCode())));
    }

    public boolean is(String status) {
        return detail != null && Arrays.stream(status.split(",")).anyMatch(s -> detail.application().status()
                == ApplicationStatus.valueOf(s.strip()));
    }

    public void requestMaterials() {
        step(() -> applications.requestMaterials(user.caller(), number, list(lines)), "application.materialsRequested");
    }

    /** What came with the supplement: the missing materials ticked, and any others written one a line. */
    public void supplement() {
        List<String> handedIn = new ArrayList<>(supplied);
        handedIn.addAll(list(lines));
        step(() -> applications.supplement(user.caller(), number, handedIn), "application.supplemented");
    }

    /** Accepts; with materials missing the button has asked first, so the clerk has confirmed accepting without them. */
    public void accept() {
        boolean missing = !detail.application().missingMaterials().isEmpty();
        step(() -> applications.accept(user.caller(), number, missing), "application.accepted");
    }

    /** The materials still missing, to tick off as the supplement brings them. */
    public List<String> getStillMissing() {
        return detail == null ? List.of() : detail.application().missingMaterials();
    }

    public String getMissingList() {
        return detail == null ? "" : String.join("、", detail.application().missingMaterials());
    }

    public void refuse() {
        step(() -> applications.refuseIntake(user.caller(), number, text), "application.refused");
    }

    public void pause() {
        step(() -> applications.pauseReview(user.caller(), number, pauseReason, text), "application.paused");
    }

    public void resume() {
        step(() -> applications.resumeReview(user.caller(), number), "application.resumed");
    }

    public void requestSupport() {
        step(() -> applications.requestTechnicalSupport(user.caller(), number, text), "application.supportRequested");
    }

    public void recordSiteSurvey() {
        step(() -> applications.recordSiteSurvey(user.caller(), number, text), "application.surveyRecorded");
    }

    public void grant() {
        step(() -> applications.grant(user.caller(), number), "application.granted");
    }

    public void deny() {
        step(() -> applications.deny(user.caller(), number, text), "application.denied");
    }

    public void issue() {
        step(() -> applications.issue(user.caller(), number, new LicenceTerms(scope, validFrom, validUntil, form,
                certificateRef)), "application.issued");
    }

    public void withdraw() {
        step(() -> applications.withdraw(user.caller(), number, text), "application.withdrawn");
    }

    /** The issued licence's certificate, to print. */
    public StreamedContent getCertificate() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String portal = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath();
        Certificates.Certificate pdf = certificates.pdf(user.caller(), detail.application().licenceNumber(), portal);
        return DefaultStreamedContent.builder().name(pdf.fileName()).contentType(Certificates.Certificate.MEDIA_TYPE)
                .contentLength((long) pdf.content().length).stream(() -> new ByteArrayInputStream(pdf.content())).build();
    }

    private void step(Supplier<ApplicationView> action, String successKey) {
        if (Feedback.attempt(action::get, successKey)) {
            text = null;
            open();
        }
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    public PauseReason[] getPauseReasons() { return PauseReason.values(); }
    public CertificateForm[] getForms() { return CertificateForm.values(); }
    public Detail getDetail() { return detail; }
    public ApplicationView getApplication() { return detail == null ? null : detail.application(); }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<String> getSupplied() { return supplied; }
    public void setSupplied(List<String> supplied) { this.supplied = supplied; }
    public String getLines() { return lines; }
    public void setLines(String lines) { this.lines = lines; }
    public PauseReason getPauseReason() { return pauseReason; }
    public void setPauseReason(PauseReason pauseReason) { this.pauseReason = pauseReason; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public CertificateForm getForm() { return form; }
    public void setForm(CertificateForm form) { this.form = form; }
    public String getCertificateRef() { return certificateRef; }
    public void setCertificateRef(String certificateRef) { this.certificateRef = certificateRef; }
}
