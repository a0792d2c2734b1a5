package cn.gov.yingkou.sgpt.it.support;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.duty.control.OverdueSweep;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResults;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceiverContract;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingKind;

/**
 * Test fixture for deliveries to industry systems, through the platform's boundaries:
 * <ul>
 * <li>POST action=receiver[&amp;endpoint=]: a new competent department of the city whose administrator pointed its
 * receiving channel at the test industry system (IndustryReceiverFixture), or at the endpoint given; answers its code;</li>
 * <li>POST action=department: a new competent department left on the platform inbox; answers its code;</li>
 * <li>POST action=system&amp;department=: the administrator points the department at the test system;</li>
 * <li>POST action=mode&amp;department=&amp;mode=UP|DOWN|REJECT|LOSE_FIRST_ANSWER: switches the test system;</li>
 * <li>POST action=inbox&amp;department=: the administrator switches the department to the platform inbox;</li>
 * <li>POST action=issue[&amp;department=][&amp;licence=][&amp;count=]: a drug-retail licence decided on the provincial
 * platform, pushed by the approval bureau's clerk to that department (none: left to push); answers "pushId licence
 * messageId"; with count, that many licences, a line each;</li>
 * <li>POST action=push&amp;push=&amp;department=: the bureau's clerk pushes that push (again) to the department;</li>
 * <li>GET ?department=: what the test system received, one call per line "messageId licence attempt outcome first";</li>
 * <li>GET ?push=: the platform's deliveries of that push, one per hand-over and line, "status attempts outcome,outcome,…".</li>
 * </ul>
 */
@WebServlet("/deliveries")
public class DeliveryFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String RECEIVER_SECRET = "receiver-secret-0123456789";
    public static final String USERNAME_PREFIX = "sgpt.to.";

    @EJB
    OrganisationSetup organisation;

    @EJB
    ReceivingChannels channels;

    @EJB
    AccountDirectory directory;

    @EJB
    FinishedResults finished;

    @EJB
    Pushes pushes;

    @EJB
    PushQueries queries;

    @EJB
    OverdueSweep sweep;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String department = request.getParameter("department");
        switch (String.valueOf(request.getParameter("action"))) {
            case "receiver" -> response.getWriter().print(toSystem(department(), request.getParameter("endpoint") != null
                    ? request.getParameter("endpoint") : "http://127.0.0.1:" + request.getLocalPort()
                            + "/fixtures/industry-receiver"));
            case "department" -> response.getWriter().print(department());
            case "system" -> toSystem(department, "http://127.0.0.1:" + request.getLocalPort() + "/fixtures/industry-receiver");
            case "mode" -> IndustryReceiverFixture.MODES.put(department,
                    IndustryReceiverFixture.Mode.valueOf(request.getParameter("mode")));
            case "issue" -> response.getWriter().print(request.getParameter("count") == null
                    ? issue(department, request.getParameter("licence"))
                    : issueMany(department, Integer.parseInt(request.getParameter("count"))));
            case "push" -> pushes.push(person("spj.clerk"), Long.parseLong(request.getParameter("push")), department);
            case "off-platform" -> response.getWriter().print(agreedOffPlatform());
            case "inbox" -> channels.configure(person("admin"), department, ReceivingKind.PLATFORM_INBOX, null, null,
                    null, null);
            case "v2-receiver" -> channels.configure(person("admin"), department,
                    DocumentKind.valueOf(request.getParameter("kind")), ReceivingKind.INDUSTRY_SYSTEM,
                    ReceiverContract.HANDOVER_V2, "http://127.0.0.1:" + request.getLocalPort() + "/fixtures/handover-receiver",
                    USERNAME_PREFIX + department.toLowerCase(), RECEIVER_SECRET, null);
            case "v2-inbox" -> channels.configure(person("admin"), department,
                    DocumentKind.valueOf(request.getParameter("kind")), ReceivingKind.PLATFORM_INBOX, null, null, null,
                    null, null);
            default -> response.sendError(400, "action?");
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String handovers = request.getParameter("handovers");
        if (handovers != null) {
            response.getWriter().print(HandoverReceiverFixture.callsFor(handovers).stream()
                    .map(c -> c.kind() + " " + c.licence() + " " + c.document() + " " + c.answers() + " " + c.gist())
                    .collect(Collectors.joining("\n")));
            return;
        }
        String push = request.getParameter("push");
        if (push != null) {
            var deliveries = queries.detail(person("spj.clerk"), Long.parseLong(push)).deliveries();
            response.getWriter().print(deliveries.stream().map(d -> d.status() + " " + d.attempts() + " "
                    + d.history().stream().map(a -> a.outcome().name()).collect(Collectors.joining(",")))
                    .collect(Collectors.joining("\n")));
            return;
        }
        response.getWriter().print(IndustryReceiverFixture.callsFor(request.getParameter("department")).stream()
                .map(c -> c.messageId() + " " + c.licence() + " " + c.attempt() + " " + c.outcome() + " " + c.firstTime())
                .collect(Collectors.joining("\n")));
    }

    private String department() {
        String code = "210800-HY" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        organisation.ensureDepartment("210800", code, "测试行业局", "Test industry bureau",
                DepartmentRole.COMPETENT_DEPARTMENT, "测试行业", Actor.system("test-fixture"));
        return code;
    }

    private String toSystem(String code, String endpoint) {
        channels.configure(person("admin"), code, ReceivingKind.INDUSTRY_SYSTEM, endpoint,
                USERNAME_PREFIX + code.toLowerCase(), RECEIVER_SECRET, null);
        return code;
    }

    /** Licences issued a minute ago and pushed to the department, in order: "pushId licence messageId" a line. */
    private String issueMany(String department, int count) {
        Caller clerk = person("spj.clerk");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String licence = "HM" + System.nanoTime() % 1_000_000_000L;
            finished.submit(clerk, DecidedElsewhere.shop(DecidedElsewhere.DRUG_RETAIL, "药品零售", "营口批量投递药店" + i, licence,
                    Instant.now().minusSeconds(60)));
            long push = queries.ofLicence(clerk, licence).push().id();
            lines.add(push + " " + licence + " " + pushes.push(clerk, push, department).messageId());
        }
        return String.join("\n", lines);
    }

    private String issue(String department, String number) {
        String licence = number == null ? "HY" + System.nanoTime() % 1_000_000_000L : number;
        Caller clerk = person("spj.clerk");
        finished.submit(clerk, DecidedElsewhere.shop(DecidedElsewhere.DRUG_RETAIL, "药品零售", "营口投递测试药店", licence,
                Instant.parse("2026-11-10T01:00:00Z")));
        var push = queries.ofLicence(clerk, licence).push();
        sweep.sweep(Instant.now()); // as the minute's sweep would: a result issued on 10 November is late to push
        if (department == null) {
            return push.id() + " " + licence + " " + push.messageId();
        }
        return push.id() + " " + licence + " " + pushes.push(clerk, push.id(), department).messageId();
    }

    /** A result issued a minute ago whose hand-over the bureau agreed, off the platform, with a new department. */
    private String agreedOffPlatform() {
        String department = department();
        channels.configure(person("admin"), department, ReceivingKind.OFF_PLATFORM, null, null, null, "传真");
        String licence = "XO" + System.nanoTime() % 1_000_000_000L;
        Caller clerk = person("spj.clerk");
        finished.submit(clerk, DecidedElsewhere.shop(DecidedElsewhere.DRUG_RETAIL, "药品零售", "营口线下签收药店", licence,
                Instant.now().minusSeconds(60)));
        long push = queries.ofLicence(clerk, licence).push().id();
        pushes.agreeOffPlatform(clerk, push, department, "传真", "王科长", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2));
        return push + " " + licence + " " + department;
    }

    private Caller person(String username) {
        return directory.caller(username, Channel.PORTAL, "127.0.0.1").orElseThrow();
    }
}
