package cn.gov.yingkou.sgpt.exchange.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import jakarta.xml.ws.BindingProvider;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels.DeliveryTarget;

/** What every call to an industry system shares: where, how long to wait, the WS-Security token, and times in XML. */
final class ReceiverCalls {

    private static final DatatypeFactory XML_TIME = datatypeFactory();
    private static final long CONNECT_TIMEOUT_MS = 5_000;
    /** How long an industry system may take to answer; -Dsgpt.delivery.receive.timeout.seconds (default 30). */
    private static final long RECEIVE_TIMEOUT_MS = 1000 * Long.getLong("sgpt.delivery.receive.timeout.seconds", 30);

    private ReceiverCalls() {
    }

    /** Points the port at the target, with its timeouts and its UsernameToken (digest, nonce, created). */
    static <P> P aimed(P port, DeliveryTarget target) {
        ((BindingProvider) port).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, target.endpointUrl());
        Client client = ClientProxy.getClient(port);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        policy.setReceiveTimeout(RECEIVE_TIMEOUT_MS);
        policy.setAllowChunking(false);
        ((HTTPConduit) client.getConduit()).setClient(policy);
        UsernameTokenSigning.digest(client, target.username(), target.secret());
        return port;
    }

    /** A time as the contracts carry it: with Beijing's offset. */
    static XMLGregorianCalendar xml(Instant at) {
        return XML_TIME.newXMLGregorianCalendar(GregorianCalendar.from(at.atZone(ZoneOffset.ofHours(8))));
    }

    static XMLGregorianCalendar xml(LocalDate day) {
        return XML_TIME.newXMLGregorianCalendarDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1500; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }

    private static DatatypeFactory datatypeFactory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
