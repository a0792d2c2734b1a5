package cn.gov.yingkou.sgpt.exchange.control;

import java.net.URL;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

import cn.gov.yingkou.sgpt.exchange.contract.industry.v1.DeliverResult;
import cn.gov.yingkou.sgpt.exchange.contract.industry.v1.DeliverResultResponse;
import cn.gov.yingkou.sgpt.exchange.contract.industry.v1.ResultReceiver;
import cn.gov.yingkou.sgpt.exchange.contract.industry.v1.ResultReceiverService;
import cn.gov.yingkou.sgpt.exchange.entity.AttemptOutcome;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels.DeliveryTarget;

/**
 * Calls an industry system's result receiver (the contract the platform publishes, industry-receiver-v1.wsdl)
 * with a WS-Security UsernameToken, password digest, nonce and created time. Whatever is not an answer of the
 * contract — a fault, an HTTP error, a refused connection, a timeout — is a failed attempt, never an exception.
 */
public final class ResultReceiverClient {

    private static final DatatypeFactory XML_TIME = datatypeFactory();

    private static final long CONNECT_TIMEOUT_MS = 5_000;
    /** How long an industry system may take to answer; -Dsgpt.delivery.receive.timeout.seconds (default 30). */
    private static final long RECEIVE_TIMEOUT_MS = 1000 * Long.getLong("sgpt.delivery.receive.timeout.seconds", 30);
    private static final URL CONTRACT = ResultReceiverClient.class.getClassLoader()
            .getResource("META-INF/wsdl/industry-receiver-v1.wsdl");

    /** Parsing the contract is the costly part; the service object is thread-safe, ports are not. */
    private static volatile ResultReceiverService service;

    private final DeliveryTarget target;
    private final ResultReceiver port;

    private ResultReceiverClient(DeliveryTarget target) {
        this.target = target;
        this.port = port(target);
    }

    /**
     * A client for one industry system, to be used by one thread for a run of deliveries (a port is not
     * thread-safe, and building one costs more than a call).
     */
    public static ResultReceiverClient to(DeliveryTarget target) {
        return new ResultReceiverClient(target);
    }

    public boolean isFor(DeliveryTarget other) {
        return target.equals(other);
    }

    /** What one call came to. */
    public record Answer(AttemptOutcome outcome, String detail) {
    }

    public Answer deliver(DeliveryWork work, int attempt) {
        try {
            DeliverResultResponse response = port.deliverResult(request(work, attempt));
            if (response == null || response.getOutcome() == null) {
                return new Answer(AttemptOutcome.FAILED, "答复缺少 outcome / The answer has no outcome");
            }
            String detail = response.getReason() != null ? response.getReason()
                    : response.getReceiptReference() == null ? null : "receipt " + response.getReceiptReference();
            return new Answer(AttemptOutcome.valueOf(response.getOutcome().value()), detail);
        } catch (WebServiceException e) {
            return new Answer(AttemptOutcome.FAILED, describe(e));
        } catch (RuntimeException e) {
            // Whatever else went wrong is still an attempt that failed: it is kept, and tried again later.
            return new Answer(AttemptOutcome.FAILED, describe(e));
        }
    }

    private static ResultReceiver port(DeliveryTarget target) {
        ResultReceiver port = service().getResultReceiverPort();
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

    private static ResultReceiverService service() {
        ResultReceiverService loaded = service;
        if (loaded == null) {
            synchronized (ResultReceiverClient.class) {
                if (service == null) {
                    service = new ResultReceiverService(CONTRACT);
                }
                loaded = service;
            }
        }
        return loaded;
    }

    private static DeliverResult request(DeliveryWork work, int attempt) {
        DeliverResult request = new DeliverResult();
        request.setMessageId(work.messageId());
        request.setPushId(work.pushId());
        request.setAttempt(attempt);
        request.setUnitCode(work.unitCode());
        request.setLicenceNumber(work.licenceNumber());
        request.setApplicationNumber(work.applicationNumber());
        request.setItemCode(work.itemCode());
        request.setFromDepartmentCode(work.fromDepartmentCode());
        request.setToDepartmentCode(work.toDepartmentCode());
        request.setIssuedAt(xml(work.issuedAt()));
        request.setPushedAt(xml(work.pushedAt()));
        request.setPayload(work.payload());
        return request;
    }

    private static XMLGregorianCalendar xml(Instant at) {
        return XML_TIME.newXMLGregorianCalendar(GregorianCalendar.from(at.atZone(ZoneOffset.ofHours(8))));
    }

    private static DatatypeFactory datatypeFactory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Throwable e) {
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
}
