package cn.gov.yingkou.sgpt.exchange.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.exchange.control.ReceiverClient.Answer;
import cn.gov.yingkou.sgpt.exchange.entity.AttemptOutcome;
import cn.gov.yingkou.sgpt.exchange.entity.Delivery;
import cn.gov.yingkou.sgpt.exchange.entity.DeliveryAttempt;
import cn.gov.yingkou.sgpt.exchange.entity.DeliveryStatus;
import cn.gov.yingkou.sgpt.exchange.entity.Handover;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels.DeliveryTarget;

/**
 * The outbox as the delivery worker sees it, in short transactions so that none is open while an industry system is
 * being called: which receivers wait; the attempts of the receiver's next due deliveries, written in one transaction
 * before their calls are made; and each call's outcome, kept (and audited) in a transaction of its own while the next
 * call is under way. A commit costs more than the statements around it (the database flushes its log), so a drain
 * commits once a batch on its way and keeps the outcomes' commits off it, each outcome durable within milliseconds of
 * its answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryLedger {

    /** The longest pause between two attempts; -Dsgpt.delivery.max.pause.seconds (default 15 minutes). */
    static final Duration MAX_PAUSE = Duration.ofSeconds(Long.getLong("sgpt.delivery.max.pause.seconds", 900));
    static final String DELIVERER = "sgpt.delivery";
    /** Why a pending delivery is dropped when its department stopped receiving by industry system. */
    static final String NOT_BY_SYSTEM = "部门已不通过行业系统接收，改在平台收件箱签收 / The department no longer "
            + "receives by industry system; the push waits in its platform inbox";
    /** Deliveries prepared in one transaction at most. */
    static final int BATCH = 20;

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    Departments departments;

    @EJB
    AuditTrail audit;

    @EJB
    ReceivingChannels channels;

    /** A delivery to make: what it sends, where, and its attempt, written before the call. */
    public record Next(DeliveryWork work, DeliveryTarget target, Started attempt) {
    }

    /** How a call went, as the worker saw it: when it was made and when and how it ended. */
    public record Ended(Next call, Instant calledAt, Instant at, Answer answer) {
    }

    /** An attempt written before its call: its key, and the number the receiver is told. */
    public record Started(long attemptId, int number) {
    }

    public List<Long> receiversWaiting() {
        return em.createNamedQuery("Delivery.receiversWaiting", Long.class).getResultList();
    }

    /**
     * Forgets the attempts prepared but not made (after a failure, or when the run's time was up); then, if {@code
     * more}, prepares the receiver's next due deliveries, oldest first, up to a batch: later pushes wait behind the
     * oldest, so a receiver gets them in the order they were pushed. A delivery whose department no longer receives by
     * industry system is withdrawn on the way (its hand-over waits in the platform inbox). The outcomes of the calls
     * made must be kept before (see {@link #record}): a call not yet recorded is still due.
     */
    public List<Next> prepare(long receiver, List<Next> unmade, boolean more, Instant now) {
        if (!unmade.isEmpty()) {
            em.createNamedQuery("DeliveryAttempt.forget").setParameter("ids",
                    unmade.stream().map(call -> call.attempt().attemptId()).toList()).executeUpdate();
        }
        if (!more) {
            return List.of();
        }
        List<Next> batch = new ArrayList<>();
        List<Delivery> due;
        do {
            due = due(receiver, now);
            for (Delivery delivery : due) {
                DeliveryWork work = work(delivery);
                Optional<DeliveryTarget> target = channels.deliveryTarget(receiver, work.kind());
                if (target.isPresent()) {
                    batch.add(new Next(work, target.get(), start(delivery, work, target.get().endpointUrl(), now)));
                } else {
                    withdraw(delivery, work, NOT_BY_SYSTEM);
                }
            }
        } while (batch.isEmpty() && !due.isEmpty());
        return batch;
    }

    /** The receiver's oldest pending deliveries up to a batch, locked as they are read, as far as they are due. */
    private List<Delivery> due(long departmentId, Instant now) {
        List<Delivery> due = new ArrayList<>();
        for (Delivery head : em.createNamedQuery("Delivery.headOf", Delivery.class).setParameter("department", departmentId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(BATCH).getResultList()) {
            if (head.nextAttemptAt().isAfter(now)) {
                break;
            }
            due.add(head);
        }
        return due;
    }

    private DeliveryWork work(Delivery delivery) {
        Handover push = em.find(Handover.class, delivery.handoverId());
        DepartmentRef from = departments.byId(push.fromDepartmentId()).orElseThrow();
        DepartmentRef to = departments.byId(delivery.departmentId()).orElseThrow();
        return new DeliveryWork(delivery.id(), push.id(), delivery.messageId(),
                to.unitCode(), push.licenceNumber(), push.applicationNumber(), push.itemCode(), from.code(), to.code(),
                push.issuedAt(), push.pushedAt() == null ? push.issuedAt() : push.pushedAt(), push.payload(), push.kind(),
                push.documentNumber(), push.answersId());
    }

    /** Stops the delivery for good, with the reason, unless it was finished meanwhile. */
    private void withdraw(Delivery delivery, DeliveryWork work, String reason) {
        if (delivery.withdraw(reason, Instant.now())) {
            audit.record(new Actor(DELIVERER, Channel.SYSTEM, null), "push.deliver-withdrawn", "push",
                    Long.toString(work.pushId()), work.licenceNumber() + " to " + work.toDepartmentCode() + ": " + reason,
                    AuditFacts.of("receiver", work.toDepartmentCode()).with("reason", reason));
        }
    }

    /**
     * Writes the attempt before the call is made, numbered after every earlier one; an earlier attempt still under way
     * was cut off by a stop of the platform, and becomes one of unknown outcome. Answers the new attempt's key and number.
     */
    private Started start(Delivery delivery, DeliveryWork work, String endpoint, Instant at) {
        List<DeliveryAttempt> earlier = em.createNamedQuery("DeliveryAttempt.ofDelivery", DeliveryAttempt.class)
                .setParameter("delivery", delivery.id()).getResultList();
        for (DeliveryAttempt cutOff : earlier.stream().filter(a -> a.outcome() == AttemptOutcome.UNDER_WAY).toList()) {
            cutOff.interrupted();
            audit.record(new Actor(DELIVERER, Channel.SOAP, cutOff.endpointUrl()), "push.deliver-unknown", "push",
                    Long.toString(work.pushId()), work.licenceNumber() + " to " + work.toDepartmentCode() + ", attempt "
                            + cutOff.number() + ", message " + work.messageId() + ": " + cutOff.detail(),
                    AuditFacts.of("receiver", work.toDepartmentCode()).with("attempt", cutOff.number()));
        }
        int number = earlier.isEmpty() ? 1 : earlier.get(earlier.size() - 1).number() + 1;
        DeliveryAttempt attempt = new DeliveryAttempt(delivery.id(), number, at, endpoint);
        em.persist(attempt);
        return new Started(attempt.id(), number);
    }

    /**
     * Keeps how the attempt ended and moves the delivery on: delivered, rejected for good, or due again after a pause.
     * Runs beside the worker's next call; the worker waits for its batch's outcomes before it prepares the next.
     */
    @Asynchronous
    public Future<Void> record(Ended end) {
        DeliveryWork work = end.call().work();
        Started started = end.call().attempt();
        Instant ended = end.at();
        Answer answer = end.answer();
        Delivery delivery = em.find(Delivery.class, work.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        DeliveryAttempt attempt = em.find(DeliveryAttempt.class, started.attemptId());
        attempt.ended(answer.outcome(), answer.detail(), end.calledAt(), ended);
        delivery.attempted(started.number(), answer.outcome(), answer.detail(), ended, MAX_PAUSE);
        String endpoint = attempt.endpointUrl();
        String action = switch (answer.outcome()) {
            case RECEIVED -> "push.deliver";
            case REJECTED -> "push.deliver-rejected";
            default -> "push.deliver-failed";
        };
        audit.record(new Actor(DELIVERER, Channel.SOAP, endpoint), action, "push", Long.toString(work.pushId()),
                work.licenceNumber() + " to " + work.toDepartmentCode() + ", attempt " + started.number()
                        + ", message " + work.messageId() + (answer.detail() == null ? "" : ": " + answer.detail())
                        + (delivery.status() == DeliveryStatus.WITHDRAWN ? "; the delivery was withdrawn meanwhile"
                                : answer.outcome() == AttemptOutcome.FAILED ? "; next at " + delivery.nextAttemptAt() : ""),
                AuditFacts.of("receiver", work.toDepartmentCode()).with("attempt", started.number())
                        .with("answer", answer.detail())
                        .with("withdrawn", delivery.status() == DeliveryStatus.WITHDRAWN ? "yes" : null)
                        .with("next", delivery.status() != DeliveryStatus.WITHDRAWN
                                && answer.outcome() == AttemptOutcome.FAILED ? delivery.nextAttemptAt() : null));
        return CompletableFuture.completedFuture(null);
    }
}
