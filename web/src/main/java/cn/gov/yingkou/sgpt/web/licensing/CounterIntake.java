package cn.gov.yingkou.sgpt.web.licensing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.catalogue.boundary.ItemFacts;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.Item;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;
import cn.gov.yingkou.sgpt.licensing.boundary.Applicant;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationView;
import cn.gov.yingkou.sgpt.licensing.boundary.Applications;
import cn.gov.yingkou.sgpt.licensing.boundary.NewApplication;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * An application received at the counter: only items with an implementation list are offered (an item without one
 * takes no applications), and its materials are ticked off the implementation list's, with any others handed in
 * besides written one a line. Choosing another item starts its checklist afresh.
 */
@Named
@ViewScoped
public class CounterIntake implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ItemLists lists;

    @Inject
    ItemFacts facts;

    @Inject
    Applications applications;

    @Inject
    CurrentUser user;

    /** The items that take applications, with the materials their implementation lists require. */
    private final Map<String, List<String>> listedMaterials = new LinkedHashMap<>();
    private List<Item> items = List.of();
    private String itemCode;
    private ApplicantKind applicantKind = ApplicantKind.ORGANISATION;
    private String applicantId;
    private String applicantName;
    private String contactName;
    private String contactPhone;
    private List<String> handedIn = new ArrayList<>();
    private String otherMaterials;

    @PostConstruct
    void init() {
        String unit = user.getAccount().unitCode();
        List<Item> inForce = lists.inForce(user.caller(), unit, Beijing.today()).map(v -> v.items()).orElse(List.of());
        for (Item item : inForce) {
            facts.inForce(unit, item.code()).implementation()
                    .ifPresent(implementation -> listedMaterials.put(item.code(), implementation.materials()));
        }
        items = inForce.stream().filter(i -> listedMaterials.containsKey(i.code())).toList();
        itemCode = items.isEmpty() ? null : items.get(0).code();
    }

    /** Another item: its own checklist, nothing ticked. */
    public void itemChosen() {
        handedIn = new ArrayList<>();
    }

    /** The form's inputs by the fields of the application (and of its applicant, checked first) they fill. */
    private static final Map<String, String> INPUTS = Map.of("itemCode", "wb:item", "kind", "wb:kind",
            "id", "wb:applicantId", "name", "wb:applicantName", "contactName", "wb:contactName",
            "contactPhone", "wb:contactPhone", "materials", "wb:otherMaterials");

    /** Records the application and opens it. */
    public String receive() {
        List<String> materials = new ArrayList<>(handedIn);
        if (otherMaterials != null) {
            materials.addAll(Arrays.asList(otherMaterials.split("\\R")));
        }
        ApplicationView[] received = new ApplicationView[1];
        boolean done = Feedback.attempt(INPUTS, () -> received[0] = applications.receive(user.caller(), new NewApplication(
                user.getAccount().unitCode(), itemCode, new Applicant(applicantKind, applicantId, applicantName, contactName,
                        contactPhone), materials, null)), null);
        return done ? "/licensing/application?faces-redirect=true&number=" + received[0].number() : null;
    }

    /** The chosen item's implementation list materials, to tick. */
    public List<String> getListedMaterials() {
        return itemCode == null ? List.of() : listedMaterials.getOrDefault(itemCode, List.of());
    }

    public ApplicantKind[] getApplicantKinds() { return ApplicantKind.values(); }
    public List<Item> getItems() { return items; }
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
    public List<String> getHandedIn() { return handedIn; }
    public void setHandedIn(List<String> handedIn) { this.handedIn = handedIn; }
    public String getOtherMaterials() { return otherMaterials; }
    public void setOtherMaterials(String otherMaterials) { this.otherMaterials = otherMaterials; }
}
