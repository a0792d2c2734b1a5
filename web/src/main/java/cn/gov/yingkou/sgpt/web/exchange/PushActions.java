package cn.gov.yingkou.sgpt.web.exchange;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.exchange.boundary.PushStatus;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * What the push page lets its reader do with the result read: the receiving department signs for it or sends it back;
 * the bureau routes one sent back to another department — of any unit, since a department that sends a result back
 * may name a county's — and is asked again before it routes it to the department that sent it back.
 */
@Named
@ViewScoped
public class PushActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PushPage page;

    @Inject
    Pushes pushes;

    @Inject
    Departments departments;

    @Inject
    CurrentUser user;

    private String reason;
    private String routeTo;
    /** Set when the bureau chose the department that sent the push back: the page asks before it pushes. */
    private boolean askingAgain;

    public void sign() {
        if (Feedback.attempt(() -> pushes.sign(user.caller(), page.getId()), "push.signed")) {
            page.open();
        }
    }

    public void giveBack() {
        if (Feedback.attempt(() -> pushes.giveBack(user.caller(), page.getId(), reason), "push.returned")) {
            reason = null;
            page.open();
        }
    }

    /** The sender takes back what was not signed for, with the reason. */
    public void withdraw() {
        if (Feedback.attempt(Map.of("reason", "pd:withdrawHandoverReason"),
                () -> pushes.withdraw(user.caller(), page.getId(), reason), "push.withdrawn")) {
            reason = null;
            page.open();
        }
    }

    /** Pushes to the department chosen, unless it is the one that sent the push back and the bureau has not said so twice. */
    public void route() {
        PushView push = page.getDetail().push();
        String chosen = routeTo == null || routeTo.isBlank() ? push.toDepartmentCode() : routeTo;
        if (!askingAgain && push.status() == PushStatus.RETURNED && chosen.equals(push.toDepartmentCode())) {
            askingAgain = true;
            return;
        }
        if (Feedback.attempt(() -> pushes.push(user.caller(), page.getId(), chosen), "push.pushed")) {
            askingAgain = false;
            routeTo = null;
            page.open();
        }
    }

    public void reconsider() {
        askingAgain = false;
    }

    /**
     * For a result, competent departments of every unit, the push's own unit's first; another kind goes only where it
     * goes (a penalty decision to the bureau that issued the licence).
     */
    public List<DepartmentRef> getRouteChoices() {
        if (page.getDetail() != null && page.getDetail().push().kind() != DocumentKind.RESULT) {
            return List.of();
        }
        return departments.competentFirstIn(user.getAccount().unitCode());
    }

    public boolean isAskingAgain() { return askingAgain; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getRouteTo() { return routeTo; }
    public void setRouteTo(String routeTo) { this.routeTo = routeTo; }
}
