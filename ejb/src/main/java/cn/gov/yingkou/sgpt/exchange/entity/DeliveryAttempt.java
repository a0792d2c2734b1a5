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

/** One call to an industry system, kept for good: when, where, and how it ended. */
@Entity
@Table(name = "exchange_delivery_attempt")
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

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false, updatable = false)
    private Instant endedAt;

    @Column(name = "endpoint_url", nullable = false, updatable = false)
    private String endpointUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AttemptOutcome outcome;

    @Column(updatable = false)
    private String detail;

    protected DeliveryAttempt() {
    }

    public DeliveryAttempt(long deliveryId, int number, Instant startedAt, Instant endedAt, String endpointUrl,
            AttemptOutcome outcome, String detail) {
        this.deliveryId = deliveryId;
        this.number = number;
        this.startedAt = Objects.requireNonNull(startedAt);
        this.endedAt = Objects.requireNonNull(endedAt);
        this.endpointUrl = Objects.requireNonNull(endpointUrl);
        this.outcome = Objects.requireNonNull(outcome);
        this.detail = detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
    }

    public long deliveryId() { return deliveryId; }
    public int number() { return number; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
    public String endpointUrl() { return endpointUrl; }
    public AttemptOutcome outcome() { return outcome; }
    public String detail() { return detail; }
}
