package cn.gov.yingkou.sgpt.exchange.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
 * being called: which receivers wait and, per call, one transaction that keeps the last attempt's outcome (audited) and
 * writes the attempt on the receiver's next due delivery — one commit a delivery, which is what a drain costs.
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
    /** Deliveries withdrawn in one transaction at most (a department with a long queue switched to the inbox). */
    private static final int WITHDRAWALS_AT_ONCE = 200;

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    Departments departments;

    @EJB
    AuditTrail audit;

    @EJB
    ReceivingChannels channels;

    /** The delivery to make now: what it sends, where, and its attempt, written before the call. */
    public record Next(DeliveryWork work, DeliveryTarget target, Started attempt) {
    }

    /** How a call ended, as the worker saw it. */
    public record Ended(Next call, Instant at, Answer answer) {
    }

    public List<Long> receiversWaiting() {
        return em.createNamedQuery("Delivery.receiversWaiting", Long.class).getResultList();
    }

    /**
     * Keeps how the last call ended, if there was one, and unless it failed or {@code more} is false, starts the
     * receiver's next delivery if it is due: later pushes wait behind the oldest, so a receiver gets them in the order
     * they were pushed, and after a failure nothing overtakes it. A delivery whose department no longer receives by
     * industry system is withdrawn on the way (its hand-over waits in the platform inbox).
     */
    public Optional<Next> advance(long receiver, Ended last, boolean more, Instant now) {
        if (last != null) {
            record(last);
            if (last.answer().outcome() == AttemptOutcome.FAILED) {
                return Optional.empty();
            }
        }
        if (!more) {
            return Optional.empty();
        }
        Optional<DeliveryWork> work;
        for (int withdrawn = 0; withdrawn < WITHDRAWALS_AT_ONCE && (work = due(receiver, now)).isPresent(); withdrawn++) {
            Optional<DeliveryTarget> target = channels.deliveryTarget(receiver, work.get().kind());
            if (target.isPresent()) {
                return Optional.of(new Next(work.get(), target.get(), start(work.get(), target.get().endpointUrl(), now)));
            }
            withdraw(work.get(), NOT_BY_SYSTEM);
        }
        return Optional.empty();
    }

    private Optional<DeliveryWork> due(long departmentId, Instant now) {
        Optional<Delivery> head = em.createNamedQuery("Delivery.headOf", Delivery.class)
                .setParameter("department", departmentId).setMaxResults(1).getResultStream().findFirst();
        if (head.isEmpty() || head.get().nextAttemptAt().isAfter(now)) {
            return Optional.empty();
        }
        Delivery delivery = head.get();
        Handover push = em.find(Handover.class, delivery.handoverId());
        DepartmentRef from = departments.byId(push.fromDepartmentId()).orElseThrow();
        DepartmentRef to = departments.byId(delivery.departmentId()).orElseThrow();
        return Optional.of(new DeliveryWork(delivery.id(), push.id(), delivery.messageId(),
                to.unitCode(), push.licenceNumber(), push.applicationNumber(), push.itemCode(), from.code(), to.code(),
                push.issuedAt(), push.pushedAt() == null ? push.issuedAt() : push.pushedAt(), push.payload(), push.kind(),
                push.documentNumber(), push.answersId()));
    }

    /** Stops the delivery for good, with the reason, unless it was finished meanwhile. */
    private void withdraw(DeliveryWork work, String reason) {
        Delivery delivery = em.find(Delivery.class, work.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
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
    private Started start(DeliveryWork work, String endpoint, Instant at) {
        Delivery delivery = em.find(Delivery.class, work.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        for (DeliveryAttempt cutOff : em.createNamedQuery("DeliveryAttempt.underWay", DeliveryAttempt.class)
                .setParameter("delivery", delivery.id()).getResultList()) {
            cutOff.interrupted();
            audit.record(new Actor(DELIVERER, Channel.SOAP, cutOff.endpointUrl()), "push.deliver-unknown", "push",
                    Long.toString(work.pushId()), work.licenceNumber() + " to " + work.toDepartmentCode() + ", attempt "
                            + cutOff.number() + ", message " + work.messageId() + ": " + cutOff.detail(),
                    AuditFacts.of("receiver", work.toDepartmentCode()).with("attempt", cutOff.number()));
        }
        int number = em.createNamedQuery("DeliveryAttempt.lastNumber", Integer.class).setParameter("delivery", delivery.id())
                .getSingleResult() + 1;
        DeliveryAttempt attempt = new DeliveryAttempt(delivery.id(), number, at, endpoint);
        em.persist(attempt);
        em.flush();
        return new Started(attempt.id(), number);
    }

    /** An attempt written before its call: its key, and the number the receiver is told. */
    public record Started(long attemptId, int number) {
    }

    /** Keeps how the attempt ended and moves the delivery on: delivered, rejected for good, or due again after a pause. */
    private void record(Ended end) {
        DeliveryWork work = end.call().work();
        Started started = end.call().attempt();
        Instant ended = end.at();
        Answer answer = end.answer();
        Delivery delivery = em.find(Delivery.class, work.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        DeliveryAttempt attempt = em.find(DeliveryAttempt.class, started.attemptId());
        attempt.ended(answer.outcome(), answer.detail(), ended);
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
    }
}
