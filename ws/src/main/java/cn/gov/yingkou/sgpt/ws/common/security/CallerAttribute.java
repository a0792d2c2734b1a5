package cn.gov.yingkou.sgpt.ws.common.security;

/** Where the authenticated external system is kept for the rest of a request, on SOAP and REST alike. */
public final class CallerAttribute {

    /** Key of the {@code Caller} in the CXF message (SOAP) and in the servlet request (REST). */
    public static final String KEY = "cn.gov.yingkou.sgpt.caller";

    private CallerAttribute() {
    }
}
