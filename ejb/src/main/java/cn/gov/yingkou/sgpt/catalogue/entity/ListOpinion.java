package cn.gov.yingkou.sgpt.catalogue.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A department's opinion on a draft of the item list (Art 7: the list is drafted from them). */
@Entity
@Table(name = "catalogue_list_opinion")
@NamedQuery(name = "ListOpinion.ofVersion", query = "select o from ListOpinion o where o.listVersionId = :version "
        + "order by o.submittedAt")
public class ListOpinion {

    @Id
    @SequenceGenerator(name = "catalogue_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @Column(name = "list_version_id", nullable = false, updatable = false)
    private long listVersionId;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Column(nullable = false, updatable = false)
    private String opinion;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    protected ListOpinion() {
    }

    public ListOpinion(long listVersionId, long departmentId, String opinion, String by, Instant at) {
        if (opinion == null || opinion.isBlank() || opinion.strip().length() > 4000) {
            throw new IllegalArgumentException("意见须为1至4000字 / An opinion must be 1 to 4000 characters");
        }
        this.listVersionId = listVersionId;
        this.departmentId = departmentId;
        this.opinion = opinion.strip();
        this.submittedBy = Objects.requireNonNull(by);
        this.submittedAt = Objects.requireNonNull(at);
    }

    public long departmentId() { return departmentId; }
    public String opinion() { return opinion; }
    public Instant submittedAt() { return submittedAt; }
    public String submittedBy() { return submittedBy; }
}
