package cn.gov.yingkou.sgpt.web.session;

import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountSessions;

/**
 * Signs a person in through the server's security domain (Elytron, config/security.cli): the password is
 * checked by the server against the bcrypt hash in org_account, never by this bean. Each attempt is handed
 * to {@link AccountSessions}, which audits it and locks an account after repeated refusals.
 */
@Named
@RequestScoped
public class LoginPage {

    static final String HOME = "/index.xhtml?faces-redirect=true";

    @Inject
    AccountSessions sessions;

    private String username;
    private String password;

    public String login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String name = username.strip();
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(name, password);
        } catch (ServletException e) {
            sessions.failed(name, Channel.PORTAL, request.getRemoteAddr());
            // The same answer whether the name, the password or the account's state was wrong.
            ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle.getString("login.failed"), null));
            password = null;
            return null;
        }
        sessions.succeeded(name, Channel.PORTAL, request.getRemoteAddr());
        request.changeSessionId();
        return HOME;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
