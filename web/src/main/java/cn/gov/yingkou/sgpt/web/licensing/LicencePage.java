package cn.gov.yingkou.sgpt.web.licensing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionKind;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionRequest;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActions;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceRegister;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFileView;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFiles;
import cn.gov.yingkou.sgpt.web.exchange.PayloadFields;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * One licence and its whole history as a timeline ({@link LicenceHistory}), its supervision files, and, for the bureau that
 * issued it, the form to act on it: on the penalty decision it was opened with (?answers=, shown beside), or on its own
 * initiative.
 */
@Named
@ViewScoped
public class LicencePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LicenceRegister register;

    @Inject
    LicenceActions actions;

    @Inject
    PushQueries handovers;

    @Inject
    Departments departments;

    @Inject
    LicenceHistory history;

    @Inject
    SupervisionFiles supervision;

    @Inject
    CurrentUser user;

    private String number;
    private Long answers;
    private LicenceView licence;
    private PushView penalty;
    private List<LicenceHistory.Step> steps = List.of();
    private List<SupervisionFileView> files = List.of();

    private LicenceActionKind kind;
    private String documentNumber;
    private LocalDate decidedOn;
    private String reason;
    private String legalBasis;
    private String newScope;
    private LocalDate newValidUntil;
    private String newCertificateRef;
    private LocalDate suspendedUntil;

    /** Called from the address (?number=…, and ?answers= the penalty decision's hand-over). */
    public void open() {
        decidedOn = Beijing.today();
        if (number == null || number.isBlank()) {
            Feedback.error("licence.noNumber");
            return;
        }
        Feedback.attempt(this::load, null);
        if (licence != null && answers != null) {
            Feedback.attempt(() -> penalty = handovers.detail(user.caller(), answers).push(), null);
            if (penalty != null && (penalty.kind() != DocumentKind.PENALTY || !number.equals(penalty.licenceNumber()))) {
                penalty = null;
            }
            if (penalty != null) {
                kind = measureOf(penalty);
            }
        }
    }

    private void load() {
        licence = register.byNumber(user.caller(), number);
        steps = history.of(user.caller(), licence);
        files = supervision.ofLicence(user.caller(), licence.number());
    }

    private static LicenceActionKind measureOf(PushView penalty) {
        String payload = penalty.payload();
        for (LicenceActionKind k : LicenceActionKind.values()) {
            if (payload.contains("\"measure\":\"" + k.name() + "\"")) {
                return k;
            }
        }
        return null;
    }

    /** Whether the user acts for the bureau that issued the licence. */
    public boolean isMayAct() {
        return licence != null && AccessPolicy.permits(user.caller(), Permission.ACT_ON_LICENCE,
                Scope.department(departments.require(licence.issuingDepartmentCode())));
    }

    /** Whether the user's department reports penalty decisions (a competent department, the enforcement bureau). */
    public boolean isMayReportPenalty() {
        return licence != null && user.caller().department() != null && AccessPolicy.permits(user.caller(),
                Permission.RECORD_PENALTY, Scope.department(user.caller().department()));
    }

    /** A violation found while supervising the licence that is another department's to deal with is transferred (Art 20). */
    public boolean isMayTransfer() {
        return licence != null && user.caller().department() != null && AccessPolicy.permits(user.caller(),
                Permission.TRANSFER_CASES, Scope.department(user.caller().department()));
    }

    public void act() {
        Long answering = penalty == null ? null : penalty.id();
        if (Feedback.attempt(Map.of("kind", "lp:kind", "documentNumber", "lp:documentNumber", "decidedOn", "lp:decidedOn",
                "reason", "lp:reason", "legalBasis", "lp:legalBasis", "newScope", "lp:newScope",
                "suspendedUntil", "lp:suspendedUntil", "answers", "lp:kind"),
                () -> actions.act(user.caller(), number, new LicenceActionRequest(kind, documentNumber, decidedOn, reason,
                        legalBasis, newScope, newValidUntil, newCertificateRef, suspendedUntil, answering, null)),
                "licence.acted")) {
            load();
            documentNumber = null;
            reason = null;
            legalBasis = null;
        }
    }

    public List<Map.Entry<String, String>> getPenaltyFields() {
        return penalty == null ? List.of() : PayloadFields.shown(penalty.payload());
    }

    public LicenceActionKind[] getKinds() { return LicenceActionKind.values(); }
    public LicenceView getLicence() { return licence; }
    public PushView getPenalty() { return penalty; }
    public List<LicenceHistory.Step> getSteps() { return steps; }
    public List<SupervisionFileView> getFiles() { return files; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public Long getAnswers() { return answers; }
    public void setAnswers(Long answers) { this.answers = answers; }
    public LicenceActionKind getKind() { return kind; }
    public void setKind(LicenceActionKind kind) { this.kind = kind; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getNewScope() { return newScope; }
    public void setNewScope(String newScope) { this.newScope = newScope; }
    public LocalDate getNewValidUntil() { return newValidUntil; }
    public void setNewValidUntil(LocalDate newValidUntil) { this.newValidUntil = newValidUntil; }
    public String getNewCertificateRef() { return newCertificateRef; }
    public void setNewCertificateRef(String newCertificateRef) { this.newCertificateRef = newCertificateRef; }
    public LocalDate getSuspendedUntil() { return suspendedUntil; }
    public void setSuspendedUntil(LocalDate suspendedUntil) { this.suspendedUntil = suspendedUntil; }
}
