package cn.gov.yingkou.sgpt.organisation.entity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.yingkou.sgpt.organisation.boundary.AccountKind;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.Operation;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemChannel;

/**
 * The registry entry of an external system (Art 14): its encrypted shared secret, its bearer token's hash,
 * and what it may use — channels, operations and the addresses it connects from. An empty address list
 * admits no address at all.
 */
@Entity
@Table(name = "org_system_access")
@NamedQuery(name = "SystemAccess.findByUsername",
        query = "select s from SystemAccess s join s.account a where a.username = :username")
@NamedQuery(name = "SystemAccess.findByTokenHash",
        query = "select s from SystemAccess s where s.tokenHash = :hash")
// The version moves on so that the cached facts of the account are read again.
@NamedQuery(name = "SystemAccess.credentialsAccepted", query = "update SystemAccess s set s.failedAuths = 0, "
        + "s.version = s.version + 1 where s.id = :account and s.failedAuths > 0")
public class SystemAccess {

    @Id
    @Column(name = "account_id")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "secret_cipher", nullable = false)
    private String secretCipher;

    @Column(name = "secret_set_at", nullable = false)
    private Instant secretSetAt;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "token_issued_at")
    private Instant tokenIssuedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_system_channel", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "channel", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<SystemChannel> channels = EnumSet.noneOf(SystemChannel.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_system_operation", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "operation", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Operation> operations = EnumSet.noneOf(Operation.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_system_address", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "address_range", nullable = false)
    private Set<String> addresses = new LinkedHashSet<>();

    /** Other units' approval bureaus this system may act for, besides its own department. */
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "org_system_acts_for", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> actsFor = new LinkedHashSet<>();

    @Column(name = "failed_auths", nullable = false)
    private int failedAuths;

    @Column(name = "cooldown_until")
    private Instant cooldownUntil;

    @Version
    private long version;

    protected SystemAccess() {
    }

    public SystemAccess(Account account, String secretCipher, Instant now) {
        if (account.kind() != AccountKind.SYSTEM) {
            throw new IllegalArgumentException("Only a system account has system access");
        }
        this.account = account;
        this.secretCipher = Objects.requireNonNull(secretCipher);
        this.secretSetAt = now;
    }

    public void grant(Set<SystemChannel> channels, Set<Operation> operations, Set<String> addresses) {
        this.channels.clear();
        this.channels.addAll(channels);
        this.operations.clear();
        this.operations.addAll(operations);
        this.addresses.clear();
        this.addresses.addAll(addresses);
    }

    public void replaceSecret(String secretCipher, Instant now) {
        this.secretCipher = Objects.requireNonNull(secretCipher);
        this.secretSetAt = now;
    }

    public void replaceToken(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.tokenIssuedAt = tokenHash == null ? null : now;
    }

    /**
     * The approval bureaus of other units this system may act for (the provincial platform's front-end machine serving
     * several units): only a system of an approval bureau, only for approval bureaus.
     */
    public void actFor(Set<Department> bureaus) {
        boolean bureauSystem = account.department().role() == DepartmentRole.APPROVAL_BUREAU;
        for (Department bureau : bureaus) {
            if (!bureauSystem || bureau.role() != DepartmentRole.APPROVAL_BUREAU || bureau.equals(account.department())) {
                throw new IllegalArgumentException("只有行政审批部门的系统可代其他单位的行政审批部门办理：" + bureau.code()
                        + " / Only an approval bureau's system may act for other units' approval bureaus: " + bureau.code());
            }
        }
        actsFor.clear();
        actsFor.addAll(bureaus);
    }

    public Set<Department> actsFor() {
        return Set.copyOf(actsFor);
    }

    /**
     * Credentials refused from an address the system may call from. The {@code limit}-th refusal in a row starts a
     * cool-down until {@code until}; returns true then. Refusals while it cools down do not count.
     */
    public boolean credentialsRefused(int limit, Instant now, Instant until) {
        if (coolingDown(now)) {
            return false;
        }
        failedAuths++;
        if (failedAuths < limit) {
            return false;
        }
        failedAuths = 0;
        cooldownUntil = until;
        return true;
    }

    /** An administrator lets the system in again before its cool-down ends. */
    public void liftCooldown(Instant now) {
        if (!coolingDown(now)) {
            throw new IllegalStateException("此系统账号未在冷却中 / This system account is not cooling down");
        }
        cooldownUntil = null;
        failedAuths = 0;
    }

    public boolean coolingDown(Instant now) {
        return cooldownUntil != null && now.isBefore(cooldownUntil);
    }

    public Instant cooldownUntil() {
        return cooldownUntil;
    }

    public int failedAuths() {
        return failedAuths;
    }

    public Account account() {
        return account;
    }

    public String secretCipher() {
        return secretCipher;
    }

    public Instant secretSetAt() {
        return secretSetAt;
    }

    public boolean hasToken() {
        return tokenHash != null;
    }

    public Instant tokenIssuedAt() {
        return tokenIssuedAt;
    }

    public Set<SystemChannel> channels() {
        return channels.isEmpty() ? EnumSet.noneOf(SystemChannel.class) : EnumSet.copyOf(channels);
    }

    public Set<Operation> operations() {
        return operations.isEmpty() ? EnumSet.noneOf(Operation.class) : EnumSet.copyOf(operations);
    }

    public Set<String> addresses() {
        return new LinkedHashSet<>(addresses);
    }
}
