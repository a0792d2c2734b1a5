package cn.gov.yingkou.sgpt.licensing.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;

/**
 * Who an application is from and a licence is held by: an organisation or a person by its verified identifier and its
 * name. The application's columns are applicant_*, the licence's holder_*.
 */
@Embeddable
public class Party {

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false, updatable = false)
    private ApplicantKind kind;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private String identifier;

    @Column(name = "applicant_name", nullable = false, updatable = false)
    private String name;

    protected Party() {
    }

    public Party(ApplicantKind kind, String identifier, String name) {
        this.kind = Objects.requireNonNull(kind);
        this.identifier = Objects.requireNonNull(identifier);
        this.name = Objects.requireNonNull(name);
    }

    public ApplicantKind kind() { return kind; }
    public String identifier() { return identifier; }
    public String name() { return name; }
}
