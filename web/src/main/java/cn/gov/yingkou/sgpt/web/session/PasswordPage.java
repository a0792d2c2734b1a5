package cn.gov.yingkou.sgpt.web.session;

import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountSessions;

/** Changing one's own password: the rules (current password, strength) are AccountSessions'. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    AccountSessions sessions;

    @Inject
    CurrentUser user;

    private String current;
    private String replacement;
    private String confirmation;

    public void change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        if (replacement == null || !replacement.equals(confirmation)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("password.mismatch"), null));
            return;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            sessions.changePassword(request.getUserPrincipal().getName(), current.toCharArray(),
                    replacement.toCharArray(), Channel.PORTAL, request.getRemoteAddr());
            user.refresh();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString("password.changed"), null));
        } catch (IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** Whether the person arrived here because an administrator's temporary password must be replaced. */
    public boolean isForced() {
        var account = user.getAccount();
        return account != null && account.mustChangePassword();
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getReplacement() { return replacement; }
    public void setReplacement(String replacement) { this.replacement = replacement; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
