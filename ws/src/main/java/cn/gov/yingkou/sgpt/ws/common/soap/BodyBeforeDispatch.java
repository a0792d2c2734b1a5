package cn.gov.yingkou.sgpt.ws.common.soap;

import java.util.Objects;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.apache.cxf.service.model.MessagePartInfo;
import org.apache.cxf.wsdl.interceptors.DocLiteralInInterceptor;

/**
 * CXF picks the operation from the body's first element and stops reading there, so a body whose first element names
 * no operation was answered "no such operation" whatever it held — 100,000 nested elements included. Such a body is
 * read to its end first, through the parser's guards (depth, element and text limits): a body beyond them is refused
 * for its size (SGPT-REQ-413); only one within them is an unknown operation (SGPT-REQ-004).
 */
public class BodyBeforeDispatch extends AbstractPhaseInterceptor<Message> {

    public BodyBeforeDispatch() {
        super(Phase.UNMARSHAL);
        addBefore(DocLiteralInInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        XMLStreamReader reader = message.getContent(XMLStreamReader.class);
        if (reader == null || message.getExchange().getEndpoint() == null) {
            return;
        }
        try {
            while (reader.getEventType() != XMLStreamConstants.START_ELEMENT
                    && reader.getEventType() != XMLStreamConstants.END_ELEMENT && reader.hasNext()) {
                reader.next();
            }
            if (reader.getEventType() != XMLStreamConstants.START_ELEMENT || isOperation(message, reader.getName())) {
                return;
            }
            QName first = reader.getName();
            while (reader.hasNext()) {
                reader.next();
            }
            throw new Fault(new IllegalArgumentException("Message part " + first + " was not recognized"));
        } catch (XMLStreamException unreadable) {
            throw new Fault(unreadable);
        }
    }

    private static boolean isOperation(Message message, QName element) {
        for (BindingOperationInfo operation : message.getExchange().getEndpoint().getEndpointInfo().getBinding()
                .getOperations()) {
            if (operation.getOperationInfo().getInput() != null) {
                for (MessagePartInfo part : operation.getOperationInfo().getInput().getMessageParts()) {
                    if (Objects.equals(element, part.getElementQName())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
