package cn.gov.yingkou.sgpt.organisation.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemAccessCache.Facts;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemAccessCache.Versions;
import cn.gov.yingkou.sgpt.organisation.control.CredentialVault;
import cn.gov.yingkou.sgpt.organisation.control.Secrets;
import cn.gov.yingkou.sgpt.organisation.entity.SystemAccess;

/**
 * Authenticates external systems on SOAP (WS-Security UsernameToken, checked by WSS4J against the secret
 * this hands out) and REST (HTTP Basic or a bearer token), then admits them only on their registered
 * channels and from their registered addresses. Every refusal is audited, in its own transaction, with
 * the reason; the caller is told the same reason.
 */
@Stateless
public class SystemAuthentication {

    static final String RECORD_TYPE = "account";

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
        if (access.isEmpty() || access.get().status() != AccountStatus.ACTIVE
                || !Secrets.same(secret, vault.cipher().decrypt(access.get().secretCipher()))) {
            throw refuse(username, SystemChannel.REST, address, UNKNOWN);
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

    /** A request that carried no usable credentials at all, or whose WS-Security header failed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String username, SystemChannel channel, String address, String reason) {
        record(username, channel, address, reason);
    }

    private static final String UNKNOWN = "用户名或密钥不正确，或账号已停用 / Unknown system account, wrong secret, or account not active";

    private Caller admitted(Facts access, SystemChannel channel, String address) {
        String username = access.username();
        if (access.status() != AccountStatus.ACTIVE) {
            throw refuse(username, channel, address, UNKNOWN);
        }
        if (!access.channels().contains(channel)) {
            throw refuse(username, channel, address, "此账号未开通 " + channel + " 接口 / This account may not use the "
                    + channel + " interface");
        }
        boolean allowed = access.addresses().stream().anyMatch(r -> r.contains(address));
        if (!allowed) {
            throw refuse(username, channel, address, "来源地址 " + address + " 不在此账号的允许列表中 / Address " + address
                    + " is not on this account's allow-list");
        }
        return new Caller(username, access.kind(), access.roles(), access.operations(), access.department(),
                access.unitKind(), channel == SystemChannel.SOAP ? Channel.SOAP : Channel.REST, address);
    }

    private AuthenticationRefused refuse(String username, SystemChannel channel, String address, String reason) {
        context.getBusinessObject(SystemAuthentication.class).refused(username, channel, address, reason);
        return new AuthenticationRefused(reason);
    }

    private void record(String username, SystemChannel channel, String address, String reason) {
        String name = username == null || username.isBlank() ? "(none)" : username.strip();
        name = name.length() > 64 ? name.substring(0, 64) : name;
        Actor actor = new Actor(name, channel == SystemChannel.SOAP ? Channel.SOAP : Channel.REST, address);
        audit.record(actor, "auth.refused", RECORD_TYPE, name, reason);
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
            throw new IllegalStateException("The system account could not be read", e);
        }
    }
}
