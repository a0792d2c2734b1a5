package cn.gov.yingkou.sgpt.organisation.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.organisation.control.PasswordHasher;
import cn.gov.yingkou.sgpt.organisation.entity.Account;

/**
 * What happens around signing in and out, and changing one's password. The server's security domain checks
 * the password at login; this records the outcome: every attempt is audited, and after {@value #LOCK_AFTER}
 * refusals in a row the account is locked (the domain authenticates ACTIVE accounts only) until an
 * administrator unlocks it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccountSessions {

    public static final int LOCK_AFTER = 5;
    static final String RECORD_TYPE = "account";

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    AuditTrail audit;

    public void succeeded(String username, Channel channel, String address) {
        Account account = find(username);
        if (account != null) {
            account.loginSucceeded();
        }
        audit.record(new Actor(username, channel, address), "login", RECORD_TYPE, username, null);
    }

    /** Records a refused attempt; returns true when this attempt locked the account. */
    public boolean failed(String username, Channel channel, String address) {
        String name = username == null ? "" : username.strip();
        if (name.length() > 64) {
            name = name.substring(0, 64);
        }
        Actor actor = new Actor(name.isEmpty() ? "(blank)" : name, channel, address);
        Account account = find(name);
        if (account == null || account.kind() == AccountKind.SYSTEM || account.status() != AccountStatus.ACTIVE) {
            // The security domain had no hash to check for these and answered at once; a known name must not be told
            // from an unknown one by how long the refusal took.
            PasswordHasher.checkAgainstDecoy();
        }
        if (account == null) {
            audit.record(actor, "login.failed", RECORD_TYPE, actor.username(), "no such account",
                    AuditFacts.of("why", "NO_ACCOUNT"));
            return false;
        }
        if (account.kind() == AccountKind.SYSTEM) {
            // Systems never sign in to the portal; counting guesses at their names here would let anyone who reaches
            // the login page shut an integration out.
            audit.record(actor, "login.failed", RECORD_TYPE, name, "a system account does not sign in to the portal",
                    AuditFacts.of("why", "SYSTEM_ACCOUNT"));
            return false;
        }
        boolean locked = account.loginFailed(LOCK_AFTER);
        audit.record(actor, "login.failed", RECORD_TYPE, name, "refusal " + account.failedLogins() + " in a row",
                AuditFacts.of("why", "WRONG_PASSWORD").with("count", account.failedLogins()));
        if (locked) {
            audit.record(actor, "account.locked", RECORD_TYPE, name, "after " + LOCK_AFTER + " refused logins",
                    AuditFacts.of("count", LOCK_AFTER));
        }
        return locked;
    }

    public void signedOut(String username, Channel channel, String address) {
        audit.record(new Actor(username, channel, address), "logout", RECORD_TYPE, username, null);
    }

    /** Replaces the password after checking the current one; refuses a weak or unchanged new password. */
    public void changePassword(String username, char[] current, char[] replacement, Channel channel, String address) {
        Account account = find(username);
        if (account == null || current == null || !PasswordHasher.matches(current, account.passwordHash())) {
            throw new IllegalArgumentException("当前密码不正确 / The current password is wrong");
        }
        if (replacement != null && java.util.Arrays.equals(current, replacement)) {
            throw new IllegalArgumentException("新密码不能与当前密码相同 / The new password must differ from the current one");
        }
        account.changePasswordHash(PasswordHasher.hash(replacement));
        audit.record(new Actor(username, channel, address), "password.change", RECORD_TYPE, username, null);
    }

    private Account find(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }
}
