package cn.gov.yingkou.sgpt.web.licensing;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationQueries;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationQueries.Detail;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationView;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.i18n.DepartmentNames;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * The notices an applicant is handed at intake, printed from the application as it stands: the one-time notice of
 * what to supplement (Licensing Law Art 32 ¶1 (4)), the notice of acceptance with the decision's time limit, and the
 * notice of refusal with the reasons and the remedies.
 */
@Named
@ViewScoped
public class NoticePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Beijing.ZONE);

    /** The notices, each printable once the application has reached the step it reports. */
    public enum Kind {
        SUPPLEMENT, ACCEPTANCE, REFUSAL
    }

    @Inject
    ApplicationQueries queries;

    @Inject
    DepartmentNames departments;

    @Inject
    CurrentUser user;

    private String number;
    private Kind kind;
    private Detail detail;

    /** Called from the address (?number=…&kind=…); a notice the application has not reached yet is refused. */
    public void open() {
        if (number == null || kind == null) {
            Feedback.error("notice.badAddress");
            return;
        }
        if (Feedback.attempt(() -> detail = queries.detail(user.caller(), number), null) && !reached()) {
            detail = null;
            Feedback.error("notice.notYet");
        }
    }

    private boolean reached() {
        ApplicationView a = detail.application();
        return switch (kind) {
            case SUPPLEMENT -> !a.requestedMaterials().isEmpty();
            case ACCEPTANCE -> a.acceptedAt() != null;
            case REFUSAL -> a.status() == ApplicationStatus.REFUSED;
        };
    }

    public ApplicationView getApplication() {
        return detail == null ? null : detail.application();
    }

    public String getBureau() {
        return detail == null ? "" : departments.of(detail.application().departmentCode());
    }

    public String getReceivedOn() {
        return DAY.format(detail.application().receivedAt());
    }

    /** The day the notice records: when the supplement was asked for, the application accepted or refused. */
    public String getIssuedOn() {
        ApplicationView a = detail.application();
        Instant at = switch (kind) {
            case SUPPLEMENT -> step("application.request-materials").map(AuditRecord::occurredAt).orElse(a.changedAt());
            case ACCEPTANCE -> a.acceptedAt();
            case REFUSAL -> a.decidedAt();
        };
        return DAY.format(at);
    }

    /** The decision clock the acceptance started: its working days and its last day. */
    public Optional<DutyView> getDecisionClock() {
        return detail.clocks().stream().filter(c -> c.kind() == DutyKind.DECIDE_APPLICATION).reduce((a, b) -> b);
    }

    private Optional<AuditRecord> step(String action) {
        List<AuditRecord> steps = detail.timeline().stream().filter(s -> s.action().equals(action)).toList();
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
}
