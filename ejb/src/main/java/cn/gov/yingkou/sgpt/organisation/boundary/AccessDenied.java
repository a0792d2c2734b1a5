package cn.gov.yingkou.sgpt.organisation.boundary;

import jakarta.ejb.ApplicationException;

/** A caller asked for something outside their department, unit, role or registered operations. */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(Caller caller, Permission permission) {
        super("无权执行此操作 / Not permitted: " + caller.username() + " may not " + permission.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " here");
    }
}
