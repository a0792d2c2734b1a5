package cn.gov.yingkou.sgpt.ws.transfer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.cxf.annotations.SchemaValidation.SchemaValidationType;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.wsdl.interceptors.DocLiteralInInterceptor;

import cn.gov.yingkou.sgpt.ws.common.soap.BodyBeforeDispatch;

/**
 * JAXB's validating unmarshaller reads an MTOM attachment whole into memory to check it as base64Binary: a 200 MB
 * evidence file would exhaust the heap. The request that carries attachments (sendTransfer) is therefore read without
 * the schema; the endpoint checks its required fields itself and the domain checks every value. Every other operation
 * of the contract stays validated.
 */
public class AttachmentsUnvalidated extends AbstractPhaseInterceptor<Message> {

    static final String CARRIES_ATTACHMENTS = "sendTransfer";

    public AttachmentsUnvalidated() {
        super(Phase.UNMARSHAL);
        addAfter(BodyBeforeDispatch.class.getName());
        addBefore(DocLiteralInInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        XMLStreamReader reader = message.getContent(XMLStreamReader.class);
        if (reader != null && reader.getEventType() == XMLStreamConstants.START_ELEMENT
                && CARRIES_ATTACHMENTS.equals(reader.getLocalName())) {
            message.put(Message.SCHEMA_VALIDATION_ENABLED, SchemaValidationType.NONE);
        }
    }
}
