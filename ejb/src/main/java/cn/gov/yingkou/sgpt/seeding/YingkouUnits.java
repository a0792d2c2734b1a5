package cn.gov.yingkou.sgpt.seeding;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;
import cn.gov.yingkou.sgpt.organisation.boundary.UnitKind;

/**
 * The units the regulation applies to (Art 2): the city level and the six county-level units of Yingkou,
 * by administrative division code, plus the zones that may join (switched off until an administrator
 * switches them on). Facts of the regulation, so every installation has them.
 */
final class YingkouUnits {

    static final String CITY = "210800";
    /** The bureau that builds and runs the platform (Art 15), home of the first administrator. */
    static final String CITY_BUSINESS_ENV = "210800-YSJ";
    private static final Actor SEED = Actor.system("base-data");

    private YingkouUnits() {
    }

    static void load(OrganisationSetup org) {
        org.ensureUnit(CITY, "营口市（市本级）", "Yingkou (city level)", UnitKind.CITY, null, SEED);
        org.ensureUnit("210802", "站前区", "Zhanqian District", UnitKind.COUNTY, CITY, SEED);
        org.ensureUnit("210803", "西市区", "Xishi District", UnitKind.COUNTY, CITY, SEED);
        org.ensureUnit("210804", "鲅鱼圈区", "Bayuquan District", UnitKind.COUNTY, CITY, SEED);
        org.ensureUnit("210811", "老边区", "Laobian District", UnitKind.COUNTY, CITY, SEED);
        org.ensureUnit("210881", "盖州市", "Gaizhou City", UnitKind.COUNTY, CITY, SEED);
        org.ensureUnit("210882", "大石桥市", "Dashiqiao City", UnitKind.COUNTY, CITY, SEED);
        org.ensureUnit("2108FTZ", "中国（辽宁）自由贸易试验区营口片区", "China (Liaoning) Pilot Free Trade Zone, Yingkou Area",
                UnitKind.FREE_TRADE_ZONE, CITY, SEED);
        org.ensureUnit("2108HTZ", "营口高新技术产业开发区", "Yingkou High-tech Industrial Development Zone",
                UnitKind.DEVELOPMENT_ZONE, CITY, SEED);
        org.ensureDepartment(CITY, CITY_BUSINESS_ENV, "营口市营商环境建设局", "Yingkou Business Environment Bureau",
                DepartmentRole.BUSINESS_ENVIRONMENT_BUREAU, null, SEED);
    }
}
