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
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.supervision.boundary.FileStatus;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFileView;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFiles;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionStart;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.licensing.LicenceHistory;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * One supervision file (?id=, or ?push= the signed push that opened it, as a "start supervision" duty links it): the
 * licence and its holder, the start-supervision clock, how supervision started — or the form to start it — the
 * licence's whole history and the file's timeline.
 */
@Named
@ViewScoped
public class SupervisionFilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionFiles files;

    @Inject
    LicenceRegister register;

    @Inject
    LicenceHistory history;

    @Inject
    CurrentUser user;

    private Long id;
    private Long push;
    private SupervisionFileView file;
    private List<LicenceHistory.Step> steps = List.of();
    private List<AuditRecord> timeline = List.of();
    private String supervisor;
    private String firstMeasure;
    private LocalDate startedOn = Beijing.today();

    public void open() {
        if (id == null && push == null) {
            Feedback.error("supervision.notFound");
            return;
        }
        try {
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
        steps = history.of(user.caller(), register.byNumber(user.caller(), file.licenceNumber()));
    }

    public void start() {
        if (Feedback.attempt(Map.of("supervisor", "sf:supervisor", "firstMeasure", "sf:firstMeasure", "startedOn",
                "sf:startedOn"), () -> files.start(user.caller(), id, new SupervisionStart(supervisor, firstMeasure,
                        startedOn)), "supervision.started")) {
            reload();
        }
    }

    /** The department may start supervision on a file still waiting for it. */
    public boolean isMayStart() {
        return file != null && file.status() == FileStatus.AWAITING_START && files.mayAct(user.caller(), file);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getPush() { return push; }
    public void setPush(Long push) { this.push = push; }
    public SupervisionFileView getFile() { return file; }
    public List<LicenceHistory.Step> getSteps() { return steps; }
    public List<AuditRecord> getTimeline() { return timeline; }
    public String getSupervisor() { return supervisor; }
    public void setSupervisor(String supervisor) { this.supervisor = supervisor; }
    public String getFirstMeasure() { return firstMeasure; }
    public void setFirstMeasure(String firstMeasure) { this.firstMeasure = firstMeasure; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
}
