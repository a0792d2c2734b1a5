package cn.gov.yingkou.sgpt.web.penalty;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.penalty.boundary.LicenceMeasure;
import cn.gov.yingkou.sgpt.penalty.boundary.NewPenaltyDecision;
import cn.gov.yingkou.sgpt.penalty.boundary.Penalties;
import cn.gov.yingkou.sgpt.penalty.boundary.PenaltyDecisionView;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * A competent department's or the enforcement bureau's clerk records a penalty decision that touches a licence (Art 19)
 * and hands it to the approval bureau that issued the licence, at once or later from the outbox. The form keeps one
 * message id until it is recorded, so that pressing the button twice records it once.
 */
@Named
@ViewScoped
public class PenaltyRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Penalties penalties;

    @Inject
    CurrentUser user;

    private String messageId = UUID.randomUUID().toString();
    private String licence;
    private String decisionNumber;
    private LocalDate decidedOn = Beijing.today();
    private String facts;
    private String legalBasis;
    private String penalty;
    private LicenceMeasure measure;
    private LocalDate suspendedUntil;
    private boolean handOverNow = true;
    private PenaltyDecisionView recorded;

    public void record() {
        if (Feedback.attempt(Map.of("decisionNumber", "pr:decisionNumber", "decidedOn", "pr:decidedOn", "licenceNumber",
                "pr:licence", "facts", "pr:facts", "legalBasis", "pr:legalBasis", "penalty", "pr:penalty", "measure",
                "pr:measure", "suspendedUntil", "pr:suspendedUntil"),
                () -> recorded = penalties.record(user.caller(), new NewPenaltyDecision(messageId, decisionNumber, decidedOn,
                        licence, facts, legalBasis, penalty, measure, suspendedUntil), handOverNow).decision(),
                handOverNow ? "penalty.recorded.handedOver" : "penalty.recorded")) {
            messageId = UUID.randomUUID().toString();
        }
    }

    public LicenceMeasure[] getMeasures() { return LicenceMeasure.values(); }
    public PenaltyDecisionView getRecorded() { return recorded; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = decisionNumber; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public String getFacts() { return facts; }
    public void setFacts(String facts) { this.facts = facts; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getPenalty() { return penalty; }
    public void setPenalty(String penalty) { this.penalty = penalty; }
    public LicenceMeasure getMeasure() { return measure; }
    public void setMeasure(LicenceMeasure measure) { this.measure = measure; }
    public LocalDate getSuspendedUntil() { return suspendedUntil; }
    public void setSuspendedUntil(LocalDate suspendedUntil) { this.suspendedUntil = suspendedUntil; }
    public boolean isHandOverNow() { return handOverNow; }
    public void setHandOverNow(boolean handOverNow) { this.handOverNow = handOverNow; }
}
