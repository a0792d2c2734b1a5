package cn.gov.yingkou.sgpt.ws.common.soap;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.xml.namespace.QName;

import jakarta.xml.ws.WebFault;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import cn.gov.yingkou.sgpt.ws.common.ErrorCode;

/**
 * Gives every SOAP fault the platform's shape: a stable code and a message in Chinese and English in the
 * faultstring, and a {@code c:Fault} detail a generated client reads as the declared ServiceFault. Faults
 * the stack raises itself (unparseable XML, a DTD, a schema violation) would otherwise carry parser
 * internals; unexpected errors are logged with a reference and answered without any internals.
 */
public class FaultTranslator extends AbstractPhaseInterceptor<Message> {

    public static final String NS = "http://sgpt.yingkou.gov.cn/ws/common/v1";
    private static final Logger LOG = Logger.getLogger(FaultTranslator.class.getName());

    public FaultTranslator() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)) {
            return;
        }
        if (isDeclared(fault.getCause())) {
            // A refusal the endpoint declared (a value, a state, a permission, a record not found) is the caller's
            // to fix: soap:Client, which middleware does not retry (SOAP 1.1 §4.4.1); CXF would say soap:Server.
            fault.setFaultCode(callersFault(fault.getCause()) ? Fault.FAULT_CODE_CLIENT : Fault.FAULT_CODE_SERVER);
            return;
        }
        boolean client = Fault.FAULT_CODE_CLIENT.equals(fault.getFaultCode())
                || "Client".equals(fault.getFaultCode().getLocalPart());
        ErrorCode code = SoapFailureClassifier.classify(fault, client);
        String detail = SoapFailureClassifier.detail(fault);
        String reference = null;
        if (code.callersFault()) {
            LOG.log(Level.FINE, code.line(), fault);
        } else {
            reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, code.line() + " reference " + reference, fault);
        }
        fault.setMessage(code.line());
        fault.setFaultCode(code.callersFault() ? Fault.FAULT_CODE_CLIENT : Fault.FAULT_CODE_SERVER);
        fault.setDetail(null);
        appendDetail(fault.getOrCreateDetail(), code, detail, reference);
    }

    private static boolean isDeclared(Throwable cause) {
        return cause != null && cause.getClass().isAnnotationPresent(WebFault.class);
    }

    /** The declared fault's code, read through the accessor JAX-WS gives every fault bean (getFaultInfo). */
    private static boolean callersFault(Throwable declared) {
        try {
            return declared.getClass().getMethod("getFaultInfo").invoke(declared)
                    instanceof cn.gov.yingkou.sgpt.ws.contract.common.v1.Fault info && ErrorCode.isCallersFault(info.getCode());
        } catch (ReflectiveOperationException notAFaultBean) {
            return false;
        }
    }

    private static void appendDetail(Element detail, ErrorCode code, String text, String reference) {
        Document doc = detail.getOwnerDocument();
        Element fault = doc.createElementNS(NS, "c:Fault");
        detail.appendChild(fault);
        child(fault, "code", code.code());
        child(fault, "messageZh", code.messageZh());
        child(fault, "messageEn", code.messageEn());
        if (text != null) {
            child(fault, "detail", text);
        }
        if (reference != null) {
            child(fault, "reference", reference);
        }
    }

    private static void child(Element parent, String name, String value) {
        Element element = parent.getOwnerDocument().createElementNS(NS, "c:" + name);
        element.setTextContent(value);
        parent.appendChild(element);
    }

    public static QName faultElement() {
        return new QName(NS, "Fault");
    }
}
