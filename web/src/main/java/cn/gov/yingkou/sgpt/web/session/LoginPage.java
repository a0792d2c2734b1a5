package cn.gov.yingkou.sgpt.web.session;

import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Signs a person in through the server's security domain (Elytron, config/security.cli): the password is
 * checked by the server against the bcrypt hash in org_account, never by this bean.
 */
@Named
@RequestScoped
public class LoginPage {

    static final String HOME = "/index.xhtml?faces-redirect=true";

    private String username;
    private String password;

    public String login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(username.strip(), password);
        } catch (ServletException e) {
            ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle.getString("login.failed"), null));
            password = null;
            return null;
        }
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
