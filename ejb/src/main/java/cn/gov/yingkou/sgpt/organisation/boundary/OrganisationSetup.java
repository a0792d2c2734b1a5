package cn.gov.yingkou.sgpt.organisation.boundary;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.organisation.control.CredentialVault;
import cn.gov.yingkou.sgpt.organisation.control.PasswordHasher;
import cn.gov.yingkou.sgpt.organisation.entity.Account;
import cn.gov.yingkou.sgpt.organisation.entity.AdministrativeUnit;
import cn.gov.yingkou.sgpt.organisation.entity.Department;

/**
 * Puts units, departments and accounts in place by their natural keys: each call creates the record if it
 * is missing (and audits it) and leaves an existing one alone, so seeding can run on every start and on
 * every node.
 */
@Stateless
public class OrganisationSetup {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    CredentialVault vault;

    public void ensureUnit(String code, String nameZh, String nameEn, UnitKind kind, String parentCode, Actor actor) {
        if (unit(code) == null) {
            AdministrativeUnit parent = parentCode == null ? null : unit(parentCode);
            AdministrativeUnit unit = new AdministrativeUnit(code, nameZh, nameEn, kind, parent);
            if (kind == UnitKind.FREE_TRADE_ZONE || kind == UnitKind.DEVELOPMENT_ZONE) {
                unit.switchTo(false);
            }
            em.persist(unit);
            audit.record(actor, "unit.create", "unit", code, nameZh + " / " + nameEn + ", " + kind);
        }
    }

    public void ensureDepartment(String unitCode, String code, String nameZh, String nameEn, DepartmentRole role,
            String industry, Actor actor) {
        if (department(code) == null) {
            AdministrativeUnit unit = unit(unitCode);
            if (unit == null) {
                throw new IllegalArgumentException("No unit " + unitCode);
            }
            em.persist(new Department(unit, code, nameZh, nameEn, role, industry));
            audit.record(actor, "department.create", "department", code, nameZh + ", " + role + " of " + unitCode);
        }
    }

    /** Sets a person's phone and e-mail (liaison officers must be reachable, Art 16). */
    public void setContact(String username, String phone, String email, Actor actor) {
        Account account = em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有账号 " + username + " / No account " + username));
        if (java.util.Objects.equals(phone, account.phone()) && java.util.Objects.equals(email, account.email())) {
            return;
        }
        account.setContact(phone, email);
        audit.record(actor, "account.contact", "account", username, "phone=" + phone + ", email=" + email);
    }

    public void ensurePerson(String departmentCode, String username, String displayName, char[] password,
            Set<Role> roles, Actor actor) {
        boolean exists = !em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username).getResultList().isEmpty();
        if (!exists) {
            Department department = department(departmentCode);
            if (department == null) {
                throw new IllegalArgumentException("No department " + departmentCode);
            }
            em.persist(new Account(username, displayName, department, AccountKind.PERSON,
                    PasswordHasher.hash(password), roles, Instant.now()));
            audit.record(actor, "account.create", "account", username, displayName + ", " + roles + " in " + departmentCode);
        }
    }

    /** An external system of a department with a secret agreed with its operators (demo seeding, scripted set-up). */
    public void ensureSystem(String departmentCode, String username, String displayName, String secret,
            Set<SystemChannel> channels, Set<Operation> operations, Set<String> addresses, Actor actor) {
        if (em.createNamedQuery("Account.findByUsername", Account.class).setParameter("username", username)
                .getResultList().isEmpty()) {
            Department department = department(departmentCode);
            if (department == null) {
                throw new IllegalArgumentException("No department " + departmentCode);
            }
            SystemRegistration.register(em, vault.cipher(), audit, department, username, displayName, secret, channels,
                    operations, addresses, actor);
        }
    }

    /** Whether anybody can administer the platform yet (a production start begins with nobody). */
    public boolean hasAdministrator() {
        return em.createNamedQuery("Account.countAdministrators", Long.class).getSingleResult() > 0;
    }

    /** The first administrator of a production installation, with a temporary password to be replaced at once. */
    public void bootstrapAdministrator(String departmentCode, String username, char[] temporaryPassword, Actor actor) {
        Department department = department(departmentCode);
        Account account = new Account(username, "系统管理员", department, AccountKind.PERSON,
                PasswordHasher.hash(temporaryPassword), EnumSet.of(Role.ADMINISTRATOR), Instant.now());
        account.resetPasswordHash(account.passwordHash());
        em.persist(account);
        audit.record(actor, "account.bootstrap", "account", username, "first administrator, in " + departmentCode
                + "; temporary password written to the server's data directory");
    }

    private AdministrativeUnit unit(String code) {
        return em.createNamedQuery("AdministrativeUnit.findByCode", AdministrativeUnit.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private Department department(String code) {
        return em.createNamedQuery("Department.findByCode", Department.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }
}
