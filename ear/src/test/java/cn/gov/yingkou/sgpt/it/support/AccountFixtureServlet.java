package cn.gov.yingkou.sgpt.it.support;

import java.io.IOException;
import java.util.EnumSet;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;
import cn.gov.yingkou.sgpt.organisation.boundary.Role;

/**
 * Test fixture, deployed only by browser tests: POST creates a clerk of the city's approval bureau with the
 * demo password (so lockout tests never lock a shared demo account); GET lists an account's audit actions, or with
 * type and record any record's audit trail, an entry a line.
 */
@WebServlet("/accounts")
public class AccountFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    OrganisationSetup organisation;

    @EJB
    AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        organisation.ensurePerson("210800-XZSP", username, "测试经办人", Browser.DEMO_PASSWORD.toCharArray(),
                EnumSet.of(Role.CLERK), Actor.system("test-fixture"));
        response.setContentType("text/plain");
        response.getWriter().print(username);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        if (request.getParameter("record") != null) {
            // Any record's trail, an entry a line: action, actor, detail.
            response.getWriter().print(audit.history(request.getParameter("type"), request.getParameter("record")).stream()
                    .map(r -> r.action() + " " + r.actor() + " " + r.detail()).collect(Collectors.joining("\n")));
            return;
        }
        response.getWriter().print(audit.history("account", request.getParameter("username")).stream()
                .map(AuditRecord::action).collect(Collectors.joining(",")));
    }
}
