package cn.gov.yingkou.sgpt.web.supervision;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceRegister;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.supervision.boundary.FileStatus;
import cn.gov.yingkou.sgpt.supervision.boundary.InspectionKind;
import cn.gov.yingkou.sgpt.supervision.boundary.InspectionOutcome;
import cn.gov.yingkou.sgpt.supervision.boundary.InspectionView;
import cn.gov.yingkou.sgpt.supervision.boundary.Inspections;
import cn.gov.yingkou.sgpt.supervision.boundary.NewInspection;
import cn.gov.yingkou.sgpt.supervision.boundary.Rectification;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFileView;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFiles;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionStart;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.licensing.LicenceHistory;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * One supervision file (?id=, ?push= the signed push that opened it, as a "start supervision" duty links it, or
 * ?inspection= one of its inspections, as a case transfer's supervision record links it): the licence and its holder,
 * the start-supervision clock, how supervision started — or the form to start it — its inspections and the form to
 * record one (with a penalty or a transfer to start from a finding), the licence's whole history and the file's
 * timeline.
 */
@Named
@ViewScoped
public class SupervisionFilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionFiles files;

    @Inject
    Inspections inspectionsOf;

    @Inject
    LicenceRegister register;

    @Inject
    LicenceHistory history;

    @Inject
    Departments departments;

    @Inject
    CurrentUser user;

    private Long id;
    private Long push;
    private Long inspection;
    private List<InspectionView> inspections = List.of();
    private InspectionKind kind = InspectionKind.PLANNED;
    private LocalDate inspectedOn = Beijing.today();
    private String inspectors;
    private String findings;
    private InspectionOutcome outcome;
    private String rectificationOrder;
    private LocalDate rectifyBy;
    private Long followsUp;
    private SupervisionFileView file;
    private LicenceView licence;
    private List<LicenceHistory.Step> steps = List.of();
    private List<AuditRecord> timeline = List.of();
    private String supervisor;
    private String firstMeasure;
    private LocalDate startedOn = Beijing.today();

    public void open() {
        if (id == null && push == null && inspection == null) {
            Feedback.error("supervision.notFound");
            return;
        }
        try {
            if (id == null && inspection != null) {
                id = inspectionsOf.inspection(user.caller(), inspection).fileId();
            }
            file = id != null ? files.file(user.caller(), id) : files.ofHandover(user.caller(), push);
            id = file.id();
            reload();
        } catch (RecordNotFound e) {
            file = null;
            Feedback.error("supervision.notFound");
        }
    }

    private void reload() {
        file = files.file(user.caller(), id);
        timeline = files.timeline(user.caller(), id);
        inspections = inspectionsOf.ofFile(user.caller(), id);
        licence = register.byNumber(user.caller(), file.licenceNumber());
        steps = history.of(user.caller(), licence);
    }

    public void start() {
        if (Feedback.attempt(Map.of("supervisor", "sf:supervisor", "firstMeasure", "sf:firstMeasure", "startedOn",
                "sf:startedOn"), () -> files.start(user.caller(), id, new SupervisionStart(supervisor, firstMeasure,
                        startedOn)), "supervision.started")) {
            reload();
        }
    }

    public void inspect() {
        if (Feedback.attempt(Map.of("kind", "sf:kind", "inspectedOn", "sf:inspectedOn", "inspectors", "sf:inspectors",
                "findings", "sf:findings", "outcome", "sf:outcome", "rectificationOrder", "sf:order", "rectifyBy",
                "sf:rectifyBy", "followsUp", "sf:followsUp"), () -> inspectionsOf.record(user.caller(), id,
                        new NewInspection(null, kind, inspectedOn, inspectors, findings, outcome, rectificationOrder,
                                rectifyBy, followsUp)), "supervision.inspected")) {
            inspectors = null;
            findings = null;
            outcome = null;
            rectificationOrder = null;
            rectifyBy = null;
            followsUp = null;
            kind = InspectionKind.PLANNED;
            reload();
        }
    }

    /** Inspections are recorded on a started file, by its department. */
    public boolean isMayInspect() {
        return file != null && file.status() != FileStatus.AWAITING_START && files.mayAct(user.caller(), file);
    }

    /** A finding that calls for a penalty is recorded in the penalty loop by the department (Art 19). */
    public boolean isMayReportPenalty() {
        return file != null && AccessPolicy.permits(user.caller(), Permission.RECORD_PENALTY, Scope.department(
                departments.require(file.departmentCode())));
    }

    /** A finding outside the department's remit is transferred (Art 20), naming the inspection. */
    public boolean isMayTransfer() {
        return file != null && AccessPolicy.permits(user.caller(), Permission.TRANSFER_CASES, Scope.department(
                departments.require(file.departmentCode())));
    }

    /** The rectification orders a re-inspection may follow up. */
    public List<InspectionView> getAwaitingFollowUp() {
        return inspections.stream().filter(i -> i.rectification() == Rectification.DUE).toList();
    }

    /** The department may start supervision on a file still waiting for it. */
    public boolean isMayStart() {
        return file != null && file.status() == FileStatus.AWAITING_START && files.mayAct(user.caller(), file);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getInspection() { return inspection; }
    public void setInspection(Long inspection) { this.inspection = inspection; }
    public List<InspectionView> getInspections() { return inspections; }
    public InspectionKind[] getKinds() { return InspectionKind.values(); }
    public InspectionOutcome[] getOutcomes() { return InspectionOutcome.values(); }
    public InspectionKind getKind() { return kind; }
    public void setKind(InspectionKind kind) { this.kind = kind; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public void setInspectedOn(LocalDate inspectedOn) { this.inspectedOn = inspectedOn; }
    public String getInspectors() { return inspectors; }
    public void setInspectors(String inspectors) { this.inspectors = inspectors; }
    public String getFindings() { return findings; }
    public void setFindings(String findings) { this.findings = findings; }
    public InspectionOutcome getOutcome() { return outcome; }
    public void setOutcome(InspectionOutcome outcome) { this.outcome = outcome; }
    public String getRectificationOrder() { return rectificationOrder; }
    public void setRectificationOrder(String rectificationOrder) { this.rectificationOrder = rectificationOrder; }
    public LocalDate getRectifyBy() { return rectifyBy; }
    public void setRectifyBy(LocalDate rectifyBy) { this.rectifyBy = rectifyBy; }
    public Long getFollowsUp() { return followsUp; }
    public void setFollowsUp(Long followsUp) { this.followsUp = followsUp; }
    public Long getPush() { return push; }
    public void setPush(Long push) { this.push = push; }
    public SupervisionFileView getFile() { return file; }
    public LicenceView getLicence() { return licence; }
    public List<LicenceHistory.Step> getSteps() { return steps; }
    public List<AuditRecord> getTimeline() { return timeline; }
    public String getSupervisor() { return supervisor; }
    public void setSupervisor(String supervisor) { this.supervisor = supervisor; }
    public String getFirstMeasure() { return firstMeasure; }
    public void setFirstMeasure(String firstMeasure) { this.firstMeasure = firstMeasure; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
}
