package cn.gov.yingkou.sgpt.web.licensing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationQueries.QueueRow;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationQueries;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.QueueFilter;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.faces.PageOf;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * The approval clerk's workbench: the department's applications, the one whose clock runs out soonest first,
 * filtered by stage and paged in the database; the counter's form is {@link CounterIntake}.
 */
@Named
@ViewScoped
public class WorkbenchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The stages a clerk filters by; "open" is every stage with work left. */
    public enum Stage {
        OPEN(EnumSet.of(ApplicationStatus.RECEIVED, ApplicationStatus.AWAITING_MATERIALS, ApplicationStatus.UNDER_REVIEW,
                ApplicationStatus.GRANTED)),
        INTAKE(EnumSet.of(ApplicationStatus.RECEIVED, ApplicationStatus.AWAITING_MATERIALS)),
        REVIEW(EnumSet.of(ApplicationStatus.UNDER_REVIEW)),
        TO_ISSUE(EnumSet.of(ApplicationStatus.GRANTED)),
        CLOSED(EnumSet.of(ApplicationStatus.ISSUED, ApplicationStatus.REFUSED, ApplicationStatus.DENIED,
                ApplicationStatus.WITHDRAWN)),
        ALL(EnumSet.allOf(ApplicationStatus.class));

        private final Set<ApplicationStatus> statuses;

        Stage(Set<ApplicationStatus> statuses) {
            this.statuses = statuses;
        }
    }

    @Inject
    ApplicationQueries queries;

    @Inject
    CurrentUser user;

    private Stage stage = Stage.OPEN;
    private String applicant;
    private String number;
    private String itemName;
    private LocalDate receivedFrom;
    private LocalDate receivedUntil;
    private PageOf<QueueRow> queue;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        if (Feedback.reversed(receivedFrom, receivedUntil, "wb:receivedUntil")) {
            return;
        }
        QueueFilter filter = new QueueFilter(stage.statuses, applicant, number, itemName, receivedFrom, receivedUntil);
        queue = new PageOf<>((first, size, sorting) -> queries.queue(user.caller(), user.caller().department(), filter,
                sorting, first, size), row -> row.application().number());
    }

    public boolean isReceiver() {
        return AccessPolicy.permits(user.caller(), Permission.HANDLE_APPLICATION, Scope.department(user.caller().department()));
    }

    public Stage[] getStages() { return Stage.values(); }
    public PageOf<QueueRow> getQueue() { return queue; }
    public Stage getStage() { return stage; }
    public String getApplicant() { return applicant; }
    public void setApplicant(String applicant) { this.applicant = applicant; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getItemName() { return itemName; }
    public void setItemName(String itemName) { this.itemName = itemName; }
    public LocalDate getReceivedFrom() { return receivedFrom; }
    public void setReceivedFrom(LocalDate receivedFrom) { this.receivedFrom = receivedFrom; }
    public LocalDate getReceivedUntil() { return receivedUntil; }
    public void setReceivedUntil(LocalDate receivedUntil) { this.receivedUntil = receivedUntil; }
    public void setStage(Stage stage) { this.stage = stage; }
}
