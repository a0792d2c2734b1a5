package cn.gov.yingkou.sgpt.licensing.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * What an application and a licence have in common as records of the register: a key from the licensing sequence, a
 * number given once (its column named by each), when it last changed (for reads of changes since a time) and an
 * optimistic-lock version.
 */
@MappedSuperclass
public abstract class NumberedRecord {

    private static final String UNNUMBERED = "~";

    @Id
    @SequenceGenerator(name = "licensing_seq", sequenceName = "licensing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licensing_seq")
    private Long id;

    /** Until numbered a placeholder: the insert happens before the key is known to the number. */
    @Column(name = "number", nullable = false, unique = true)
    private String number = UNNUMBERED + UUID.randomUUID();

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected NumberedRecord() {
    }

    protected NumberedRecord(Instant changedAt) {
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    /** Gives the number once; {@code refusal} says why a second one is refused. */
    protected void number(String given, String refusal) {
        if (numbered()) {
            throw new IllegalStateException(refusal);
        }
        number = Objects.requireNonNull(given);
    }

    protected boolean numbered() {
        return !number.startsWith(UNNUMBERED);
    }

    protected void changed(Instant at) {
        changedAt = Objects.requireNonNull(at);
    }

    public Long id() { return id; }
    public String number() { return number; }
    public Instant changedAt() { return changedAt; }
}
