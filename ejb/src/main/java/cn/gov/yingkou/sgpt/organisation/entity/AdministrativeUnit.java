package cn.gov.yingkou.sgpt.organisation.entity;

import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.yingkou.sgpt.organisation.boundary.UnitKind;

/**
 * A unit of the shared deployment (行政区划/单位): the city level or a county-level unit, identified by its
 * administrative division code. Every department, and through it every record, belongs to one unit.
 */
@Entity
@Cacheable
@Table(name = "org_unit")
@NamedQuery(name = "AdministrativeUnit.all", query = "select u from AdministrativeUnit u order by u.code")
@NamedQuery(name = "AdministrativeUnit.findByCode", query = "select u from AdministrativeUnit u where u.code = :code")
public class AdministrativeUnit {

    @Id
    @SequenceGenerator(name = "org_seq", sequenceName = "org_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AdministrativeUnit parent;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected AdministrativeUnit() {
    }

    public AdministrativeUnit(String code, String nameZh, String nameEn, UnitKind kind, AdministrativeUnit parent) {
        this.code = Objects.requireNonNull(code);
        this.kind = Objects.requireNonNull(kind);
        this.parent = parent;
        this.active = true;
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public UnitKind kind() {
        return kind;
    }

    public boolean active() {
        return active;
    }

    /** Zones join the platform when their government decides (Art 2 ¶2); the city and counties always take part. */
    public void switchTo(boolean active) {
        if (kind == UnitKind.CITY || kind == UnitKind.COUNTY) {
            throw new IllegalStateException("市本级和县级单位不能停用 / The city level and county-level units cannot be switched off");
        }
        this.active = active;
    }

    public AdministrativeUnit parent() {
        return parent;
    }
}
