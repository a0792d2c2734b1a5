package cn.gov.yingkou.sgpt.exchange.entity;

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

/**
 * One call to an industry system, kept for good: when, where, and how it ended. It is written before the call
 * (UNDER_WAY) and completed after it, so a call the platform did not live to hear the answer of is still on record.
 */
@Entity
@Table(name = "exchange_delivery_attempt")
@NamedQuery(name = "DeliveryAttempt.forget", query = "delete from DeliveryAttempt a where a.id in :ids "
        + "and a.outcome = cn.gov.yingkou.sgpt.exchange.entity.AttemptOutcome.UNDER_WAY")
@NamedQuery(name = "DeliveryAttempt.ofDelivery", query = "select a from DeliveryAttempt a where a.deliveryId = :delivery "
        + "order by a.number")
public class DeliveryAttempt {

    @Id
    @SequenceGenerator(name = "exchange_seq", sequenceName = "exchange_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_seq")
    private Long id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private long deliveryId;

    @Column(name = "attempt_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "endpoint_url", nullable = false, updatable = false)
    private String endpointUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttemptOutcome outcome;

    private String detail;

    protected DeliveryAttempt() {
    }

    /** An attempt about to be made. */
    public DeliveryAttempt(long deliveryId, int number, Instant startedAt, String endpointUrl) {
        this.deliveryId = deliveryId;
        this.number = number;
        this.startedAt = Objects.requireNonNull(startedAt);
        this.endpointUrl = Objects.requireNonNull(endpointUrl);
        this.outcome = AttemptOutcome.UNDER_WAY;
    }

    /** The call made at {@code calledAt} (the attempt is written a little before) came back (or failed) at {@code at}. */
    public void ended(AttemptOutcome result, String what, Instant calledAt, Instant at) {
        if (result == AttemptOutcome.UNDER_WAY || result == AttemptOutcome.UNKNOWN) {
            throw new IllegalArgumentException("An attempt ends received, rejected or failed");
        }
        this.outcome = result;
        this.startedAt = Objects.requireNonNull(calledAt);
        this.endedAt = Objects.requireNonNull(at);
        this.detail = what == null ? null : what.length() > 2000 ? what.substring(0, 2000) : what;
    }

    /** Found under way by a later attempt: the process that made the call stopped before it heard the answer. */
    public void interrupted() {
        if (outcome == AttemptOutcome.UNDER_WAY) {
            outcome = AttemptOutcome.UNKNOWN;
            detail = "平台在调用前后停止，未收到应答；对方可能已收到（重复投递以同一消息编号） / The platform stopped about the "
                    + "time of the call and heard no answer; the receiver may have it (a repeat carries the same message id)";
        }
    }

    public long id() { return id; }
    public long deliveryId() { return deliveryId; }
    public int number() { return number; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
    public String endpointUrl() { return endpointUrl; }
    public AttemptOutcome outcome() { return outcome; }
    public String detail() { return detail; }
}
