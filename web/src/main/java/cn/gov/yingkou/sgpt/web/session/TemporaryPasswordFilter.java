package cn.gov.yingkou.sgpt.web.session;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;

/**
 * Someone signed in with a password an administrator set (a new account, a reset, the first administrator)
 * reaches nothing but the password page until they have chosen their own.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class TemporaryPasswordFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    AccountDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var principal = request.getUserPrincipal();
        String path = request.getServletPath();
        if (principal != null && !PASSWORD_PAGE.equals(path) && !"/login.xhtml".equals(path)
                && directory.findByUsername(principal.getName()).map(a -> a.mustChangePassword()).orElse(false)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
