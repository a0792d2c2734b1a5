package cn.gov.yingkou.sgpt.ws.soap;

import jakarta.xml.ws.WebServiceContext;

import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.ws.contract.common.v1.Fault;
import cn.gov.yingkou.sgpt.ws.security.CallerAttribute;

/** The external system SystemTokenInterceptor let in; what it may do is the domain's to decide. */
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
}
