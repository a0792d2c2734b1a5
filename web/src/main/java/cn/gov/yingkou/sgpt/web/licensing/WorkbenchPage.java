package cn.gov.yingkou.sgpt.web.licensing;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.Item;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;
import cn.gov.yingkou.sgpt.licensing.boundary.Applicant;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationQueries.QueueRow;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationQueries;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationView;
import cn.gov.yingkou.sgpt.licensing.boundary.Applications;
import cn.gov.yingkou.sgpt.licensing.boundary.NewApplication;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.faces.PageOf;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * The approval clerk's workbench: the department's applications, the one whose clock runs out soonest first,
 * filtered by stage and paged in the database; and recording an application received at the counter.
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
    Applications applications;

    @Inject
    ApplicationQueries queries;

    @Inject
    ItemLists lists;

    @Inject
    CurrentUser user;

    private Stage stage = Stage.OPEN;
    private PageOf<QueueRow> queue;
    private List<Item> items = List.of();
    private String itemCode;
    private ApplicantKind applicantKind = ApplicantKind.ORGANISATION;
    private String applicantId;
    private String applicantName;
    private String contactName;
    private String contactPhone;
    private String materials;

    @PostConstruct
    void init() {
        items = lists.inForce(user.caller(), user.getAccount().unitCode(), Beijing.today())
                .map(v -> v.items()).orElse(List.of());
        search();
    }

    public void search() {
        Stage chosen = stage;
        queue = new PageOf<>((first, size) -> queries.queue(user.caller(), user.caller().department(), chosen.statuses,
                first, size), row -> row.application().number());
    }

    public boolean isReceiver() {
        return AccessPolicy.permits(user.caller(), Permission.HANDLE_APPLICATION, Scope.department(user.caller().department()));
    }

    /** Records the application and opens it. */
    public String receive() {
        ApplicationView[] received = new ApplicationView[1];
        boolean done = Feedback.attempt(() -> received[0] = applications.receive(user.caller(), new NewApplication(
                user.getAccount().unitCode(), itemCode, new Applicant(applicantKind, applicantId, applicantName, contactName,
                        contactPhone), materials == null ? List.of() : Arrays.asList(materials.split("\\R")), null)), null);
        return done ? "/licensing/application?faces-redirect=true&number=" + received[0].number() : null;
    }

    public Stage[] getStages() { return Stage.values(); }
    public ApplicantKind[] getApplicantKinds() { return ApplicantKind.values(); }
    public PageOf<QueueRow> getQueue() { return queue; }
    public List<Item> getItems() { return items; }
    public Stage getStage() { return stage; }
    public void setStage(Stage stage) { this.stage = stage; }
    public String getItemCode() { return itemCode; }
    public void setItemCode(String itemCode) { this.itemCode = itemCode; }
    public ApplicantKind getApplicantKind() { return applicantKind; }
    public void setApplicantKind(ApplicantKind applicantKind) { this.applicantKind = applicantKind; }
    public String getApplicantId() { return applicantId; }
    public void setApplicantId(String applicantId) { this.applicantId = applicantId; }
    public String getApplicantName() { return applicantName; }
    public void setApplicantName(String applicantName) { this.applicantName = applicantName; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getMaterials() { return materials; }
    public void setMaterials(String materials) { this.materials = materials; }
}
