package cn.gov.yingkou.sgpt.organisation.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemAccessCache.Facts;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemAccessCache.Versions;
import cn.gov.yingkou.sgpt.organisation.control.CredentialVault;
import cn.gov.yingkou.sgpt.organisation.control.Secrets;
import cn.gov.yingkou.sgpt.organisation.entity.SystemAccess;
import cn.gov.yingkou.sgpt.shared.Beijing;

/**
 * Authenticates external systems on SOAP (WS-Security UsernameToken, checked by WSS4J against the secret
 * this hands out) and REST (HTTP Basic or a bearer token), then admits them only on their registered
 * channels and from their registered addresses. Every refusal is audited, in its own transaction, with
 * the reason; the caller is told the same reason. After {@value #REFUSALS_BEFORE_COOLDOWN} refused credentials in a
 * row from an address the system may call from, the account cools down for {@value #COOLDOWN_MINUTES} minutes (every
 * call refused) unless an administrator lifts it; refusals from other addresses cannot shut a system out.
 */
@Stateless
public class SystemAuthentication {

    static final String RECORD_TYPE = "account";
    public static final int REFUSALS_BEFORE_COOLDOWN = 10;
    public static final int COOLDOWN_MINUTES = 15;

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    CredentialVault vault;

    @EJB
    SystemAccessCache cache;

    @Resource
    SessionContext context;

    @Resource(lookup = "java:jboss/datasources/SgptDS")
    DataSource dataSource;

    /** An active system account as a SOAP call presents it: the shared secret WS-Security checks the token with. */
    public record TokenAccount(String secret, Facts facts) {
        @Override
        public String toString() {
            return "TokenAccount[" + facts.username() + "]";
        }
    }

    /**
     * The account of an active system, for WS-Security to check a text or digest password against its secret.
     * Outside a transaction: a cached account costs one indexed row read, without a transaction around it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<TokenAccount> tokenAccount(String username) {
        return access(username).filter(s -> s.status() == AccountStatus.ACTIVE)
                .map(s -> new TokenAccount(vault.cipher().decrypt(s.secretCipher()), s));
    }

    /**
     * After WS-Security accepted the token checked against {@code account} (read in the same request, so not read
     * again): the caller, if this system may use the channel from the address. It reads nothing, so it runs
     * outside a transaction; a refusal is audited in one of its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Caller admit(TokenAccount account, SystemChannel channel, String address) {
        return admitted(account.facts(), channel, address);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Caller basic(String username, String secret, String address) {
        Optional<Facts> access = access(username);
        if (access.isEmpty() || access.get().status() != AccountStatus.ACTIVE) {
            throw refuse(username, SystemChannel.REST, address, UNKNOWN);
        }
        if (access.get().coolingDown(Instant.now())) {
            throw refuse(username, SystemChannel.REST, address, coolingDown(access.get()));
        }
        if (!Secrets.same(secret, vault.cipher().decrypt(access.get().secretCipher()))) {
            context.getBusinessObject(SystemAuthentication.class).credentialsRefused(username, SystemChannel.REST, address,
                    UNKNOWN);
            throw new AuthenticationRefused(UNKNOWN);
        }
        return admitted(access.get(), SystemChannel.REST, address);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Caller bearer(String token, String address) {
        SystemAccess access = token == null ? null : em.createNamedQuery("SystemAccess.findByTokenHash", SystemAccess.class)
                .setParameter("hash", Secrets.tokenHash(token)).getResultStream().findFirst().orElse(null);
        if (access == null) {
            throw refuse("(bearer token)", SystemChannel.REST, address,
                    "令牌无效或已被撤销 / The bearer token is unknown or was revoked");
        }
        return admitted(Facts.of(access, new Versions(0, 0, 0)), SystemChannel.REST, address);
    }

    /** A request that carried no usable credentials at all, or was refused for something other than its secret. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String username, SystemChannel channel, String address, String reason) {
        record(username, channel, address, reason);
    }

    /**
     * Credentials given for {@code username} were refused (a wrong secret, a bad or replayed token): audited, and
     * counted towards a cool-down when they came from an address the system may call from.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void credentialsRefused(String username, SystemChannel channel, String address, String reason) {
        record(username, channel, address, reason);
        Optional<Facts> facts = access(username);
        if (facts.isEmpty() || !facts.get().mayCallFrom(address)) {
            return;
        }
        // Locked first: refusals arriving together are counted one after the other, none lost and none failing.
        SystemAccess access = em.find(SystemAccess.class, facts.get().accountId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (access.credentialsRefused(REFUSALS_BEFORE_COOLDOWN, now, now.plus(COOLDOWN_MINUTES, ChronoUnit.MINUTES))) {
            audit.record(actor(username, channel, address), "system.cooldown", RECORD_TYPE, facts.get().username(), "after "
                    + REFUSALS_BEFORE_COOLDOWN + " refused credentials in a row from allowed addresses, until "
                    + access.cooldownUntil());
        }
    }

    /**
     * The credentials were right after earlier refusals: those refusals no longer count. One statement, so that the
     * many calls a system makes at once after a refusal all succeed (the first resets, the rest find nothing to do).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void credentialsAccepted(long accountId) {
        em.createNamedQuery("SystemAccess.credentialsAccepted").setParameter("account", accountId).executeUpdate();
    }

    private static final String UNKNOWN = "用户名或密钥不正确，或账号已停用 / Unknown system account, wrong secret, or account not active";

    private Caller admitted(Facts access, SystemChannel channel, String address) {
        String username = access.username();
        if (access.status() != AccountStatus.ACTIVE) {
            throw refuse(username, channel, address, UNKNOWN);
        }
        if (access.coolingDown(Instant.now())) {
            throw refuse(username, channel, address, coolingDown(access));
        }
        if (!access.channels().contains(channel)) {
            throw refuse(username, channel, address, "此账号未开通 " + channel + " 接口 / This account may not use the "
                    + channel + " interface");
        }
        if (!access.mayCallFrom(address)) {
            throw refuse(username, channel, address, "来源地址 " + address + " 不在此账号的允许列表中 / Address " + address
                    + " is not on this account's allow-list");
        }
        if (access.failedAuths() > 0) {
            context.getBusinessObject(SystemAuthentication.class).credentialsAccepted(access.accountId());
        }
        return new Caller(username, access.kind(), access.roles(), access.operations(), access.department(),
                access.unitKind(), channel == SystemChannel.SOAP ? Channel.SOAP : Channel.REST, address, access.actsFor());
    }

    private AuthenticationRefused refuse(String username, SystemChannel channel, String address, String reason) {
        context.getBusinessObject(SystemAuthentication.class).refused(username, channel, address, reason);
        return new AuthenticationRefused(reason);
    }

    private static String coolingDown(Facts access) {
        String until = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE).format(access.cooldownUntil());
        return "凭据连续被拒，账号冷却至 " + until + "（北京时间），或由管理员解除 / Credentials were refused too often: the account "
                + "is cooling down until " + until + " Beijing time, or until an administrator lifts it";
    }

    private void record(String username, SystemChannel channel, String address, String reason) {
        Actor actor = actor(username, channel, address);
        audit.record(actor, "auth.refused", RECORD_TYPE, actor.username(), reason);
    }

    private static Actor actor(String username, SystemChannel channel, String address) {
        String name = username == null || username.isBlank() ? "(none)" : username.strip();
        name = name.length() > 64 ? name.substring(0, 64) : name;
        return new Actor(name, channel == SystemChannel.SOAP ? Channel.SOAP : Channel.REST, address);
    }

    /**
     * The account's facts: from the cache while its versions are unchanged (one row read), otherwise loaded
     * afresh. Every call reads it once (SOAP: when WS-Security asks for the secret).
     */
    private Optional<Facts> access(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String name = username.strip();
        return versions(name).flatMap(versions -> cache.current(name, versions).or(() -> cache.load(name, versions)));
    }

    private Optional<Versions> versions(String username) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement read = db.prepareStatement("select a.version, s.version, d.version from org_account a "
                        + "join org_system_access s on s.account_id = a.id join org_department d on d.id = a.department_id "
                        + "where a.username = ?")) {
            read.setString(1, username);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? Optional.of(new Versions(row.getLong(1), row.getLong(2), row.getLong(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            // Not an IllegalStateException: that is a refusal for the record's state, and this is the database failing.
            throw new PersistenceException("The system account could not be read", e);
        }
    }
}
