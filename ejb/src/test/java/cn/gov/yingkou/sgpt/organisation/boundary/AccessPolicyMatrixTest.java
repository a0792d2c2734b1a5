package cn.gov.yingkou.sgpt.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;

/**
 * The authorisation matrix: who may do what where. Each row is one caller, one permission and one target;
 * later issues add their rows here.
 */
class AccessPolicyMatrixTest {

    private static final DepartmentRef CITY_APPROVAL = new DepartmentRef(11, "210800-XZSP", 1, "210800", "市审批局", "", DepartmentRole.APPROVAL_BUREAU);
    private static final DepartmentRef CITY_MARKET = new DepartmentRef(12, "210800-SCJG", 1, "210800", "市市场监管局", "", DepartmentRole.COMPETENT_DEPARTMENT);
    private static final DepartmentRef CITY_BUSINESS_ENV = new DepartmentRef(13, "210800-YSJ", 1, "210800", "市营商局", "", DepartmentRole.BUSINESS_ENVIRONMENT_BUREAU);
    private static final DepartmentRef COUNTY_BUSINESS_ENV = new DepartmentRef(23, "210802-YSJ", 2, "210802", "站前区营商局", "", DepartmentRole.BUSINESS_ENVIRONMENT_BUREAU);
    private static final DepartmentRef COUNTY_MARKET = new DepartmentRef(21, "210802-SCJG", 2, "210802", "站前区市场监管局", "", DepartmentRole.COMPETENT_DEPARTMENT);
    private static final DepartmentRef CITY_ENFORCEMENT = new DepartmentRef(14, "210800-ZHZF", 1, "210800", "市综合执法局", "", DepartmentRole.ENFORCEMENT_BUREAU);

    private static final Map<String, Scope> TARGETS = Map.of(
            "platform", Scope.platform(),
            "city-unit", Scope.unit(1),
            "county-unit", Scope.unit(2),
            "city-approval", Scope.department(CITY_APPROVAL),
            "city-market", Scope.department(CITY_MARKET),
            "county-market", Scope.department(COUNTY_MARKET),
            "city-enforcement", Scope.department(CITY_ENFORCEMENT),
            "city-business-env", Scope.department(CITY_BUSINESS_ENV));

    private static final Map<String, Caller> CALLERS = Map.ofEntries(
            Map.entry("city-approval-clerk", person(CITY_APPROVAL, UnitKind.CITY, Role.CLERK)),
            Map.entry("city-market-liaison", person(CITY_MARKET, UnitKind.CITY, Role.LIAISON_OFFICER)),
            Map.entry("city-market-head", person(CITY_MARKET, UnitKind.CITY, Role.DEPARTMENT_HEAD)),
            Map.entry("city-oversight", person(CITY_BUSINESS_ENV, UnitKind.CITY, Role.OVERSIGHT)),
            Map.entry("city-admin", person(CITY_BUSINESS_ENV, UnitKind.CITY, Role.ADMINISTRATOR)),
            Map.entry("county-admin", person(COUNTY_MARKET, UnitKind.COUNTY, Role.ADMINISTRATOR)),
            Map.entry("no-role", person(CITY_MARKET, UnitKind.CITY)),
            Map.entry("market-system-calendar", system(CITY_MARKET, Operation.CALENDAR_READ)),
            Map.entry("market-system-bare", system(CITY_MARKET)),
            Map.entry("market-system-catalogue", system(CITY_MARKET, Operation.CATALOGUE_READ)),
            Map.entry("market-system-writer", system(CITY_MARKET, Operation.CATALOGUE_WRITE)),
            Map.entry("bureau-system-writer", system(CITY_BUSINESS_ENV, Operation.CATALOGUE_WRITE)),
            Map.entry("market-system-exchange", system(CITY_MARKET, Operation.EXCHANGE)),
            Map.entry("approval-system-submit", system(CITY_APPROVAL, Operation.LICENSING_SUBMIT, Operation.LICENSING_READ)),
            Map.entry("approval-system-writer", system(CITY_APPROVAL, Operation.CATALOGUE_WRITE)),
            Map.entry("county-market-reader", system(COUNTY_MARKET, Operation.LICENSING_READ)),
            Map.entry("county-bureau-clerk", person(COUNTY_BUSINESS_ENV, UnitKind.COUNTY, Role.CLERK)),
            Map.entry("city-bureau-clerk", person(CITY_BUSINESS_ENV, UnitKind.CITY, Role.CLERK)),
            Map.entry("city-enforcement-clerk", person(CITY_ENFORCEMENT, UnitKind.CITY, Role.CLERK)),
            Map.entry("market-system-penalty", system(CITY_MARKET, Operation.PENALTY_REPORT)),
            Map.entry("market-system-transfer", system(CITY_MARKET, Operation.CASE_TRANSFER)),
            Map.entry("market-system-supervision", system(CITY_MARKET, Operation.SUPERVISION)),
            Map.entry("bureau-system-hotline", system(CITY_BUSINESS_ENV, Operation.COMPLAINT_INTAKE)));

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            city-approval-clerk    | READ_CALENDAR       | platform      | true
            city-approval-clerk    | MANAGE_CALENDAR     | platform      | false
            city-approval-clerk    | VIEW_RECORDS        | city-approval | true
            city-approval-clerk    | ACT_ON_RECORDS      | city-approval | true
            city-approval-clerk    | VIEW_RECORDS        | city-market   | false
            city-approval-clerk    | ACT_ON_RECORDS      | city-market   | false
            city-approval-clerk    | VIEW_RECORDS        | county-market | false
            city-approval-clerk    | MANAGE_ORGANISATION | city-unit     | false
            city-approval-clerk    | VERIFY_AUDIT        | platform      | false
            city-approval-clerk    | VIEW_LIAISON_ROSTER | platform      | false
            city-market-liaison    | ACT_ON_RECORDS      | city-market   | true
            city-market-liaison    | ACT_ON_RECORDS      | county-market | false
            city-market-head       | VIEW_RECORDS        | city-market   | true
            city-market-head       | ACT_ON_RECORDS      | city-approval | false
            city-oversight         | VIEW_RECORDS        | city-market   | true
            city-oversight         | VIEW_RECORDS        | county-market | true
            city-oversight         | ACT_ON_RECORDS      | city-market   | false
            city-oversight         | ACT_ON_RECORDS      | county-market | false
            city-oversight         | VERIFY_AUDIT        | platform      | true
            city-oversight         | VIEW_LIAISON_ROSTER | platform      | true
            city-oversight         | MANAGE_ORGANISATION | city-unit     | false
            city-oversight         | MANAGE_CALENDAR     | platform      | false
            city-admin             | MANAGE_ORGANISATION | platform      | true
            city-admin             | MANAGE_ORGANISATION | city-unit     | true
            city-admin             | MANAGE_ORGANISATION | county-unit   | true
            city-admin             | MANAGE_CALENDAR     | platform      | true
            city-admin             | VIEW_LIAISON_ROSTER | platform      | true
            city-admin             | VIEW_RECORDS        | city-approval | false
            city-admin             | ACT_ON_RECORDS      | city-approval | false
            city-admin             | VERIFY_AUDIT        | platform      | false
            county-admin           | MANAGE_ORGANISATION | county-unit   | true
            county-admin           | MANAGE_ORGANISATION | city-unit     | false
            county-admin           | MANAGE_ORGANISATION | platform      | false
            county-admin           | MANAGE_CALENDAR     | platform      | false
            county-admin           | VIEW_RECORDS        | county-market | false
            no-role                | READ_CALENDAR       | platform      | true
            no-role                | VIEW_RECORDS        | city-market   | false
            no-role                | ACT_ON_RECORDS      | city-market   | false
            market-system-calendar | READ_CALENDAR       | platform      | true
            market-system-calendar | VIEW_RECORDS        | city-market   | false
            market-system-calendar | ACT_ON_RECORDS      | city-market   | false
            market-system-calendar | MANAGE_ORGANISATION | city-unit     | false
            market-system-calendar | MANAGE_CALENDAR     | platform      | false
            market-system-calendar | VERIFY_AUDIT        | platform      | false
            market-system-bare     | READ_CALENDAR       | platform      | false
            city-approval-clerk    | READ_CATALOGUE      | county-unit   | true
            city-oversight         | READ_CATALOGUE      | city-unit     | true
            market-system-catalogue| READ_CATALOGUE      | platform      | true
            market-system-catalogue| READ_CATALOGUE      | county-unit   | true
            market-system-calendar | READ_CATALOGUE      | platform      | false
            city-approval-clerk    | MANAGE_ITEM_LIST    | city-unit     | false
            city-market-head       | MANAGE_ITEM_LIST    | city-unit     | false
            city-bureau-clerk      | MANAGE_ITEM_LIST    | city-unit     | true
            city-bureau-clerk      | MANAGE_ITEM_LIST    | county-unit   | false
            city-admin             | MANAGE_ITEM_LIST    | city-unit     | false
            city-oversight         | MANAGE_ITEM_LIST    | city-unit     | false
            market-system-catalogue| MANAGE_ITEM_LIST    | city-unit     | false
            city-market-liaison    | SUBMIT_LIST_OPINION | city-unit     | true
            city-approval-clerk    | SUBMIT_LIST_OPINION | city-unit     | true
            city-market-liaison    | SUBMIT_LIST_OPINION | county-unit   | false
            city-oversight         | SUBMIT_LIST_OPINION | city-unit     | false
            city-admin             | SUBMIT_LIST_OPINION | city-unit     | false
            market-system-catalogue| SUBMIT_LIST_OPINION | city-unit     | false
            city-approval-clerk    | MANAGE_IMPLEMENTATION_LIST | city-unit   | true
            city-approval-clerk    | MANAGE_IMPLEMENTATION_LIST | county-unit | false
            city-market-liaison    | MANAGE_IMPLEMENTATION_LIST | city-unit   | false
            city-bureau-clerk      | MANAGE_IMPLEMENTATION_LIST | city-unit   | false
            city-oversight         | MANAGE_IMPLEMENTATION_LIST | city-unit   | false
            city-market-liaison    | DECIDE_ON_CHANGE    | city-market   | true
            city-market-head       | DECIDE_ON_CHANGE    | city-market   | true
            city-approval-clerk    | DECIDE_ON_CHANGE    | city-market   | false
            city-oversight         | DECIDE_ON_CHANGE    | city-market   | false
            market-system-catalogue| DECIDE_ON_CHANGE    | city-market   | false
            city-market-liaison    | SEND_CATALOGUE_NOTICE | city-market   | true
            city-market-liaison    | SEND_CATALOGUE_NOTICE | county-market | false
            city-approval-clerk    | SEND_CATALOGUE_NOTICE | city-approval | false
            city-oversight         | SEND_CATALOGUE_NOTICE | city-market   | false
            city-approval-clerk    | REPLY_TO_NOTICE     | city-approval | true
            city-approval-clerk    | REPLY_TO_NOTICE     | city-market   | false
            city-oversight         | REPLY_TO_NOTICE     | city-approval | false
            bureau-system-writer   | MANAGE_ITEM_LIST    | city-unit     | true
            bureau-system-writer   | MANAGE_ITEM_LIST    | county-unit   | false
            market-system-writer   | MANAGE_ITEM_LIST    | city-unit     | false
            market-system-writer   | SUBMIT_LIST_OPINION | city-unit     | true
            market-system-writer   | SUBMIT_LIST_OPINION | county-unit   | false
            approval-system-writer | MANAGE_IMPLEMENTATION_LIST | city-unit | true
            market-system-writer   | MANAGE_IMPLEMENTATION_LIST | city-unit | false
            market-system-writer   | DECIDE_ON_CHANGE    | city-market   | true
            market-system-writer   | DECIDE_ON_CHANGE    | county-market | false
            market-system-writer   | SEND_CATALOGUE_NOTICE | city-market | true
            approval-system-writer | SEND_CATALOGUE_NOTICE | city-approval | false
            approval-system-writer | REPLY_TO_NOTICE     | city-approval | true
            market-system-writer   | READ_CATALOGUE      | city-unit     | false
            market-system-writer   | ACT_ON_RECORDS      | city-market   | false
            market-system-writer   | MANAGE_ORGANISATION | city-unit     | false
            market-system-writer   | READ_NOTICES        | city-market   | true
            market-system-writer   | READ_NOTICES        | county-market | false
            market-system-catalogue| READ_NOTICES        | city-market   | false
            city-market-liaison    | READ_NOTICES        | city-market   | true
            city-approval-clerk    | READ_NOTICES        | city-market   | false
            city-bureau-clerk      | CONFIGURE_KEY_ELEMENTS | platform   | true
            city-admin             | CONFIGURE_KEY_ELEMENTS | platform   | false
            city-oversight         | CONFIGURE_KEY_ELEMENTS | platform   | false
            city-approval-clerk    | CONFIGURE_KEY_ELEMENTS | platform   | false
            bureau-system-writer   | CONFIGURE_KEY_ELEMENTS | platform   | false
            county-bureau-clerk    | CONFIGURE_KEY_ELEMENTS | platform   | false
            city-approval-clerk    | SUBMIT_APPLICATION  | city-approval | true
            city-approval-clerk    | HANDLE_APPLICATION  | city-approval | true
            city-market-liaison    | SUBMIT_APPLICATION  | city-market   | false
            city-market-liaison    | HANDLE_APPLICATION  | city-market   | false
            city-oversight         | HANDLE_APPLICATION  | city-approval | false
            city-admin             | HANDLE_APPLICATION  | city-approval | false
            approval-system-submit | SUBMIT_APPLICATION  | city-approval | true
            approval-system-submit | HANDLE_APPLICATION  | city-approval | false
            market-system-writer   | SUBMIT_APPLICATION  | city-market   | false
            approval-system-submit | SUBMIT_APPLICATION  | county-market | false
            city-market-liaison    | READ_LICENSING      | city-unit     | true
            city-market-liaison    | READ_LICENSING      | county-unit   | false
            city-oversight         | READ_LICENSING      | county-unit   | true
            city-approval-clerk    | READ_PERSONAL_DATA  | city-approval | true
            city-approval-clerk    | READ_PERSONAL_DATA  | city-market   | false
            city-market-liaison    | READ_PERSONAL_DATA  | city-market   | true
            city-market-head       | READ_PERSONAL_DATA  | city-approval | false
            city-oversight         | READ_PERSONAL_DATA  | city-approval | false
            city-oversight         | READ_PERSONAL_DATA  | county-market | false
            city-bureau-clerk      | READ_PERSONAL_DATA  | city-approval | false
            city-admin             | READ_PERSONAL_DATA  | city-approval | false
            no-role                | READ_PERSONAL_DATA  | city-market   | false
            approval-system-submit | READ_PERSONAL_DATA  | city-approval | true
            approval-system-submit | READ_PERSONAL_DATA  | city-market   | false
            market-system-exchange | READ_PERSONAL_DATA  | city-market   | false
            county-market-reader   | READ_PERSONAL_DATA  | county-market | true
            county-market-reader   | READ_PERSONAL_DATA  | city-market   | false
            city-admin             | READ_LICENSING      | city-unit     | false
            market-system-catalogue| READ_LICENSING      | city-unit     | false
            approval-system-submit | READ_LICENSING      | city-unit     | true
            approval-system-submit | READ_LICENSING      | county-unit   | false
            approval-system-submit | READ_LICENSING      | platform      | false
            county-market-reader   | READ_LICENSING      | county-unit   | true
            county-market-reader   | READ_LICENSING      | city-unit     | false
            market-system-calendar | READ_LICENSING      | city-unit     | false
            county-bureau-clerk    | READ_LICENSING      | city-unit     | false
            city-approval-clerk    | READ_LICENSING      | county-unit   | false
            city-oversight         | READ_LICENSING      | county-unit   | true
            city-approval-clerk    | READ_PERSONAL_DATA  | city-approval | true
            city-approval-clerk    | READ_PERSONAL_DATA  | city-market   | false
            city-market-liaison    | READ_PERSONAL_DATA  | city-market   | true
            city-market-head       | READ_PERSONAL_DATA  | city-approval | false
            city-oversight         | READ_PERSONAL_DATA  | city-approval | false
            city-oversight         | READ_PERSONAL_DATA  | county-market | false
            city-bureau-clerk      | READ_PERSONAL_DATA  | city-approval | false
            city-admin             | READ_PERSONAL_DATA  | city-approval | false
            no-role                | READ_PERSONAL_DATA  | city-market   | false
            approval-system-submit | READ_PERSONAL_DATA  | city-approval | true
            approval-system-submit | READ_PERSONAL_DATA  | city-market   | false
            market-system-exchange | READ_PERSONAL_DATA  | city-market   | false
            county-market-reader   | READ_PERSONAL_DATA  | county-market | true
            county-market-reader   | READ_PERSONAL_DATA  | city-market   | false
            city-approval-clerk    | PUSH_RESULT         | city-approval | true
            city-approval-clerk    | PUSH_RESULT         | city-market   | false
            city-market-liaison    | PUSH_RESULT         | city-market   | false
            approval-system-submit | PUSH_RESULT         | city-approval | false
            city-market-liaison    | RECEIVE_HANDOVERS   | city-market   | true
            city-market-liaison    | RECEIVE_HANDOVERS   | county-market | false
            city-approval-clerk    | RECEIVE_HANDOVERS   | city-market   | false
            city-oversight         | RECEIVE_HANDOVERS   | city-market   | false
            market-system-exchange | RECEIVE_HANDOVERS   | city-market   | true
            market-system-exchange | RECEIVE_HANDOVERS   | county-market | false
            market-system-catalogue| RECEIVE_HANDOVERS   | city-market   | false
            city-approval-clerk    | RECEIVE_HANDOVERS   | city-approval | true
            city-market-liaison    | RECORD_PENALTY      | city-market   | true
            city-market-liaison    | RECORD_PENALTY      | county-market | false
            city-enforcement-clerk | RECORD_PENALTY      | city-enforcement | true
            city-enforcement-clerk | RECORD_PENALTY      | city-market   | false
            city-approval-clerk    | RECORD_PENALTY      | city-approval | false
            city-oversight         | RECORD_PENALTY      | city-market   | false
            city-admin             | RECORD_PENALTY      | city-market   | false
            market-system-penalty  | RECORD_PENALTY      | city-market   | true
            market-system-exchange | RECORD_PENALTY      | city-market   | false
            city-approval-clerk    | ACT_ON_LICENCE      | city-approval | true
            city-market-liaison    | ACT_ON_LICENCE      | city-market   | false
            city-market-liaison    | ACT_ON_LICENCE      | city-approval | false
            city-enforcement-clerk | ACT_ON_LICENCE      | city-approval | false
            approval-system-submit | ACT_ON_LICENCE      | city-approval | true
            market-system-penalty  | ACT_ON_LICENCE      | city-approval | false
            city-oversight         | ACT_ON_LICENCE      | city-approval | false
            city-admin             | ACT_ON_LICENCE      | city-approval | false
            city-market-liaison    | TRANSFER_CASES      | city-market   | true
            city-market-liaison    | TRANSFER_CASES      | county-market | false
            city-market-head       | TRANSFER_CASES      | city-market   | true
            city-approval-clerk    | TRANSFER_CASES      | city-approval | true
            city-approval-clerk    | TRANSFER_CASES      | city-market   | false
            city-enforcement-clerk | TRANSFER_CASES      | city-enforcement | true
            city-bureau-clerk      | TRANSFER_CASES      | city-business-env | false
            city-oversight         | TRANSFER_CASES      | city-market   | false
            city-admin             | TRANSFER_CASES      | city-business-env | false
            no-role                | TRANSFER_CASES      | city-market   | false
            market-system-transfer | TRANSFER_CASES      | city-market   | true
            market-system-transfer | TRANSFER_CASES      | county-market | false
            market-system-transfer | VIEW_RECORDS        | city-market   | false
            market-system-exchange | TRANSFER_CASES      | city-market   | false
            market-system-penalty  | TRANSFER_CASES      | city-market   | false
            city-market-liaison    | SUPERVISE           | city-market   | true
            city-market-liaison    | SUPERVISE           | county-market | false
            city-market-head       | SUPERVISE           | city-market   | true
            city-enforcement-clerk | SUPERVISE           | city-enforcement | true
            city-approval-clerk    | SUPERVISE           | city-approval | false
            city-approval-clerk    | SUPERVISE           | city-market   | false
            city-bureau-clerk      | SUPERVISE           | city-business-env | false
            city-oversight         | SUPERVISE           | city-market   | false
            city-admin             | SUPERVISE           | city-market   | false
            no-role                | SUPERVISE           | city-market   | false
            market-system-supervision | SUPERVISE        | city-market   | true
            market-system-supervision | SUPERVISE        | county-market | false
            market-system-supervision | VIEW_RECORDS     | city-market   | false
            market-system-transfer | SUPERVISE           | city-market   | false
            market-system-exchange | SUPERVISE           | city-market   | false
            bureau-system-hotline  | LODGE_COMPLAINTS    | city-business-env | true
            bureau-system-hotline  | LODGE_COMPLAINTS    | city-market   | false
            bureau-system-hotline  | SUPERVISE           | city-business-env | false
            city-bureau-clerk      | LODGE_COMPLAINTS    | city-business-env | true
            city-market-liaison    | LODGE_COMPLAINTS    | city-market   | true
            city-market-liaison    | LODGE_COMPLAINTS    | county-market | false
            city-oversight         | LODGE_COMPLAINTS    | city-market   | false
            market-system-supervision | LODGE_COMPLAINTS | city-market   | false
            """)
    void decides(String caller, Permission permission, String target, boolean permitted) {
        assertEquals(permitted, AccessPolicy.permits(CALLERS.get(caller), permission, TARGETS.get(target)));
    }

    @Test
    void refusalNamesTheCallerInBothLanguages() {
        Caller oversight = CALLERS.get("city-oversight");
        AccessDenied denied = assertThrows(AccessDenied.class,
                () -> AccessPolicy.require(oversight, Permission.ACT_ON_RECORDS, TARGETS.get("city-market")));
        assertTrue(denied.getMessage().startsWith("无权执行此操作 / Not permitted: " + oversight.username()));
    }

    @Test
    void aSystemActsForTheBureausItWasAuthorisedForAndNoOthers() {
        DepartmentRef countyApproval = new DepartmentRef(22, "210802-XZSP", 2, "210802", "站前区审批局", "",
                DepartmentRole.APPROVAL_BUREAU);
        DepartmentRef otherCountyApproval = new DepartmentRef(32, "210803-XZSP", 3, "210803", "西市区审批局", "",
                DepartmentRole.APPROVAL_BUREAU);
        Caller plain = system(CITY_APPROVAL, Operation.LICENSING_SUBMIT);
        Caller machine = new Caller(plain.username(), plain.kind(), plain.roles(), plain.operations(), plain.department(),
                plain.unitKind(), plain.channel(), plain.address(), Set.of(countyApproval));
        assertFalse(AccessPolicy.permits(plain, Permission.SUBMIT_APPLICATION, Scope.department(countyApproval)));
        assertTrue(AccessPolicy.permits(machine, Permission.SUBMIT_APPLICATION, Scope.department(countyApproval)));
        assertTrue(AccessPolicy.permits(machine, Permission.SUBMIT_APPLICATION, Scope.department(CITY_APPROVAL)));
        assertFalse(AccessPolicy.permits(machine, Permission.SUBMIT_APPLICATION, Scope.department(otherCountyApproval)));
        assertFalse(AccessPolicy.permits(machine, Permission.RECEIVE_HANDOVERS, Scope.department(countyApproval)),
                "still only through the operations registered for it");
        Caller reader = new Caller(machine.username(), machine.kind(), machine.roles(),
                EnumSet.of(Operation.LICENSING_SUBMIT, Operation.LICENSING_READ), machine.department(), machine.unitKind(),
                machine.channel(), machine.address(), machine.actsFor());
        assertTrue(AccessPolicy.permits(reader, Permission.READ_LICENSING, Scope.unit(countyApproval.unitId())),
                "it reads what it submitted in the county it acts for");
        assertFalse(AccessPolicy.permits(reader, Permission.READ_LICENSING, Scope.unit(otherCountyApproval.unitId())));
    }

    private static Caller person(DepartmentRef department, UnitKind unitKind, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return new Caller("p." + department.code() + "." + set, AccountKind.PERSON, set, Set.of(), department,
                unitKind, Channel.PORTAL, "127.0.0.1");
    }

    private static Caller system(DepartmentRef department, Operation... operations) {
        Set<Operation> set = operations.length == 0 ? EnumSet.noneOf(Operation.class) : EnumSet.of(operations[0], operations);
        return new Caller("s." + department.code(), AccountKind.SYSTEM, Set.of(Role.SYSTEM), set, department,
                UnitKind.CITY, Channel.SOAP, "127.0.0.1");
    }
}
