package cn.gov.yingkou.sgpt.duty.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import cn.gov.yingkou.sgpt.duty.boundary.PauseReason;

/** A stretch of time that does not count towards a duty's limit, with its reason. */
@Entity
@Table(name = "duty_pause")
public class DutyPause {

    @Id
    @SequenceGenerator(name = "duty_seq", sequenceName = "duty_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PauseReason reason;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(updatable = false)
    private String note;

    protected DutyPause() {
    }

    DutyPause(PauseReason reason, Instant startedAt, String note) {
        this.reason = reason;
        this.startedAt = startedAt;
        this.note = note;
    }

    void end(Instant at) {
        this.endedAt = at;
    }

    public PauseReason reason() {
        return reason;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String note() {
        return note;
    }
}
