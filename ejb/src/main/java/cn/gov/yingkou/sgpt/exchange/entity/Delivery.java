package cn.gov.yingkou.sgpt.exchange.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The outbox entry for one hand-over to one department's industry system: written in the hand-over's transaction, so
 * none is made without its delivery; delivered in hand-over order per receiver, whatever the kind (a licence's
 * revocation never overtakes its result), with the hand-over's message id on every attempt, until the receiver answers.
 */
@Entity
@Table(name = "exchange_delivery")
@NamedQuery(name = "Delivery.receiversWaiting", query = "select distinct d.departmentId from Delivery d "
        + "where d.status = cn.gov.yingkou.sgpt.exchange.entity.DeliveryStatus.PENDING")
@NamedQuery(name = "Delivery.headOf", query = "select d from Delivery d where d.departmentId = :department "
        + "and d.status = cn.gov.yingkou.sgpt.exchange.entity.DeliveryStatus.PENDING order by d.id")
@NamedQuery(name = "Delivery.pendingOfPush", query = "select d from Delivery d where d.handoverId = :push "
        + "and d.status = cn.gov.yingkou.sgpt.exchange.entity.DeliveryStatus.PENDING")
@NamedQuery(name = "Delivery.queueDueNow", query = "update Delivery d set d.nextAttemptAt = :now, "
        + "d.version = d.version + 1 where d.departmentId = :department "
        + "and d.status = cn.gov.yingkou.sgpt.exchange.entity.DeliveryStatus.PENDING and d.nextAttemptAt > :now")
@NamedQuery(name = "Delivery.ofPush", query = "select d from Delivery d where d.handoverId = :push order by d.id")
public class Delivery {

    /** The first pause after a failure; each further failure doubles it, up to the cap. */
    public static final Duration FIRST_PAUSE = Duration.ofSeconds(5);

    @Id
    @SequenceGenerator(name = "exchange_seq", sequenceName = "exchange_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_seq")
    private Long id;

    @Column(name = "handover_id", nullable = false, updatable = false)
    private long handoverId;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The last attempt's outcome in words: the receiver's reason, or what went wrong. */
    private String outcome;

    @Version
    private long version;

    protected Delivery() {
    }

    public Delivery(long handoverId, String messageId, long departmentId, Instant at) {
        this.handoverId = handoverId;
        this.messageId = Objects.requireNonNull(messageId);
        this.departmentId = departmentId;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = Objects.requireNonNull(at);
        this.createdAt = at;
    }

    /**
     * Counts an attempt and records how it ended; a failure sets the next try after a doubling pause. An
     * attempt that was under way when the delivery was withdrawn is counted and leaves it withdrawn.
     */
    public void attempted(int number, AttemptOutcome result, String detail, Instant at, Duration maxPause) {
        if (status != DeliveryStatus.PENDING && status != DeliveryStatus.WITHDRAWN) {
            throw new IllegalStateException("Delivery " + id + " is already " + status);
        }
        // The attempt's own number: one the platform did not live to complete counts too.
        attempts = Math.max(attempts + 1, number);
        if (status == DeliveryStatus.WITHDRAWN) {
            return;
        }
        outcome = clipped(detail);
        switch (result) {
            case RECEIVED -> finish(DeliveryStatus.DELIVERED, at);
            case REJECTED -> finish(DeliveryStatus.REJECTED, at);
            case FAILED -> nextAttemptAt = at.plus(pauseAfter(attempts, maxPause));
        }
    }

    /** Stops a pending delivery for good; answers whether there was one to stop. */
    public boolean withdraw(String reason, Instant at) {
        if (status != DeliveryStatus.PENDING) {
            return false;
        }
        outcome = clipped(reason);
        finish(DeliveryStatus.WITHDRAWN, at);
        return true;
    }

    private static String clipped(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    /** 5 s, 10 s, 20 s … doubling per failure, never more than {@code max}. */
    public static Duration pauseAfter(int failures, Duration max) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return pause.compareTo(max) > 0 ? max : pause;
    }

    private void finish(DeliveryStatus target, Instant at) {
        status = target;
        finishedAt = at;
    }

    public Long id() { return id; }
    public long handoverId() { return handoverId; }
    public String messageId() { return messageId; }
    public long departmentId() { return departmentId; }
    public DeliveryStatus status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant createdAt() { return createdAt; }
    public Instant finishedAt() { return finishedAt; }
    public String outcome() { return outcome; }
}
