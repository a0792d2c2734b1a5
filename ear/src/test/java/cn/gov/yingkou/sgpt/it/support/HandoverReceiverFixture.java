package cn.gov.yingkou.sgpt.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.jws.WebService;

import org.apache.cxf.interceptor.InInterceptors;

import cn.gov.yingkou.sgpt.client.industry.v2.DeliverHandover;
import cn.gov.yingkou.sgpt.client.industry.v2.DeliverHandoverResponse;
import cn.gov.yingkou.sgpt.client.industry.v2.HandoverReceiver;
import cn.gov.yingkou.sgpt.client.industry.v2.Outcome;

/**
 * A department's industry system built from the hand-over receiver contract v2 (handover-receiver-v2.wsdl), deployed
 * beside the platform at /fixtures/handover-receiver: it checks the platform's WS-Security token, stores each document
 * once by message id and answers RECEIVED, keeping what it read from the typed content of each kind.
 */
@WebService(serviceName = "HandoverReceiverService", portName = "HandoverReceiverPort",
        targetNamespace = "http://sgpt.yingkou.gov.cn/ws/industry/v2",
        endpointInterface = "cn.gov.yingkou.sgpt.client.industry.v2.HandoverReceiver")
@InInterceptors(classes = ReceiverTokenCheck.class)
public class HandoverReceiverFixture implements HandoverReceiver {

    /** One call as the receiver saw it: the kind, the document, and the typed content's gist. */
    public record Call(String department, String messageId, String kind, String licence, String document, String gist,
            Long answers) {
    }

    private static final List<Call> CALLS = new ArrayList<>();
    private static final Set<String> STORED = ConcurrentHashMap.newKeySet();

    @Override
    public DeliverHandoverResponse deliverHandover(DeliverHandover request) {
        String gist = request.getPenalty() != null ? "penalty " + request.getPenalty().getMeasure() + " "
                + request.getPenalty().getDecidedOn() + " " + request.getPenalty().getHolderName()
                : request.getLicenceAction() != null ? "action " + request.getLicenceAction().getAction() + " "
                        + request.getLicenceAction().getStatusAfter()
                : "result " + request.getResult().getApplicantName();
        if (STORED.add(request.getMessageId())) {
            synchronized (CALLS) {
                CALLS.add(new Call(request.getToDepartmentCode(), request.getMessageId(), request.getKind().value(),
                        request.getLicenceNumber(), request.getDocumentNumber(), gist, request.getAnswers()));
            }
        }
        DeliverHandoverResponse response = new DeliverHandoverResponse();
        response.setOutcome(Outcome.RECEIVED);
        response.setReceiptReference("HV2-" + request.getHandoverId());
        return response;
    }

    public static List<Call> callsFor(String department) {
        synchronized (CALLS) {
            return CALLS.stream().filter(c -> c.department().equals(department)).toList();
        }
    }
}
