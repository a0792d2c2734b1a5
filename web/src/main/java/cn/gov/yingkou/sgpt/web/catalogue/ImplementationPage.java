package cn.gov.yingkou.sgpt.web.catalogue;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.catalogue.boundary.Element;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationContent;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationLists.VersionView;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationLists;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.Item;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;
import cn.gov.yingkou.sgpt.catalogue.boundary.KeyElements;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushField;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushLists.PushListView;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushLists;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.organisation.boundary.Units;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * An item's implementation list (Art 8): the version in effect element by element, every version and
 * proposal, and the change flow — the approval bureau proposes, the competent department consents or
 * refuses with reasons; the item's result push list; and which elements are key.
 */
@Named
@ViewScoped
public class ImplementationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImplementationLists implementation;

    @Inject
    ItemLists lists;

    @Inject
    Units units;

    @Inject
    PushLists pushLists;

    @Inject
    KeyElements keys;

    @Inject
    Departments departments;

    @Inject
    CurrentUser user;

    private String unitCode;
    private String itemCode;
    private List<Item> items = List.of();
    private VersionView inEffect;
    private List<VersionView> history = List.of();
    private final Form form = new Form();
    private String reason;
    private String refusal;
    private String requestedItem;
    private PushListView pushList;
    private List<String> pushFields = List.of();
    private String pushReceiver;
    private boolean pushAutomatic;
    private Set<Element> keySet = Set.of();
    private List<String> keyElements = List.of();

    /** The elements as the approval bureau edits them; lists one entry per line. */
    public static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private String legalBasis;
        private String target;
        private String authorityContent;
        private Integer timeLimitDays;
        private String conditions;
        private String materials;
        private String specialProcedures;
        private String intermediaryServices;
        private String reviewMethod;
        private String reviewStandard;
        private String process;
        private String responsibilities;
        private String accountabilityCases;
        private String industryPlan;

        void fill(ImplementationContent c) {
            legalBasis = c.legalBasis();
            target = c.target();
            authorityContent = c.authorityContent();
            timeLimitDays = c.timeLimitDays();
            conditions = c.conditions();
            materials = String.join("\n", c.materials());
            specialProcedures = c.specialProcedures();
            intermediaryServices = c.intermediaryServices();
            reviewMethod = c.reviewMethod();
            reviewStandard = c.reviewStandard();
            process = String.join("\n", c.process());
            responsibilities = c.responsibilities();
            accountabilityCases = c.accountabilityCases();
            industryPlan = c.industryPlan();
        }

        void clear() {
            legalBasis = null;
            target = null;
            authorityContent = null;
            timeLimitDays = null;
            conditions = null;
            materials = null;
            specialProcedures = null;
            intermediaryServices = null;
            reviewMethod = null;
            reviewStandard = null;
            process = null;
            responsibilities = null;
            accountabilityCases = null;
            industryPlan = null;
        }

        ImplementationContent content() {
            return new ImplementationContent(legalBasis, target, authorityContent, timeLimitDays == null ? 0 : timeLimitDays,
                    conditions, lines(materials), specialProcedures, intermediaryServices, reviewMethod, reviewStandard,
                    lines(process), responsibilities, accountabilityCases, industryPlan);
        }

        private static List<String> lines(String text) {
            return text == null ? List.of() : Arrays.asList(text.split("\\R"));
        }

        public String getLegalBasis() { return legalBasis; }
        public void setLegalBasis(String v) { legalBasis = v; }
        public String getTarget() { return target; }
        public void setTarget(String v) { target = v; }
        public String getAuthorityContent() { return authorityContent; }
        public void setAuthorityContent(String v) { authorityContent = v; }
        public Integer getTimeLimitDays() { return timeLimitDays; }
        public void setTimeLimitDays(Integer v) { timeLimitDays = v; }
        public String getConditions() { return conditions; }
        public void setConditions(String v) { conditions = v; }
        public String getMaterials() { return materials; }
        public void setMaterials(String v) { materials = v; }
        public String getSpecialProcedures() { return specialProcedures; }
        public void setSpecialProcedures(String v) { specialProcedures = v; }
        public String getIntermediaryServices() { return intermediaryServices; }
        public void setIntermediaryServices(String v) { intermediaryServices = v; }
        public String getReviewMethod() { return reviewMethod; }
        public void setReviewMethod(String v) { reviewMethod = v; }
        public String getReviewStandard() { return reviewStandard; }
        public void setReviewStandard(String v) { reviewStandard = v; }
        public String getProcess() { return process; }
        public void setProcess(String v) { process = v; }
        public String getResponsibilities() { return responsibilities; }
        public void setResponsibilities(String v) { responsibilities = v; }
        public String getAccountabilityCases() { return accountabilityCases; }
        public void setAccountabilityCases(String v) { accountabilityCases = v; }
        public String getIndustryPlan() { return industryPlan; }
        public void setIndustryPlan(String v) { industryPlan = v; }
    }

    @PostConstruct
    void init() {
        unitCode = user.getAccount().unitCode();
        loadItems();
    }

    public void loadItems() {
        items = lists.inForce(user.caller(), unitCode, Beijing.today())
                .map(v -> v.items()).orElse(List.of());
        itemCode = items.isEmpty() ? null : items.get(0).code();
        load();
    }

    public void load() {
        inEffect = itemCode == null ? null : implementation.inEffect(user.caller(), unitCode, itemCode).orElse(null);
        history = itemCode == null ? List.of() : implementation.history(user.caller(), unitCode, itemCode);
        // Another item's form starts from this item's list, or empty: nothing of the item shown before carries over.
        if (inEffect != null) {
            form.fill(inEffect.content());
        } else {
            form.clear();
        }
        reason = null;
        refusal = null;
        loadPushList();
        keySet = keys.current();
        keyElements = keySet.stream().map(Element::name).toList();
    }

    private void loadPushList() {
        pushList = itemCode == null ? null : pushLists.of(user.caller(), unitCode, itemCode).orElse(null);
        Set<PushField> fields = pushList == null ? PushField.required() : pushList.fields();
        pushFields = fields.stream().map(PushField::name).toList();
        pushReceiver = pushList == null ? items.stream().filter(i -> i.code().equals(itemCode)).map(Item::departmentCode)
                .findFirst().orElse(null) : pushList.receivingDepartmentCode();
        pushAutomatic = pushList == null || pushList.automatic();
    }

    /** An item named in the address (?item=code), e.g. from a link on the item list. */
    public void openRequested() {
        if (requestedItem != null && items.stream().anyMatch(i -> i.code().equals(requestedItem))) {
            itemCode = requestedItem;
            load();
        }
    }

    public boolean isBureau() {
        return AccessPolicy.permits(user.caller(), Permission.MANAGE_IMPLEMENTATION_LIST, Scope.unit(units.require(unitCode)));
    }

    /** The pending proposal, if this person's department is the one to decide it. */
    public VersionView getDecidable() {
        return history.stream().filter(v -> "PENDING_CONSENT".equals(v.state())
                && user.getAccount().departmentCode().equals(v.consentDepartmentCode())).findFirst().orElse(null);
    }

    public void save() {
        boolean done = inEffect == null
                ? Feedback.attempt(() -> implementation.establish(user.caller(), unitCode, itemCode, form.content()),
                        "impl.established")
                : Feedback.attempt(() -> implementation.proposeChange(user.caller(), unitCode, itemCode, form.content(),
                        reason), "impl.proposed");
        if (done) {
            load();
        }
    }

    public void consent() {
        if (Feedback.attempt(() -> implementation.consent(user.caller(), unitCode, itemCode), "impl.consented")) {
            load();
        }
    }

    public void refuse() {
        if (Feedback.attempt(() -> implementation.refuse(user.caller(), unitCode, itemCode, refusal), "impl.refused")) {
            load();
        }
    }

    public void withdraw() {
        if (Feedback.attempt(() -> implementation.withdraw(user.caller(), unitCode, itemCode), "impl.withdrawn")) {
            load();
        }
    }

    public void savePush() {
        Set<PushField> fields = EnumSet.noneOf(PushField.class);
        pushFields.forEach(f -> fields.add(PushField.valueOf(f)));
        if (Feedback.attempt(() -> pushLists.define(user.caller(), unitCode, itemCode, fields, pushReceiver, pushAutomatic),
                "push.saved")) {
            loadPushList();
        }
    }

    public void saveKeyElements() {
        Set<Element> chosen = EnumSet.noneOf(Element.class);
        keyElements.forEach(e -> chosen.add(Element.valueOf(e)));
        if (Feedback.attempt(() -> keys.set(user.caller(), chosen), "keys.saved")) {
            keySet = keys.current();
        }
    }

    public boolean isKeyConfigurer() {
        return AccessPolicy.permits(user.caller(), Permission.CONFIGURE_KEY_ELEMENTS, Scope.platform());
    }

    /** Whether a change to this element waits for the competent department's consent. */
    public boolean isKey(String element) {
        return keySet.contains(Element.valueOf(element));
    }

    public List<DepartmentRef> getCompetentDepartments() {
        return departments.competentIn(unitCode);
    }

    public PushField[] getAllPushFields() { return PushField.values(); }
    public Element[] getAllElements() { return Element.values(); }
    public PushListView getPushList() { return pushList; }
    public List<String> getPushFields() { return pushFields; }
    public void setPushFields(List<String> pushFields) { this.pushFields = pushFields; }
    public String getPushReceiver() { return pushReceiver; }
    public void setPushReceiver(String pushReceiver) { this.pushReceiver = pushReceiver; }
    public boolean isPushAutomatic() { return pushAutomatic; }
    public void setPushAutomatic(boolean pushAutomatic) { this.pushAutomatic = pushAutomatic; }
    public List<String> getKeyElements() { return keyElements; }
    public void setKeyElements(List<String> keyElements) { this.keyElements = keyElements; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public String getItemCode() { return itemCode; }
    public void setItemCode(String itemCode) { this.itemCode = itemCode; }
    public List<Item> getItems() { return items; }
    public List<Units.UnitRef> getUnitChoices() { return units.active(); }
    public VersionView getInEffect() { return inEffect; }
    public List<VersionView> getHistory() { return history; }
    public Form getForm() { return form; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getRequestedItem() { return requestedItem; }
    public void setRequestedItem(String requestedItem) { this.requestedItem = requestedItem; }
    public String getRefusal() { return refusal; }
    public void setRefusal(String refusal) { this.refusal = refusal; }
}
