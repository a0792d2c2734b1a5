package cn.gov.yingkou.sgpt.organisation.boundary;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.IssuedCredential;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.SystemView;
import cn.gov.yingkou.sgpt.organisation.control.CredentialVault;
import cn.gov.yingkou.sgpt.organisation.control.Secrets;
import cn.gov.yingkou.sgpt.organisation.entity.Department;
import cn.gov.yingkou.sgpt.organisation.entity.SystemAccess;

/**
 * The registry of external systems (Art 14): each acts for exactly one department, through the channels
 * and operations registered for it, from its registered addresses. Secrets and tokens are generated here and
 * shown once.
 */
@Stateless
public class SystemAccounts {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    CredentialVault vault;

    public List<SystemView> list(Caller caller) {
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(caller.unitId()));
        return em.createQuery("select s from SystemAccess s join s.account a order by a.department.unit.code, a.username",
                SystemAccess.class).getResultStream()
                .filter(s -> caller.unitKind() == UnitKind.CITY || s.account().department().unit().id() == caller.unitId())
                .map(SystemView::of).toList();
    }

    /** Registers a system for one department; the answer carries its generated shared secret, shown once. */
    public IssuedCredential create(Caller caller, String departmentCode, String username, String displayName,
            Set<SystemChannel> channels, Set<Operation> operations, Set<String> addresses) {
        Department department = department(departmentCode);
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(department.unit().id()));
        String secret = Secrets.newSecret();
        SystemRegistration.register(em, vault.cipher(), audit, department, username, displayName, secret, channels,
                operations, addresses, caller.actor());
        return new IssuedCredential(username.strip(), secret);
    }

    public SystemView grant(Caller caller, String username, Set<SystemChannel> channels, Set<Operation> operations,
            Set<String> addresses) {
        SystemAccess access = managed(caller, username);
        access.grant(channels, operations, SystemRegistration.canonical(addresses));
        audit.record(caller.actor(), "system.grant", OrganisationAdministration.ACCOUNT, username, SystemRegistration.describe(access));
        return SystemView.of(access);
    }

    public IssuedCredential newSecret(Caller caller, String username) {
        SystemAccess access = managed(caller, username);
        String secret = Secrets.newSecret();
        access.replaceSecret(vault.cipher().encrypt(secret), Instant.now());
        audit.record(caller.actor(), "system.secret", OrganisationAdministration.ACCOUNT, username, "new shared secret");
        return new IssuedCredential(username, secret);
    }

    /** A new REST bearer token; the previous one stops working at once. */
    public IssuedCredential newToken(Caller caller, String username) {
        SystemAccess access = managed(caller, username);
        String token = Secrets.newToken();
        access.replaceToken(Secrets.tokenHash(token), Instant.now());
        audit.record(caller.actor(), "system.token", OrganisationAdministration.ACCOUNT, username, "new bearer token");
        return new IssuedCredential(username, token);
    }

    /**
     * Lets an approval bureau's system act for other units' approval bureaus too (the provincial platform's front-end
     * machine serving several units); an empty set takes that back. The administrator must manage every unit named.
     */
    public SystemView actFor(Caller caller, String username, Set<String> bureauCodes) {
        SystemAccess access = managed(caller, username);
        Set<Department> bureaus = new LinkedHashSet<>();
        for (String code : bureauCodes) {
            Department bureau = department(code.strip());
            AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(bureau.unit().id()));
            bureaus.add(bureau);
        }
        access.actFor(bureaus);
        audit.record(caller.actor(), "system.acts-for", OrganisationAdministration.ACCOUNT, username,
                bureaus.isEmpty() ? "its own department only" : "also for " + String.join(", ", bureaus.stream()
                        .map(Department::code).sorted().toList()));
        return SystemView.of(access);
    }

    /** Lets a system that is cooling down after refused credentials call again at once. */
    public SystemView liftCooldown(Caller caller, String username) {
        SystemAccess access = managed(caller, username);
        access.liftCooldown(Instant.now());
        audit.record(caller.actor(), "system.cooldown-lifted", OrganisationAdministration.ACCOUNT, username, null);
        return SystemView.of(access);
    }

    public void revokeToken(Caller caller, String username) {
        SystemAccess access = managed(caller, username);
        access.replaceToken(null, Instant.now());
        audit.record(caller.actor(), "system.token-revoke", OrganisationAdministration.ACCOUNT, username, null);
    }

    private SystemAccess managed(Caller caller, String username) {
        SystemAccess access = em.createNamedQuery("SystemAccess.findByUsername", SystemAccess.class)
                .setParameter("username", username).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有系统账号 " + username + " / No system account " + username));
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION,
                Scope.unit(access.account().department().unit().id()));
        return access;
    }

    private Department department(String code) {
        return em.createNamedQuery("Department.findByCode", Department.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "没有编码为 " + code + " 的部门 / No department with code " + code));
    }

}
