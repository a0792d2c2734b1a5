package cn.gov.yingkou.sgpt.web.session;

import java.io.IOException;
import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountSessions;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountView;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;

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

    /**
     * The person making this request, for the services to authorise against. Read afresh each time, so a
     * role taken away or an account disabled by an administrator counts from the next click.
     */
    public Caller caller() {
        var request = (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        var principal = request.getUserPrincipal();
        return principal == null ? null
                : directory.caller(principal.getName(), Channel.PORTAL, request.getRemoteAddr()).orElseThrow(
                        () -> new IllegalStateException("账号已停用或不存在 / The account is no longer active"));
    }

    /** Forgets the cached account details after they changed (password replaced, profile edited). */
    public void refresh() {
        account = null;
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
