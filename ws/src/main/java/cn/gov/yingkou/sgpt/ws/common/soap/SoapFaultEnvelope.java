package cn.gov.yingkou.sgpt.ws.common.soap;

import cn.gov.yingkou.sgpt.ws.common.ErrorCode;

/**
 * A SOAP 1.1 fault written without the SOAP stack, for a request refused before it reaches it (a body over the size
 * limit): the same faultcode, faultstring and {@code c:Fault} detail {@link FaultTranslator} gives every other fault.
 */
public final class SoapFaultEnvelope {

    private SoapFaultEnvelope() {
    }

    public static String of(ErrorCode code, String detail) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:" + (code.callersFault() ? "Client" : "Server") + "</faultcode>"
                + "<faultstring>" + escaped(code.line()) + "</faultstring><detail><c:Fault xmlns:c=\"" + FaultTranslator.NS
                + "\"><c:code>" + code.code() + "</c:code><c:messageZh>" + escaped(code.messageZh()) + "</c:messageZh>"
                + "<c:messageEn>" + escaped(code.messageEn()) + "</c:messageEn>"
                + (detail == null ? "" : "<c:detail>" + escaped(detail) + "</c:detail>")
                + "</c:Fault></detail></soap:Fault></soap:Body></soap:Envelope>";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
