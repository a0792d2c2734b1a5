package cn.gov.yingkou.sgpt.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.jws.WebService;

import org.apache.cxf.interceptor.InInterceptors;

import cn.gov.yingkou.sgpt.client.industry.v1.DeliverResult;
import cn.gov.yingkou.sgpt.client.industry.v1.DeliverResultResponse;
import cn.gov.yingkou.sgpt.client.industry.v1.Outcome;
import cn.gov.yingkou.sgpt.client.industry.v1.ResultReceiver;

/**
 * A department's industry system as an integrator would build it from the published contract
 * (industry-receiver-v1.wsdl), deployed beside the platform at /fixtures/industry-receiver: it checks the
 * platform's WS-Security token (ReceiverTokenCheck), stores each result once by message id and answers RECEIVED
 * (again, for a repeat). A test switches it, per receiving department, to be down (a fault, as a server in
 * trouble answers), to reject, or to lose its first answer (stored, but the platform hears a fault).
 */
@WebService(serviceName = "ResultReceiverService", portName = "ResultReceiverPort",
        targetNamespace = "http://sgpt.yingkou.gov.cn/ws/industry/v1",
        endpointInterface = "cn.gov.yingkou.sgpt.client.industry.v1.ResultReceiver")
@InInterceptors(classes = ReceiverTokenCheck.class)
public class IndustryReceiverFixture implements ResultReceiver {

    public enum Mode { UP, DOWN, REJECT, LOSE_FIRST_ANSWER }

    /** One call as the receiver saw it. */
    public record Call(String department, String messageId, String licence, int attempt, String outcome, boolean firstTime) {
    }

    public static final Map<String, Mode> MODES = new ConcurrentHashMap<>();
    private static final List<Call> CALLS = new ArrayList<>();
    private static final Set<String> STORED = ConcurrentHashMap.newKeySet();

    @Override
    public DeliverResultResponse deliverResult(DeliverResult request) {
        String department = request.getToDepartmentCode();
        Mode mode = MODES.getOrDefault(department, Mode.UP);
        if (mode == Mode.DOWN) {
            log(request, "DOWN", false);
            throw new IllegalStateException("行业系统维护中 / The industry system is down for maintenance");
        }
        DeliverResultResponse response = new DeliverResultResponse();
        if (mode == Mode.REJECT) {
            log(request, "REJECTED", false);
            response.setOutcome(Outcome.REJECTED);
            response.setReason("非本系统监管业务 / Not supervised by this system");
            return response;
        }
        boolean first = STORED.add(request.getMessageId());
        if (mode == Mode.LOSE_FIRST_ANSWER && first) {
            log(request, "STORED-ANSWER-LOST", true);
            throw new IllegalStateException("应答在途中丢失 / The answer was lost on the way");
        }
        log(request, "RECEIVED", first);
        response.setOutcome(Outcome.RECEIVED);
        response.setReceiptReference("HY-" + request.getPushId());
        return response;
    }

    private static void log(DeliverResult request, String outcome, boolean firstTime) {
        synchronized (CALLS) {
            CALLS.add(new Call(request.getToDepartmentCode(), request.getMessageId(), request.getLicenceNumber(),
                    request.getAttempt(), outcome, firstTime));
        }
    }

    public static List<Call> callsFor(String department) {
        synchronized (CALLS) {
            return CALLS.stream().filter(c -> c.department().equals(department)).toList();
        }
    }
}
