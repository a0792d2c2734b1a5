package cn.gov.yingkou.sgpt.it.support;

import java.io.IOException;
import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.OpenDuty;
import cn.gov.yingkou.sgpt.duty.control.OverdueSweep;

/**
 * Test fixture, deployed only by browser tests: opens a duty through the duty service, as a business
 * action of a later feature will, so that the portal has something to show.
 */
@WebServlet("/duties")
public class DutyFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    DutyService duties;

    @EJB
    OverdueSweep sweep;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String subjectType = request.getParameter("subjectType");
        var duty = duties.open(new OpenDuty(DutyKind.valueOf(request.getParameter("kind")),
                subjectType == null ? "licence" : subjectType,
                request.getParameter("subject"), request.getParameter("department"),
                Instant.parse(request.getParameter("trigger")),
                new DutyLimit.WorkingDays(Integer.parseInt(request.getParameter("workingDays")))),
                Actor.system("test-fixture"));
        sweep.sweep(Instant.now());
        response.setContentType("text/plain");
        response.getWriter().print(duty.id());
    }
}
