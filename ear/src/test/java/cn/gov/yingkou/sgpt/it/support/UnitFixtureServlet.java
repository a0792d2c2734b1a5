package cn.gov.yingkou.sgpt.it.support;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;
import cn.gov.yingkou.sgpt.organisation.boundary.UnitKind;

/**
 * Test fixture: POST creates a county-level unit of its own (code answered) with a business-environment
 * bureau <code>-YSJ, an approval bureau <code>-XZSP and two competent departments <code>-SCJG and <code>-WJW,
 * so that a test can take the unit's catalogue through every step without meeting other tests' data.
 */
@WebServlet("/units")
public class UnitFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Actor SETUP = Actor.system("test-fixture");

    @EJB
    OrganisationSetup organisation;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String unit = "R" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        organisation.ensureUnit(unit, "测试县", "Test county", UnitKind.COUNTY, "210800", SETUP);
        organisation.ensureDepartment(unit, unit + "-YSJ", "营商局", "Business environment",
                DepartmentRole.BUSINESS_ENVIRONMENT_BUREAU, null, SETUP);
        organisation.ensureDepartment(unit, unit + "-XZSP", "审批局", "Approval", DepartmentRole.APPROVAL_BUREAU, null, SETUP);
        organisation.ensureDepartment(unit, unit + "-SCJG", "市场监管局", "Market", DepartmentRole.COMPETENT_DEPARTMENT,
                "市场监管", SETUP);
        organisation.ensureDepartment(unit, unit + "-WJW", "卫健局", "Health", DepartmentRole.COMPETENT_DEPARTMENT,
                "卫生健康", SETUP);
        response.setContentType("text/plain");
        response.getWriter().print(unit);
    }
}
