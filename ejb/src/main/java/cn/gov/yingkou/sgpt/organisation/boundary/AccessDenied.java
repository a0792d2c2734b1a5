package cn.gov.yingkou.sgpt.organisation.boundary;

import java.util.Locale;

import jakarta.ejb.ApplicationException;

/** A caller asked for something outside their department, unit, role or registered operations. */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(Caller caller, Permission permission) {
        super(message(caller, permission));
    }

    private static String message(Caller caller, Permission permission) {
        Operation operation = permission.systemOperation();
        if (caller.kind() == AccountKind.SYSTEM && operation != null && !caller.operations().contains(operation)) {
            return "系统账号 " + caller.username() + " 未登记此操作所需的权限（" + operation + "）/ System account "
                    + caller.username() + " is not registered for this operation (" + operation + ")";
        }
        return "无权执行此操作 / Not permitted: " + caller.username() + " may not "
                + permission.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " here";
    }
}
