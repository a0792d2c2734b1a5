package cn.gov.yingkou.sgpt.exchange.boundary;

import java.time.Instant;
import java.util.List;

import cn.gov.yingkou.sgpt.exchange.entity.AttemptOutcome;
import cn.gov.yingkou.sgpt.exchange.entity.Delivery;
import cn.gov.yingkou.sgpt.exchange.entity.DeliveryAttempt;
import cn.gov.yingkou.sgpt.exchange.entity.DeliveryStatus;

/** A push's delivery to an industry system, with every attempt: what the bureau shows to prove it delivered. */
public record DeliveryView(long id, String departmentCode, String messageId, DeliveryStatus status, int attempts,
        Instant nextAttemptAt, Instant createdAt, Instant finishedAt, String outcome, List<Attempt> history) {

    public record Attempt(int number, Instant startedAt, Instant endedAt, String endpointUrl, AttemptOutcome outcome,
            String detail) {
    }

    static DeliveryView of(Delivery d, String departmentCode, List<DeliveryAttempt> attempts) {
        return new DeliveryView(d.id(), departmentCode, d.messageId(), d.status(), d.attempts(),
                d.status() == DeliveryStatus.PENDING ? d.nextAttemptAt() : null, d.createdAt(), d.finishedAt(),
                d.outcome(), attempts.stream().map(a -> new Attempt(a.number(), a.startedAt(), a.endedAt(),
                        a.endpointUrl(), a.outcome(), a.detail())).toList());
    }
}
