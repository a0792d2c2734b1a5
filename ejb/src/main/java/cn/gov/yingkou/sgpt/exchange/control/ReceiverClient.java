package cn.gov.yingkou.sgpt.exchange.control;

import cn.gov.yingkou.sgpt.exchange.entity.AttemptOutcome;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceiverContract;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels.DeliveryTarget;

/**
 * A client for one industry system, through the contract it implements, to be used by one thread for a run of
 * deliveries (a port is not thread-safe, and building one costs more than a call). Whatever is not an answer of the
 * contract is a failed attempt, never an exception.
 */
public interface ReceiverClient {

    /** What one call came to. */
    record Answer(AttemptOutcome outcome, String detail) {
    }

    static ReceiverClient to(DeliveryTarget target) {
        return target.contract() == ReceiverContract.RESULT_V1 ? new ResultReceiverClient(target)
                : new HandoverReceiverClient(target);
    }

    boolean isFor(DeliveryTarget target);

    Answer deliver(DeliveryWork work, int attempt);
}
