package cn.gov.yingkou.sgpt.licensing.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A material the bureau holds for an application: handed in with it, or supplemented afterwards, and when. */
@Embeddable
public class HeldMaterial {

    @Column(name = "material", nullable = false)
    private String name;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private boolean supplemented;

    protected HeldMaterial() {
    }

    HeldMaterial(String name, Instant receivedAt, boolean supplemented) {
        this.name = Objects.requireNonNull(name);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.supplemented = supplemented;
    }

    public String name() { return name; }
    public Instant receivedAt() { return receivedAt; }
    public boolean supplemented() { return supplemented; }
}
