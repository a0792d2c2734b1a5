package cn.gov.yingkou.sgpt.ws.common.soap;

import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import cn.gov.yingkou.sgpt.ws.common.DatabaseUnavailable;
import cn.gov.yingkou.sgpt.ws.common.ErrorCode;
import cn.gov.yingkou.sgpt.ws.common.security.AuthenticationFailure;

/**
 * Decides which stable code a failure the SOAP stack raised around our code deserves, from the chain of
 * causes CXF hands over. Kept free of CXF types so that it can be tested on its own.
 */
public final class SoapFailureClassifier {

    private static final String NOT_UNDERSTOOD = "mustunderstand headers";

    private SoapFailureClassifier() {
    }

    public static ErrorCode classify(Throwable failure, boolean clientFaultCode) {
        if (refusal(failure) != null) {
            return ErrorCode.UNAUTHENTICATED;
        }
        boolean dtd = false;
        boolean invalid = false;
        boolean malformed = false;
        boolean unknownOperation = false;
        boolean notUnderstood = false;
        boolean beyondLimits = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            dtd |= text.contains("dtd") || text.contains("doctype") || text.contains("entity");
            // JAXB's "unexpected element (uri:…)" is a child the operation's type does not have; CXF's "Unexpected element
            // {…}x found" a body element other than the operation the SOAPAction named.
            boolean strayChild = text.contains("unexpected element (uri:");
            invalid |= text.contains("cvc-") || strayChild || t.getClass().getSimpleName().equals("UnmarshalException");
            malformed |= t instanceof XMLStreamException || t.getClass().getName().startsWith("com.ctc.wstx.");
            unknownOperation |= text.contains("unexpected wrapper element") || text.contains("unexpected element") && !strayChild
                    || text.contains("no such operation")
                    || text.contains("message part") && text.contains("not recognized");
            notUnderstood |= text.contains(NOT_UNDERSTOOD);
            // The guards against oversized or deeply nested documents (the parser's "Maximum Element Depth limit (100)
            // Exceeded", a body cut off by RequestSizeLimit): the request is refused for its size, whatever it names.
            beyondLimits |= text.contains("limit") && text.contains("exceeded");
        }
        // A DTD is refused before it is parsed; a parse error outranks the unmarshalling failure it causes.
        if (dtd) {
            return ErrorCode.DTD_FORBIDDEN;
        }
        if (beyondLimits) {
            return ErrorCode.TOO_LARGE;
        }
        if (malformed) {
            return ErrorCode.MALFORMED_XML;
        }
        if (unknownOperation) {
            return ErrorCode.UNKNOWN_OPERATION;
        }
        // A header marked mustUnderstand that the contract does not declare (a security header sent to the
        // unauthenticated platform contract, say) is the caller's to remove, not the platform's failure.
        if (invalid || notUnderstood) {
            return ErrorCode.CONTRACT_VIOLATION;
        }
        if (DatabaseUnavailable.in(failure)) {
            return ErrorCode.UNAVAILABLE;
        }
        return clientFaultCode ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL;
    }

    /** Why authentication failed, if that is what happened. */
    public static String refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationFailure) {
                return t.getMessage();
            }
        }
        return null;
    }

    /**
     * What exactly was wrong, worth showing an integrator: the reason a caller was not let in, the validator's
     * complaint ("cvc-maxLength-valid: …"), or the headers marked mustUnderstand that the contract does not declare.
     */
    public static String detail(Throwable failure) {
        String refusal = refusal(failure);
        return refusal != null ? refusal : validationDetail(failure);
    }

    private static String validationDetail(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("cvc-")) {
                return shortened(message.substring(message.indexOf("cvc-")));
            }
            if (message != null && message.toLowerCase(Locale.ROOT).contains(NOT_UNDERSTOOD)) {
                return shortened(message);
            }
        }
        return null;
    }

    private static String shortened(String detail) {
        return detail.length() > 300 ? detail.substring(0, 300) : detail;
    }
}
