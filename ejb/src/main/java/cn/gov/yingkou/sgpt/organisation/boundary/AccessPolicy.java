package cn.gov.yingkou.sgpt.organisation.boundary;

import static cn.gov.yingkou.sgpt.organisation.boundary.Role.ADMINISTRATOR;
import static cn.gov.yingkou.sgpt.organisation.boundary.Role.CLERK;
import static cn.gov.yingkou.sgpt.organisation.boundary.Role.DEPARTMENT_HEAD;
import static cn.gov.yingkou.sgpt.organisation.boundary.Role.LIAISON_OFFICER;
import static cn.gov.yingkou.sgpt.organisation.boundary.Role.OVERSIGHT;

import java.util.function.Supplier;

/**
 * The platform's one authorisation rule (issue 4): people act within their own department and unit unless
 * their role spans more; oversight reads every unit and changes nothing; administrators manage the
 * organisation of their unit (all units at city level) but never business records; an external system acts
 * only for its own department (and the bureaus an administrator let it act for), reads the licensing records of the
 * units it serves so, and only through the operations registered for it. Views and interfaces
 * never decide this themselves.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static boolean permits(Caller caller, Permission permission, Scope scope) {
        if (caller.kind() == AccountKind.SYSTEM) {
            return permission.systemOperation() != null && caller.operations().contains(permission.systemOperation())
                    && (permission == Permission.READ_CALENDAR || permission == Permission.READ_CATALOGUE
                            || permission == Permission.READ_LICENSING && servesUnit(caller, scope)
                            || departmentMay(caller, permission, scope));
        }
        return switch (permission) {
            case READ_CALENDAR, READ_CATALOGUE -> true;
            case MANAGE_CALENDAR -> caller.has(ADMINISTRATOR) && caller.unitKind() == UnitKind.CITY;
            case VIEW_RECORDS -> caller.has(OVERSIGHT) || worksInDepartment(caller) && ownDepartment(caller, scope);
            case MANAGE_ORGANISATION -> caller.has(ADMINISTRATOR) && (caller.unitKind() == UnitKind.CITY
                    || !scope.isPlatform() && scope.unitId() == caller.unitId());
            case VERIFY_AUDIT -> caller.has(OVERSIGHT);
            case VIEW_LIAISON_ROSTER -> caller.has(OVERSIGHT) || caller.has(ADMINISTRATOR);
            case READ_LICENSING -> caller.has(OVERSIGHT) || worksInDepartment(caller) && ownUnit(caller, scope);
            default -> worksInDepartment(caller) && departmentMay(caller, permission, scope);
        };
    }

    /** What a department may do, through its people or through its registered system. */
    private static boolean departmentMay(Caller caller, Permission permission, Scope scope) {
        DepartmentRole role = caller.department() == null ? null : caller.department().role();
        return switch (permission) {
            case ACT_ON_RECORDS, DECIDE_ON_CHANGE, REPLY_TO_NOTICE, READ_NOTICES, RECEIVE_HANDOVERS, READ_PERSONAL_DATA,
                    LODGE_COMPLAINTS ->
                    ownDepartment(caller, scope);
            case MANAGE_ITEM_LIST -> ownUnit(caller, scope) && role == DepartmentRole.BUSINESS_ENVIRONMENT_BUREAU;
            case SUBMIT_LIST_OPINION -> ownUnit(caller, scope);
            case MANAGE_IMPLEMENTATION_LIST -> ownUnit(caller, scope) && role == DepartmentRole.APPROVAL_BUREAU;
            case SUBMIT_APPLICATION, HANDLE_APPLICATION, PUSH_RESULT -> ownDepartment(caller, scope)
                    && role == DepartmentRole.APPROVAL_BUREAU;
            case SEND_CATALOGUE_NOTICE -> ownDepartment(caller, scope) && role == DepartmentRole.COMPETENT_DEPARTMENT;
            case RECORD_PENALTY, SUPERVISE -> ownDepartment(caller, scope) && (role == DepartmentRole.COMPETENT_DEPARTMENT
                    || role == DepartmentRole.ENFORCEMENT_BUREAU);
            case ACT_ON_LICENCE -> ownDepartment(caller, scope) && role == DepartmentRole.APPROVAL_BUREAU;
            case TRANSFER_CASES -> ownDepartment(caller, scope) && role != null && DocumentKind.CASE_TRANSFER.sentBy(role);
            case CONFIGURE_KEY_ELEMENTS -> caller.unitKind() == UnitKind.CITY
                    && role == DepartmentRole.BUSINESS_ENVIRONMENT_BUREAU;
            default -> false;
        };
    }

    /** Throws AccessDenied (the transaction rolls back) unless the caller may do this here. */
    public static void require(Caller caller, Permission permission, Scope scope) {
        if (!permits(caller, permission, scope)) {
            throw new AccessDenied(caller, permission);
        }
    }

    /**
     * For a record looked up by its number or id: one the caller may not see is answered as if it did not exist, so
     * that a caller outside its unit cannot learn which numbers exist from the difference. A system lacking the
     * operation altogether is still told which operation it lacks.
     */
    public static void requireVisible(Caller caller, Permission permission, Scope scope,
            Supplier<? extends RuntimeException> absent) {
        if (permits(caller, permission, scope)) {
            return;
        }
        if (caller.kind() == AccountKind.SYSTEM && !caller.operations().contains(permission.systemOperation())) {
            throw new AccessDenied(caller, permission);
        }
        throw absent.get();
    }

    private static boolean worksInDepartment(Caller caller) {
        return caller.has(CLERK) || caller.has(LIAISON_OFFICER) || caller.has(DEPARTMENT_HEAD);
    }

    private static boolean ownUnit(Caller caller, Scope scope) {
        return scope.unitId() != null && scope.unitId() == caller.unitId();
    }

    /** The caller's department, or a bureau a system was authorised to act for (the call names its unit). */
    private static boolean ownDepartment(Caller caller, Scope scope) {
        return scope.departmentId() != null && caller.actsForDepartment(scope.departmentId());
    }

    /** A system reads the records of its own unit and of the units whose bureaus it acts for, like their people do. */
    private static boolean servesUnit(Caller caller, Scope scope) {
        return scope.unitId() != null && caller.servedUnits().contains(scope.unitId());
    }
}
