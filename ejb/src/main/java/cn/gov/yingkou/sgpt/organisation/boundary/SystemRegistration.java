package cn.gov.yingkou.sgpt.organisation.boundary;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.EntityManager;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.organisation.control.AddressRange;
import cn.gov.yingkou.sgpt.organisation.control.CredentialCipher;
import cn.gov.yingkou.sgpt.organisation.control.Secrets;
import cn.gov.yingkou.sgpt.organisation.entity.Account;
import cn.gov.yingkou.sgpt.organisation.entity.Department;
import cn.gov.yingkou.sgpt.organisation.entity.SystemAccess;

/** Writing a system account and its registry entry, for the administrators' screen and for seeding alike. */
final class SystemRegistration {

    /** A system account never logs in to the portal: its password column holds no valid hash. */
    static final String NO_PORTAL_LOGIN = "!system-account";

    private SystemRegistration() {
    }

    static void register(EntityManager em, CredentialCipher cipher, AuditTrail audit, Department department,
            String username, String displayName, String secret, Set<SystemChannel> channels,
            Set<Operation> operations, Set<String> addresses, Actor actor) {
        Secrets.checkSecret(secret);
        String name = Accounts.checkUsername(em, username);
        Account account = new Account(name, displayName, department, AccountKind.SYSTEM, NO_PORTAL_LOGIN,
                EnumSet.of(Role.SYSTEM), Instant.now());
        em.persist(account);
        SystemAccess access = new SystemAccess(account, cipher.encrypt(secret), Instant.now());
        access.grant(channels, operations, canonical(addresses));
        em.persist(access);
        audit.record(actor, "system.create", OrganisationAdministration.ACCOUNT, name, account.displayName() + " for "
                + department.code() + "; " + describe(access));
    }

    static Set<String> canonical(Set<String> addresses) {
        Set<String> out = new LinkedHashSet<>();
        for (String address : addresses) {
            if (address != null && !address.isBlank()) {
                out.add(AddressRange.parse(address).toString());
            }
        }
        return out;
    }

    static String describe(SystemAccess access) {
        return "channels=" + access.channels() + ", operations=" + access.operations() + ", addresses="
                + access.addresses();
    }
}
