package cn.gov.yingkou.sgpt.ws.soap;

import jakarta.xml.ws.WebServiceContext;

import cn.gov.yingkou.sgpt.organisation.boundary.AccessPolicy;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;
import cn.gov.yingkou.sgpt.ws.contract.common.v1.Fault;
import cn.gov.yingkou.sgpt.ws.error.ErrorCode;
import cn.gov.yingkou.sgpt.ws.security.CallerAttribute;

/** The external system SystemTokenInterceptor let in, and what the domain's policy lets it do. */
final class SoapCaller {

    /** What each endpoint's declared fault is built from. */
    interface FaultFactory<F extends Exception> {
        F create(String message, Fault detail);
    }

    private SoapCaller() {
    }

    static Caller of(WebServiceContext context) {
        Object caller = context.getMessageContext().get(CallerAttribute.KEY);
        if (!(caller instanceof Caller authenticated)) {
            throw new IllegalStateException("SOAP endpoint reached without SystemTokenInterceptor");
        }
        return authenticated;
    }

    static <F extends Exception> Caller permitted(WebServiceContext context, Permission permission, Scope scope,
            FaultFactory<F> faults) throws F {
        Caller caller = of(context);
        if (!AccessPolicy.permits(caller, permission, scope)) {
            throw faults.create(ErrorCode.FORBIDDEN.line(), FaultDetails.of(ErrorCode.FORBIDDEN,
                    "系统账号 " + caller.username() + " 未登记此操作所需的权限（" + permission.systemOperation() + "）/ System account "
                            + caller.username() + " is not registered for this operation (" + permission.systemOperation() + ")"));
        }
        return caller;
    }
}
