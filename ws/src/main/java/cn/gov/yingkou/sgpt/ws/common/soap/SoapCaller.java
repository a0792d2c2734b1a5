package cn.gov.yingkou.sgpt.ws.common.soap;

import jakarta.xml.ws.WebServiceContext;

import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.ws.common.security.CallerAttribute;
import cn.gov.yingkou.sgpt.ws.contract.common.v1.Fault;

/** The external system SystemTokenInterceptor let in; what it may do is the domain's to decide. */
public final class SoapCaller {

    /** What each endpoint's declared fault is built from. */
    public interface FaultFactory<F extends Exception> {
        F create(String message, Fault detail);
    }

    private SoapCaller() {
    }

    public static Caller of(WebServiceContext context) {
        Object caller = context.getMessageContext().get(CallerAttribute.KEY);
        if (!(caller instanceof Caller authenticated)) {
            throw new IllegalStateException("SOAP endpoint reached without SystemTokenInterceptor");
        }
        return authenticated;
    }
}
