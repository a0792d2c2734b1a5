package cn.gov.yingkou.sgpt.it.support;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Operation;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemAccounts;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemChannel;

/**
 * Test fixture: POST registers an external system of the given department (default: the city's market
 * supervision department) with the given secret, channels, operations and addresses (comma-separated); POST with token=1 has the demo
 * administrator issue a new bearer token for it and answers the token; POST with lift=1 has the administrator lift its
 * cool-down; actsFor=bureau codes has the administrator let it act for those bureaus too; GET answers its refusals in a row and the end of its cool-down ("3 -" when it is not cooling down).
 */
@WebServlet("/systems")
public class SystemFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    OrganisationSetup organisation;

    @EJB
    SystemAccounts systems;

    @EJB
    AccountDirectory directory;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        response.setContentType("text/plain");
        var admin = directory.caller("admin", Channel.PORTAL, "127.0.0.1").orElseThrow();
        if (request.getParameter("token") != null) {
            response.getWriter().print(systems.newToken(admin, username).value());
            return;
        }
        if (request.getParameter("lift") != null) {
            systems.liftCooldown(admin, username);
            response.getWriter().print(username);
            return;
        }
        var channels = EnumSet.noneOf(SystemChannel.class);
        list(request, "channels").forEach(c -> channels.add(SystemChannel.valueOf(c)));
        var operations = EnumSet.noneOf(Operation.class);
        list(request, "operations").forEach(o -> operations.add(Operation.valueOf(o)));
        String department = request.getParameter("department");
        organisation.ensureSystem(department == null ? "210800-SCJG" : department, username, "测试系统", request.getParameter("secret"), channels,
                operations, list(request, "addresses"), Actor.system("test-fixture"));
        if (request.getParameter("actsFor") != null) {
            systems.actFor(admin, username, list(request, "actsFor"));
        }
        response.getWriter().print(username);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var admin = directory.caller("admin", Channel.PORTAL, "127.0.0.1").orElseThrow();
        var system = systems.list(admin).stream().filter(s -> s.username().equals(request.getParameter("username")))
                .findFirst().orElseThrow();
        response.setContentType("text/plain");
        response.getWriter().print(system.failedAuthentications() + " "
                + (system.coolingDownUntil() == null ? "-" : system.coolingDownUntil().toString()));
    }

    private static LinkedHashSet<String> list(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? new LinkedHashSet<>()
                : new LinkedHashSet<>(Arrays.asList(value.split(",")));
    }
}
