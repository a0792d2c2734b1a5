package cn.gov.yingkou.sgpt.web.session;

import java.io.IOException;
import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.audit.entity.Channel;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountSessions;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountView;

/** The account behind this session, as the portal shows it, and signing out. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountDirectory directory;

    @Inject
    AccountSessions sessions;

    private AccountView account;

    public AccountView getAccount() {
        if (account == null) {
            var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
            if (principal != null) {
                account = directory.findByUsername(principal.getName()).orElse(null);
            }
        }
        return account;
    }

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            sessions.signedOut(request.getUserPrincipal().getName(), Channel.PORTAL, request.getRemoteAddr());
        }
        external.invalidateSession();
        try {
            ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
