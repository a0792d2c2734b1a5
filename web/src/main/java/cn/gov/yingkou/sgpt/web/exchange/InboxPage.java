package cn.gov.yingkou.sgpt.web.exchange;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.Item;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;
import cn.gov.yingkou.sgpt.exchange.boundary.PushFilter;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.PushStatus;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.organisation.boundary.Role;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.faces.PageOf;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * Both sides of the hand-over for the user's department, per kind of document (results, penalty decisions, licence
 * actions): the inbox (what was handed to it, to sign for or send back) and the outbox (what it hands over, to push,
 * pushed and not yet signed, returned), paged in the database.
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A view of one side, filtered by status. */
    public enum Box {
        TO_SIGN(false, EnumSet.of(PushStatus.PUSHED), false),
        OVERDUE_TO_SIGN(false, EnumSet.of(PushStatus.PUSHED), true),
        SIGNED(false, EnumSet.of(PushStatus.SIGNED), false),
        RETURNED_BY_US(false, EnumSet.of(PushStatus.RETURNED), false),
        TO_PUSH(true, EnumSet.of(PushStatus.PENDING, PushStatus.RETURNED), false),
        PUSHED_UNSIGNED(true, EnumSet.of(PushStatus.PUSHED), false),
        OVERDUE_OUT(true, EnumSet.of(PushStatus.PENDING, PushStatus.RETURNED, PushStatus.PUSHED), true),
        DONE(true, EnumSet.of(PushStatus.SIGNED), false),
        /** Oversight: sent back anywhere and not yet routed again. */
        RETURNED_ANYWHERE(false, EnumSet.of(PushStatus.RETURNED), false);

        private final boolean outbox;
        private final Set<PushStatus> statuses;
        private final boolean overdue;

        Box(boolean outbox, Set<PushStatus> statuses, boolean overdue) {
            this.outbox = outbox;
            this.statuses = statuses;
            this.overdue = overdue;
        }

        public boolean isOutbox() {
            return outbox;
        }

        /** Boxes where the bureau pushes (what was not pushed yet, or came back). */
        public boolean isToPush() {
            return this == TO_PUSH;
        }

        /** Boxes of what the department has to sign for, several at once if it will. */
        public boolean isToSign() {
            return this == TO_SIGN || this == OVERDUE_TO_SIGN;
        }
    }

    @Inject
    Pushes pushes;

    @Inject
    PushQueries queries;

    @Inject
    Departments departments;

    @Inject
    ItemLists lists;

    @Inject
    CurrentUser user;

    /** The items of the unit's list in force, to narrow the list to one. */
    private List<Item> items = List.of();

    private DocumentKind kind = DocumentKind.RESULT;
    private Box box;
    private String licence;
    private String applicant;
    private String itemCode;
    private LocalDate issuedFrom;
    private LocalDate issuedUntil;
    private PageOf<PushView> rows;
    private PushView returning;
    private String reason;
    private String routeTo;
    /** The batch push's check boxes, by push id. */
    private Map<Long, Boolean> ticked = new HashMap<>();

    @PostConstruct
    void init() {
        items = lists.inForce(user.caller(), user.getAccount().unitCode(), Beijing.today()).map(v -> v.items())
                .orElse(List.of());
        List<DocumentKind> kinds = getKinds();
        kind = kinds.isEmpty() ? DocumentKind.RESULT : kinds.get(0);
        List<Box> boxes = getBoxes();
        if (boxes.isEmpty()) {
            return;
        }
        box = user.caller().has(Role.OVERSIGHT) ? Box.RETURNED_ANYWHERE : boxes.get(0);
        search();
    }

    public void search() {
        Box chosen = box;
        if (chosen == null || Feedback.reversed(issuedFrom, issuedUntil, "ib:issuedUntil")) {
            return;
        }
        PushFilter filter = new PushFilter(licence, chosen == Box.RETURNED_ANYWHERE ? null : applicant, itemCode, issuedFrom,
                issuedUntil, kind);
        DepartmentRef department = user.caller().department();
        rows = new PageOf<>((first, size, sorting) -> chosen == Box.RETURNED_ANYWHERE
                ? queries.returned(user.caller(), filter, sorting, first, size)
                : chosen.outbox
                ? queries.outbox(user.caller(), department, chosen.statuses, filter, chosen.overdue, sorting, first, size)
                : queries.inbox(user.caller(), department, chosen.statuses, filter, chosen.overdue, sorting, first, size),
                p -> Long.toString(p.id()));
        returning = null;
        ticked = new HashMap<>();
    }

    /** The batch push: every selected result to the department its push list names, all or none. */
    public void pushSelected() {
        List<Long> ids = tickedIds();
        if (ids.isEmpty()) {
            Feedback.error("push.noneChosen");
            return;
        }
        if (Feedback.attempt(() -> pushes.pushAll(user.caller(), ids), "push.pushed-batch", ids.size())) {
            search();
        }
    }

    /** Signs for every selected result at once, all or none. */
    public void signSelected() {
        List<Long> ids = tickedIds();
        if (ids.isEmpty()) {
            Feedback.error("push.noneChosenToSign");
            return;
        }
        if (Feedback.attempt(() -> pushes.signAll(user.caller(), ids), "push.signed-batch", ids.size())) {
            search();
        }
    }

    private List<Long> tickedIds() {
        return ticked.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey)
                .sorted().toList();
    }

    public void sign(PushView push) {
        if (Feedback.attempt(() -> pushes.sign(user.caller(), push.id()), "push.signed")) {
            search();
        }
    }

    public void startReturn(PushView push) {
        returning = push;
        reason = null;
    }

    public void giveBack() {
        if (returning != null && Feedback.attempt(() -> pushes.giveBack(user.caller(), returning.id(), reason), "push.returned")) {
            search();
        }
    }

    public void push(PushView push) {
        if (Feedback.attempt(() -> pushes.push(user.caller(), push.id(), routeTo), "push.pushed")) {
            routeTo = null;
            search();
        }
    }

    /** Another kind of document: its boxes, starting with the first. */
    public void changeKind() {
        List<Box> boxes = getBoxes();
        box = boxes.isEmpty() ? null : boxes.get(0);
        search();
    }

    /**
     * The kinds of document the user's department hands over or receives: results, penalty decisions and licence
     * actions for an approval bureau and a competent department, the last two for the enforcement bureau, results for
     * oversight.
     */
    public List<DocumentKind> getKinds() {
        DepartmentRole role = user.caller().department().role();
        return Arrays.stream(DocumentKind.values()).filter(k -> k != DocumentKind.CASE_TRANSFER)
                .filter(k -> k == DocumentKind.RESULT && user.caller().has(Role.OVERSIGHT) || k.sentBy(role)
                        || k.receivedBy(role))
                .toList();
    }

    public List<DepartmentRef> getCompetentDepartments() {
        return departments.competentFirstIn(user.getAccount().unitCode());
    }

    /**
     * The boxes of the user's side for the kind of document: the department that hands it over pushes (the outbox), the
     * one it goes to signs (the inbox); oversight sees every result sent back anywhere, and the business-environment
     * bureau, which neither pushes nor receives, only that.
     */
    public List<Box> getBoxes() {
        boolean oversight = user.caller().has(Role.OVERSIGHT);
        DepartmentRole role = user.caller().department().role();
        boolean sender = kind.sentBy(role);
        boolean receiver = kind.receivedBy(role);
        return Arrays.stream(Box.values()).filter(b -> b == Box.RETURNED_ANYWHERE
                ? oversight && kind == DocumentKind.RESULT
                : b.outbox ? sender : receiver).toList();
    }

    /** What the result is, for the list: the item and the applicant, as far as the push list carries them. */
    public String summary(PushView push) {
        return PushSummary.of(push.payload());
    }
    public List<Item> getItems() { return items; }
    public Map<Long, Boolean> getTicked() { return ticked; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
    public String getApplicant() { return applicant; }
    public void setApplicant(String applicant) { this.applicant = applicant; }
    public String getItemCode() { return itemCode; }
    public void setItemCode(String itemCode) { this.itemCode = itemCode; }
    public LocalDate getIssuedFrom() { return issuedFrom; }
    public void setIssuedFrom(LocalDate issuedFrom) { this.issuedFrom = issuedFrom; }
    public LocalDate getIssuedUntil() { return issuedUntil; }
    public void setIssuedUntil(LocalDate issuedUntil) { this.issuedUntil = issuedUntil; }
    public Box getBox() { return box; }
    public DocumentKind getKind() { return kind; }
    public void setKind(DocumentKind kind) { this.kind = kind; }
    public void setBox(Box box) { this.box = box; }
    public PageOf<PushView> getRows() { return rows; }
    public PushView getReturning() { return returning; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getRouteTo() { return routeTo; }
    public void setRouteTo(String routeTo) { this.routeTo = routeTo; }
}
