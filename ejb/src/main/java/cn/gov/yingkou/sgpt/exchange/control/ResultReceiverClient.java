package cn.gov.yingkou.sgpt.exchange.control;

import java.net.URL;

import jakarta.xml.ws.WebServiceException;

import cn.gov.yingkou.sgpt.exchange.contract.industry.v1.DeliverResult;
import cn.gov.yingkou.sgpt.exchange.contract.industry.v1.DeliverResultResponse;
import cn.gov.yingkou.sgpt.exchange.contract.industry.v1.ResultReceiver;
import cn.gov.yingkou.sgpt.exchange.contract.industry.v1.ResultReceiverService;
import cn.gov.yingkou.sgpt.exchange.entity.AttemptOutcome;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels.DeliveryTarget;

/**
 * Calls an industry system's result receiver (the contract the platform publishes, industry-receiver-v1.wsdl) with a
 * WS-Security UsernameToken, password digest, nonce and created time. It carries approval results only.
 */
final class ResultReceiverClient implements ReceiverClient {

    private static final URL CONTRACT = ResultReceiverClient.class.getClassLoader()
            .getResource("META-INF/wsdl/industry-receiver-v1.wsdl");

    /** Parsing the contract is the costly part; the service object is thread-safe, ports are not. */
    private static volatile ResultReceiverService service;

    private final DeliveryTarget target;
    private final ResultReceiver port;

    ResultReceiverClient(DeliveryTarget target) {
        this.target = target;
        this.port = ReceiverCalls.aimed(service().getResultReceiverPort(), target);
    }

    @Override
    public boolean isFor(DeliveryTarget other) {
        return target.equals(other);
    }

    @Override
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
            return new Answer(AttemptOutcome.FAILED, ReceiverCalls.describe(e));
        } catch (RuntimeException e) {
            // Whatever else went wrong is still an attempt that failed: it is kept, and tried again later.
            return new Answer(AttemptOutcome.FAILED, ReceiverCalls.describe(e));
        }
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
        request.setIssuedAt(ReceiverCalls.xml(work.issuedAt()));
        request.setPushedAt(ReceiverCalls.xml(work.pushedAt()));
        request.setPayload(work.payload());
        return request;
    }
}
