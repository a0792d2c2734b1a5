package cn.gov.yingkou.sgpt.web.transfer;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.transfer.boundary.CaseOutcome;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferStatus;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferView;
import cn.gov.yingkou.sgpt.transfer.boundary.Transfers;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * One case transfer (?id=): what was found and sent, the evidence with its digests (each downloaded through
 * EvidenceServlet, its digest checked again), the clocks, the timeline, and what the user's side may do now — the
 * receiver accepts, declines or returns it and later closes the case; the sender sends a returned one on or withdraws it.
 */
@Named
@ViewScoped
public class TransferCasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Transfers transfers;

    @Inject
    Departments departments;

    @Inject
    DutyService duties;

    @Inject
    CurrentUser user;

    private Long id;
    private TransferView transfer;
    private List<AuditRecord> timeline = List.of();
    private List<DutyView> clocks = List.of();
    private String caseNumber;
    private String reasons;
    private String suggested;
    private String forwardTo;
    private String outcome;
    private LocalDate closedOn = Beijing.today();
    private String penaltyNumber;

    public void open() {
        if (id == null) {
            Feedback.error("transfer.notFound");
            return;
        }
        try {
            reload();
        } catch (RecordNotFound e) {
            Feedback.error("transfer.notFound");
        }
    }

    private void reload() {
        transfer = transfers.transfer(user.caller(), id);
        timeline = transfers.timeline(user.caller(), id);
        clocks = transfer.handoverId() == 0 ? List.of() : duties.about("push", Long.toString(transfer.handoverId()));
        forwardTo = transfer.suggestedDepartmentCode();
    }

    private void act(Supplier<TransferView> action, String confirmation) {
        if (Feedback.attempt(java.util.Map.of("caseNumber", "tc:caseNumber", "reasons", "tc:reasons",
                "suggestedDepartmentCode", "tc:suggested", "toDepartmentCode", "tc:forwardTo", "outcome", "tc:outcome",
                "closedOn", "tc:closedOn", "penaltyDecisionNumber", "tc:penaltyNumber"), () -> action.get(),
                confirmation)) {
            reload();
        }
    }

    public void accept() {
        act(() -> transfers.accept(user.caller(), id, caseNumber), "transfer.accepted");
    }

    public void decline() {
        act(() -> transfers.decline(user.caller(), id, reasons), "transfer.declined");
    }

    public void giveBack() {
        act(() -> transfers.returnNotCompetent(user.caller(), id, reasons, suggested), "transfer.returned");
    }

    public void forward() {
        act(() -> transfers.sendOn(user.caller(), id, forwardTo), "transfer.forwarded");
    }

    public void withdraw() {
        act(() -> transfers.withdraw(user.caller(), id, reasons), "transfer.withdrawn");
    }

    public void close() {
        act(() -> transfers.close(user.caller(), id, new CaseOutcome(outcome, closedOn, penaltyNumber)), "transfer.closed");
    }

    private boolean actsFor(String departmentCode) {
        return departments.byCode(departmentCode).map(d -> AccessPolicy.permits(user.caller(), Permission.TRANSFER_CASES,
                Scope.department(d))).orElse(false);
    }

    /** The receiver may accept, decline or return a transfer not yet decided. */
    public boolean isMayDecide() {
        return transfer != null && transfer.status() == TransferStatus.SENT && actsFor(transfer.toDepartmentCode());
    }

    /** The receiver closes the case it filed. */
    public boolean isMayClose() {
        return transfer != null && transfer.status() == TransferStatus.ACCEPTED && actsFor(transfer.toDepartmentCode());
    }

    /** The sender sends a returned transfer on, or takes back one not yet decided. */
    public boolean isMayForward() {
        return transfer != null && transfer.status() == TransferStatus.NOT_COMPETENT
                && actsFor(transfer.fromDepartmentCode());
    }

    public boolean isMayWithdraw() {
        return transfer != null && (transfer.status() == TransferStatus.SENT
                || transfer.status() == TransferStatus.NOT_COMPETENT) && actsFor(transfer.fromDepartmentCode());
    }

    /** Where the case may go instead: any department that takes transfers, but the two already involved. */
    public List<DepartmentRef> getOtherDepartments() {
        return departments.receiving(DocumentKind.CASE_TRANSFER, user.getAccount().unitCode()).stream()
                .filter(d -> transfer == null || !d.code().equals(transfer.fromDepartmentCode())
                        && !d.code().equals(transfer.toDepartmentCode())).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public TransferView getTransfer() { return transfer; }
    public List<AuditRecord> getTimeline() { return timeline; }
    public List<DutyView> getClocks() { return clocks; }
    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public String getSuggested() { return suggested; }
    public void setSuggested(String suggested) { this.suggested = suggested; }
    public String getForwardTo() { return forwardTo; }
    public void setForwardTo(String forwardTo) { this.forwardTo = forwardTo; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
    public String getPenaltyNumber() { return penaltyNumber; }
    public void setPenaltyNumber(String penaltyNumber) { this.penaltyNumber = penaltyNumber; }
}
