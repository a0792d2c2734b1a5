package cn.gov.yingkou.sgpt.ws.common.rest;

import jakarta.servlet.http.HttpServletRequest;

import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.ws.common.security.CallerAttribute;
import cn.gov.yingkou.sgpt.ws.common.security.SystemAuthenticationFilter;

/** The external system SystemAuthenticationFilter let in; what it may do is the domain's to decide. */
public final class RestCaller {

    private RestCaller() {
    }

    /** The caller, for the services, which check the policy. */
    public static Caller of(HttpServletRequest request) {
        if (!(request.getAttribute(CallerAttribute.KEY) instanceof Caller caller)) {
            throw new IllegalStateException("REST resource reached without SystemAuthenticationFilter");
        }
        return caller;
    }
}
