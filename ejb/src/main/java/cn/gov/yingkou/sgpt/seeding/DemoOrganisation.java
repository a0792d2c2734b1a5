package cn.gov.yingkou.sgpt.seeding;

import static cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole.APPROVAL_BUREAU;
import static cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole.COMPETENT_DEPARTMENT;
import static cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole.ENFORCEMENT_BUREAU;
import static cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole.GOVERNMENT;

import java.util.EnumSet;
import java.util.Set;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.organisation.boundary.Operation;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;
import cn.gov.yingkou.sgpt.organisation.boundary.Role;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemChannel;

/**
 * The demo organisation documented in the README: departments of the city level and two county-level
 * units, one account per kind of user, and one external system. Unit codes are the administrative division codes.
 */
public final class DemoOrganisation {

    /** Documented in the README; demo mode only. */
    public static final String DEMO_PASSWORD = "Yingkou2026";
    /** The market supervision department's industry system, calling from this machine (README). */
    public static final String DEMO_SYSTEM = "scjg.system";
    public static final String DEMO_SYSTEM_SECRET = "Yingkou2026-scjg-system";
    /** The provincial government-service platform, submitting results decided there for the city's approval bureau. */
    public static final String PROVINCIAL_SYSTEM = "lnzw.system";
    public static final String PROVINCIAL_SYSTEM_SECRET = "Yingkou2026-lnzw-system";
    private static final Actor SEED = Actor.system("demo-data");

    public static final String CITY = YingkouUnits.CITY;
    public static final String ZHANQIAN = "210802";
    public static final String GAIZHOU = "210881";

    public static final String CITY_APPROVAL = "210800-XZSP";
    public static final String CITY_MARKET = "210800-SCJG";
    public static final String CITY_HOUSING = "210800-ZJJ";
    public static final String CITY_BUSINESS_ENV = YingkouUnits.CITY_BUSINESS_ENV;
    public static final String CITY_ENFORCEMENT = "210800-ZHZF";
    public static final String CITY_GOVERNMENT = "210800-ZF";
    public static final String ZHANQIAN_APPROVAL = "210802-XZSP";
    public static final String ZHANQIAN_MARKET = "210802-SCJG";
    public static final String GAIZHOU_APPROVAL = "210881-XZSP";
    public static final String GAIZHOU_MARKET = "210881-SCJG";

    private DemoOrganisation() {
    }

    static void load(OrganisationSetup org) {
        org.ensureDepartment(CITY, CITY_APPROVAL, "营口市行政审批局", "Yingkou Administrative Approval Bureau",
                APPROVAL_BUREAU, null, SEED);
        org.ensureDepartment(CITY, CITY_MARKET, "营口市市场监督管理局", "Yingkou Market Supervision Administration",
                COMPETENT_DEPARTMENT, "市场监管", SEED);
        org.ensureDepartment(CITY, CITY_HOUSING, "营口市住房和城乡建设局", "Yingkou Housing and Urban-Rural Development Bureau",
                COMPETENT_DEPARTMENT, "住房和城乡建设", SEED);
        org.ensureDepartment(CITY, CITY_ENFORCEMENT, "营口市综合行政执法局", "Yingkou Comprehensive Administrative Enforcement Bureau",
                ENFORCEMENT_BUREAU, null, SEED);
        org.ensureDepartment(CITY, CITY_GOVERNMENT, "营口市人民政府", "Yingkou Municipal People's Government",
                GOVERNMENT, null, SEED);
        org.ensureDepartment(ZHANQIAN, ZHANQIAN_APPROVAL, "站前区行政审批局", "Zhanqian Administrative Approval Bureau",
                APPROVAL_BUREAU, null, SEED);
        org.ensureDepartment(ZHANQIAN, ZHANQIAN_MARKET, "站前区市场监督管理局", "Zhanqian Market Supervision Bureau",
                COMPETENT_DEPARTMENT, "市场监管", SEED);
        org.ensureDepartment(GAIZHOU, GAIZHOU_APPROVAL, "盖州市行政审批局", "Gaizhou Administrative Approval Bureau",
                APPROVAL_BUREAU, null, SEED);
        org.ensureDepartment(GAIZHOU, GAIZHOU_MARKET, "盖州市市场监督管理局", "Gaizhou Market Supervision Bureau",
                COMPETENT_DEPARTMENT, "市场监管", SEED);

        person(org, CITY_BUSINESS_ENV, "admin", "系统管理员", EnumSet.of(Role.ADMINISTRATOR));
        person(org, CITY_APPROVAL, "spj.clerk", "王审批", EnumSet.of(Role.CLERK));
        person(org, CITY_APPROVAL, "spj.liaison", "李联络", EnumSet.of(Role.CLERK, Role.LIAISON_OFFICER));
        person(org, CITY_MARKET, "scjg.clerk", "张监管", EnumSet.of(Role.CLERK));
        person(org, CITY_MARKET, "scjg.liaison", "赵联络", EnumSet.of(Role.CLERK, Role.LIAISON_OFFICER));
        person(org, CITY_BUSINESS_ENV, "ysj.oversight", "刘督查", EnumSet.of(Role.OVERSIGHT));
        person(org, CITY_BUSINESS_ENV, "ysj.clerk", "孙营商", EnumSet.of(Role.CLERK));
        person(org, ZHANQIAN_MARKET, "zq.scjg.clerk", "周监管", EnumSet.of(Role.CLERK));
        person(org, GAIZHOU_APPROVAL, "gz.spj.clerk", "陈审批", EnumSet.of(Role.CLERK));
        org.setContact("spj.liaison", "0417-2800001", "spj.liaison@example.yingkou.gov.cn", SEED);
        org.setContact("scjg.liaison", "0417-2800002", "scjg.liaison@example.yingkou.gov.cn", SEED);
        org.ensureSystem(CITY_MARKET, DEMO_SYSTEM, "市场监管行业系统（演示）", DEMO_SYSTEM_SECRET,
                EnumSet.allOf(SystemChannel.class), EnumSet.allOf(Operation.class), Set.of("127.0.0.1", "::1"), SEED);
        org.ensureSystem(CITY_APPROVAL, PROVINCIAL_SYSTEM, "辽宁政务服务网（演示）", PROVINCIAL_SYSTEM_SECRET,
                EnumSet.allOf(SystemChannel.class), EnumSet.of(Operation.LICENSING_SUBMIT, Operation.LICENSING_READ,
                        Operation.CATALOGUE_READ, Operation.CALENDAR_READ), Set.of("127.0.0.1", "::1"), SEED);
    }

    private static void person(OrganisationSetup org, String department, String username, String name, Set<Role> roles) {
        org.ensurePerson(department, username, name, DEMO_PASSWORD.toCharArray(), roles, SEED);
    }
}
