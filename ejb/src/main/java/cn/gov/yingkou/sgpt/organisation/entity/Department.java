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

import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;

/** A department of one unit, with the role it plays on the platform (DESIGN.md §1). */
@Entity
@Cacheable
@Table(name = "org_department")
@NamedQuery(name = "Department.findByCode", query = "select d from Department d where d.code = :code")
@NamedQuery(name = "Department.allIncludingInactive", query = "select d from Department d join fetch d.unit "
        + "order by d.unit.code, d.code")
@NamedQuery(name = "Department.ofUnitWithRole", query = "select d from Department d join fetch d.unit "
        + "where d.unit.id = :unit and d.role = :role and d.active = true order by d.code")
@NamedQuery(name = "Department.all", query = "select d from Department d join fetch d.unit where d.active = true "
        + "order by d.unit.code, d.code")
public class Department {

    @Id
    @SequenceGenerator(name = "org_seq", sequenceName = "org_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private AdministrativeUnit unit;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DepartmentRole role;

    /** The industry a competent department supervises (行业), e.g. 市场监管; empty for other roles. */
    private String industry;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Department() {
    }

    public Department(AdministrativeUnit unit, String code, String nameZh, String nameEn, DepartmentRole role,
            String industry) {
        this.unit = Objects.requireNonNull(unit);
        this.code = Objects.requireNonNull(code);
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.role = Objects.requireNonNull(role);
        this.industry = industry;
        this.active = true;
        if (!code.matches("[0-9A-Za-z][0-9A-Za-z-]{1,39}")) {
            throw new IllegalArgumentException("部门编码只能由字母、数字和连字符组成（2至40位） / A department code is 2 to 40 "
                    + "letters, digits and hyphens");
        }
        revise(nameZh, nameEn, role, industry, true);
    }

    public Long id() {
        return id;
    }

    public AdministrativeUnit unit() {
        return unit;
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

    public DepartmentRole role() {
        return role;
    }

    public String industry() {
        return industry;
    }

    public boolean active() {
        return active;
    }

    /** Names, role and industry as an administrator corrects them; the code and unit never change. */
    public void revise(String nameZh, String nameEn, DepartmentRole role, String industry, boolean active) {
        if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("部门中英文名称不能为空 / The department needs a Chinese and an English name");
        }
        if (role == DepartmentRole.COMPETENT_DEPARTMENT && (industry == null || industry.isBlank())) {
            throw new IllegalArgumentException("行业主管部门须填写所管行业 / A competent department must name its industry");
        }
        this.nameZh = nameZh.strip();
        this.nameEn = nameEn.strip();
        this.role = Objects.requireNonNull(role);
        this.industry = role == DepartmentRole.COMPETENT_DEPARTMENT ? industry.strip() : null;
        this.active = active;
    }
}
