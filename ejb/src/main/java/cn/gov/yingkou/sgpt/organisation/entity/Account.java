package cn.gov.yingkou.sgpt.organisation.entity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

import cn.gov.yingkou.sgpt.organisation.boundary.AccountKind;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountStatus;
import cn.gov.yingkou.sgpt.organisation.boundary.Role;

/**
 * Someone or something that logs in: a person of one department, or an external system acting for one
 * department. The server authenticates against this table directly (Elytron jdbc-realm), so the password
 * is stored only as a bcrypt modular-crypt string.
 */
@Entity
@Table(name = "org_account")
@NamedQuery(name = "Account.findByUsername",
        query = "select a from Account a join fetch a.department where a.username = :username")
@NamedQuery(name = "Account.countAdministrators", query = "select count(a) from Account a join a.roles r "
        + "where r = cn.gov.yingkou.sgpt.organisation.boundary.Role.ADMINISTRATOR")
@NamedQuery(name = "Account.liaisonOfficers", query = "select a from Account a join a.roles r "
        + "where r = :role and a.status = :active order by a.department.code, a.username")
public class Account {

    @Id
    @SequenceGenerator(name = "org_seq", sequenceName = "org_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AccountKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    private String phone;

    private String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, Department department, AccountKind kind,
            String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.department = Objects.requireNonNull(department);
        this.kind = Objects.requireNonNull(kind);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = AccountStatus.ACTIVE;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        rename(displayName);
    }

    /** A refused login; the account locks when the refusals in a row reach the limit. Returns true if it locked now. */
    public boolean loginFailed(int lockAfter) {
        failedLogins++;
        if (status == AccountStatus.ACTIVE && failedLogins >= lockAfter) {
            status = AccountStatus.LOCKED;
            return true;
        }
        return false;
    }

    public void loginSucceeded() {
        failedLogins = 0;
    }

    /** Phone and e-mail, each optional; a malformed one is refused. */
    public void setContact(String phone, String email) {
        if (phone != null && !phone.matches("[0-9+\\- ]{5,30}") || email != null && !email.matches("[^@\\s]{1,64}@[^@\\s]{1,35}")) {
            throw new IllegalArgumentException("电话或电子邮箱格式不正确 / The phone number or e-mail address is malformed");
        }
        this.phone = phone;
        this.email = email;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    /** The person chose this password; the administrator's temporary one, if any, is gone. */
    public void changePasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash);
        this.mustChangePassword = false;
    }

    /** An administrator set a temporary password: the person must replace it at the next login. */
    public void resetPasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash);
        this.mustChangePassword = true;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public void rename(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            throw new IllegalArgumentException("姓名或名称不能为空且不超过100字 / The display name must be 1 to 100 characters");
        }
        this.displayName = displayName.strip();
    }

    public void assignRoles(Set<Role> roles) {
        if (kind == AccountKind.PERSON && (roles.isEmpty() || roles.contains(Role.SYSTEM))) {
            throw new IllegalArgumentException("请为人员至少选择一个角色（不能是系统角色） / "
                    + "A person needs at least one role, and not the system role");
        }
        this.roles = EnumSet.copyOf(roles);
    }

    public void moveTo(Department department) {
        this.department = Objects.requireNonNull(department);
    }

    /** An administrator lets a locked account in again; the count of refusals starts over. */
    public void unlock() {
        if (status != AccountStatus.LOCKED) {
            throw new IllegalStateException("账号未被锁定 / The account is not locked");
        }
        status = AccountStatus.ACTIVE;
        failedLogins = 0;
    }

    public void disable() {
        if (status == AccountStatus.DISABLED) {
            throw new IllegalStateException("账号已停用 / The account is already disabled");
        }
        status = AccountStatus.DISABLED;
    }

    public void enable() {
        if (status != AccountStatus.DISABLED) {
            throw new IllegalStateException("账号未停用 / The account is not disabled");
        }
        status = AccountStatus.ACTIVE;
        failedLogins = 0;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Department department() {
        return department;
    }

    public AccountKind kind() {
        return kind;
    }

    public AccountStatus status() {
        return status;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
