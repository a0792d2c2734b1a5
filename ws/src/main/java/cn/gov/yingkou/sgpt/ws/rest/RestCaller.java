package cn.gov.yingkou.sgpt.ws.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;

import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.ws.error.ErrorCode;
import cn.gov.yingkou.sgpt.ws.security.CallerAttribute;

/** The external system SystemAuthenticationFilter let in, and what the domain's policy lets it do. */
final class RestCaller {

    private RestCaller() {
    }

    /** The caller, for services that check the policy themselves. */
    static Caller of(HttpServletRequest request) {
        if (!(request.getAttribute(CallerAttribute.KEY) instanceof Caller caller)) {
            throw new IllegalStateException("REST resource reached without SystemAuthenticationFilter");
        }
        return caller;
    }

    static Caller permitted(HttpServletRequest request, Permission permission, Scope scope) {
        Caller caller = of(request);
        if (!AccessPolicy.permits(caller, permission, scope)) {
            throw new WebApplicationException(ApiExceptionMapper.respond(ApiError.of(403, ErrorCode.FORBIDDEN,
                    "系统账号 " + caller.username() + " 未登记此操作所需的权限（" + permission.systemOperation() + "）/ System account "
                            + caller.username() + " is not registered for this operation (" + permission.systemOperation() + ")",
                    null)));
        }
        return caller;
    }
}
