package cn.gov.yingkou.sgpt.organisation.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.DepartmentView;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.PersonView;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.UnitView;
import cn.gov.yingkou.sgpt.organisation.control.PasswordHasher;
import cn.gov.yingkou.sgpt.organisation.entity.Account;
import cn.gov.yingkou.sgpt.organisation.entity.AdministrativeUnit;
import cn.gov.yingkou.sgpt.organisation.entity.Department;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.platform.boundary.Sorting;

/**
 * What administrators do to units, departments and people. A city-level administrator manages every unit,
 * a county-level one only their own (AccessPolicy); every change is audited with the administrator as actor.
 */
@Stateless
public class OrganisationAdministration {

    static final String ACCOUNT = "account";
    static final String DEPARTMENT = "department";
    static final String UNIT = "unit";

    /** The columns the administration's lists sort by, and where their queries find them. */
    private static final Map<String, String> PERSON_COLUMNS = Map.of("username", "a.username",
            "name", "a.displayName", "department", "a.department.code", "status", "a.status");
    private static final Map<String, String> DEPARTMENT_COLUMNS = Map.of("code", "d.code",
            "name", "d.nameZh", "unit", "d.unit.code", "role", "d.role");

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    AuditTrail audit;

    /** The units this administrator manages. */
    public List<UnitView> units(Caller caller) {
        return em.createNamedQuery("AdministrativeUnit.all", AdministrativeUnit.class).getResultStream()
                .filter(u -> AccessPolicy.permits(caller, Permission.MANAGE_ORGANISATION, Scope.unit(u.id())))
                .map(UnitView::of).toList();
    }

    public UnitView switchUnit(Caller caller, String code, boolean active) {
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.platform());
        AdministrativeUnit unit = unit(code);
        if (unit.active() != active) {
            unit.switchTo(active);
            audit.record(caller.actor(), active ? "unit.switch-on" : "unit.switch-off", UNIT, code, null);
        }
        return UnitView.of(unit);
    }

    public ResultPage<DepartmentView> departments(Caller caller, String text, int first, int pageSize) {
        return departments(caller, text, null, first, pageSize);
    }

    /** The same, in the order asked for (null: by unit and code). */
    public ResultPage<DepartmentView> departments(Caller caller, String text, Sorting sorting, int first, int pageSize) {
        Filter filter = new Filter(caller, text, "d.unit", "lower(d.code)", "lower(d.nameZh)", "lower(d.nameEn)");
        return page(filter, "select d from Department d join fetch d.unit", "select count(d) from Department d",
                Sorting.orderBy(sorting, DEPARTMENT_COLUMNS, "d.unit.code, d.code", "d.id"), Department.class, first,
                pageSize).map(DepartmentView::of);
    }

    /** Every active department the administrator may assign people and systems to. */
    public List<DepartmentView> assignableDepartments(Caller caller) {
        return em.createNamedQuery("Department.all", Department.class).getResultStream()
                .filter(d -> AccessPolicy.permits(caller, Permission.MANAGE_ORGANISATION, Scope.unit(d.unit().id())))
                .map(DepartmentView::of).toList();
    }

    public DepartmentView createDepartment(Caller caller, String unitCode, String code, String nameZh, String nameEn,
            DepartmentRole role, String industry) {
        AdministrativeUnit unit = unit(unitCode);
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(unit.id()));
        String trimmed = code == null ? "" : code.strip();
        if (!em.createNamedQuery("Department.findByCode", Department.class).setParameter("code", trimmed)
                .getResultList().isEmpty()) {
            throw new IllegalArgumentException("部门编码 " + trimmed + " 已存在 / Department code " + trimmed + " is taken");
        }
        Department department = new Department(unit, trimmed, nameZh, nameEn, role, industry);
        em.persist(department);
        audit.record(caller.actor(), "department.create", DEPARTMENT, trimmed,
                department.nameZh() + ", " + role + (department.industry() == null ? "" : " (" + department.industry() + ")")
                        + " of " + unitCode, AuditFacts.of("name", department.nameZh()).with("nameEn", department.nameEn())
                        .with("role", role).with("industry", department.industry()).with("unit", unitCode));
        return DepartmentView.of(department);
    }

    public DepartmentView reviseDepartment(Caller caller, String code, String nameZh, String nameEn, DepartmentRole role,
            String industry, boolean active) {
        Department department = department(code);
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(department.unit().id()));
        department.revise(nameZh, nameEn, role, industry, active);
        audit.record(caller.actor(), "department.revise", DEPARTMENT, code, department.nameZh() + " / "
                + department.nameEn() + ", " + role + ", industry=" + department.industry() + ", active=" + active,
                AuditFacts.of("name", department.nameZh()).with("nameEn", department.nameEn()).with("role", role)
                        .with("industry", department.industry()).with("inactive", active ? null : "yes"));
        return DepartmentView.of(department);
    }

    public ResultPage<PersonView> people(Caller caller, String text, int first, int pageSize) {
        return people(caller, text, null, first, pageSize);
    }

    /** The same, in the order asked for (null: by unit, department and username). */
    public ResultPage<PersonView> people(Caller caller, String text, Sorting sorting, int first, int pageSize) {
        Filter filter = new Filter(caller, text, "a.department.unit", "lower(a.username)", "lower(a.displayName)",
                "lower(a.department.code)");
        filter.where.append(" and a.kind = cn.gov.yingkou.sgpt.organisation.boundary.AccountKind.PERSON");
        return page(filter, "select a from Account a join fetch a.department", "select count(a) from Account a",
                Sorting.orderBy(sorting, PERSON_COLUMNS, "a.department.unit.code, a.department.code, a.username", "a.id"),
                Account.class, first, pageSize).map(PersonView::of);
    }

    public PersonView person(Caller caller, String username) {
        return PersonView.of(managed(caller, username, AccountKind.PERSON));
    }

    /** A new person with a temporary password, which they must replace at their first login. */
    public PersonView createPerson(Caller caller, String departmentCode, String username, String displayName,
            Set<Role> roles, String phone, String email, char[] temporaryPassword) {
        Department department = department(departmentCode);
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(department.unit().id()));
        String name = Accounts.checkUsername(em, username);
        Account account = new Account(name, displayName, department, AccountKind.PERSON,
                PasswordHasher.hash(temporaryPassword), roles, Instant.now());
        account.assignRoles(roles);
        account.resetPasswordHash(account.passwordHash());
        account.setContact(blankToNull(phone), blankToNull(email));
        em.persist(account);
        audit.record(caller.actor(), "account.create", ACCOUNT, name,
                account.displayName() + ", " + account.roles() + " in " + departmentCode, personFacts(account, departmentCode));
        return PersonView.of(account);
    }

    public PersonView revisePerson(Caller caller, String username, String departmentCode, String displayName,
            Set<Role> roles, String phone, String email) {
        Account account = managed(caller, username, AccountKind.PERSON);
        Department target = department(departmentCode);
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(target.unit().id()));
        account.rename(displayName);
        account.assignRoles(roles);
        account.setContact(blankToNull(phone), blankToNull(email));
        account.moveTo(target);
        audit.record(caller.actor(), "account.revise", ACCOUNT, username, account.displayName() + ", " + account.roles()
                + " in " + departmentCode + ", phone=" + account.phone() + ", email=" + account.email(),
                personFacts(account, departmentCode));
        return PersonView.of(account);
    }

    public PersonView resetPassword(Caller caller, String username, char[] temporaryPassword) {
        Account account = managed(caller, username, AccountKind.PERSON);
        account.resetPasswordHash(PasswordHasher.hash(temporaryPassword));
        audit.record(caller.actor(), "password.reset", ACCOUNT, username, "temporary password; must change at next login",
                AuditFacts.none());
        return PersonView.of(account);
    }

    public void unlock(Caller caller, String username) {
        change(caller, username, Account::unlock, "account.unlock");
    }

    public void disable(Caller caller, String username) {
        if (caller.username().equals(username)) {
            throw new IllegalArgumentException("不能停用自己的账号 / You cannot disable your own account");
        }
        change(caller, username, Account::disable, "account.disable");
    }

    public void enable(Caller caller, String username) {
        change(caller, username, Account::enable, "account.enable");
    }

    /** The audit history of an account (person or system) this administrator manages. */
    public List<AuditRecord> accountHistory(Caller caller, String username) {
        managedAny(caller, username);
        return audit.history(ACCOUNT, username);
    }

    public List<AuditRecord> departmentHistory(Caller caller, String code) {
        Department department = department(code);
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(department.unit().id()));
        return audit.history(DEPARTMENT, code);
    }

    private void change(Caller caller, String username, Consumer<Account> change, String action) {
        Account account = managedAny(caller, username);
        change.accept(account);
        audit.record(caller.actor(), action, ACCOUNT, username, "status=" + account.status(),
                AuditFacts.of("status", account.status()));
    }

    /** Who the account is now: its name, roles and department (contacts stay in the sealed text). */
    private static AuditFacts personFacts(Account account, String departmentCode) {
        return AuditFacts.of("name", account.displayName()).with("roles", account.roles().stream().sorted().toList())
                .with("department", departmentCode);
    }

    private Account managed(Caller caller, String username, AccountKind kind) {
        Account account = managedAny(caller, username);
        if (account.kind() != kind) {
            throw new IllegalArgumentException("账号 " + username + " 不是" + (kind == AccountKind.PERSON ? "人员" : "系统")
                    + "账号 / " + username + " is not a " + kind.name().toLowerCase(Locale.ROOT) + " account");
        }
        return account;
    }

    private Account managedAny(Caller caller, String username) {
        Account account = Accounts.require(em, username);
        AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(account.department().unit().id()));
        return account;
    }

    private AdministrativeUnit unit(String code) {
        return em.createNamedQuery("AdministrativeUnit.findByCode", AdministrativeUnit.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "没有编码为 " + code + " 的单位 / No unit with code " + code));
    }

    private Department department(String code) {
        return em.createNamedQuery("Department.findByCode", Department.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "没有编码为 " + code + " 的部门 / No department with code " + code));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Restricts a list to the administrator's unit (unless city level) and to rows matching the search text. */
    private static final class Filter {
        final StringBuilder where = new StringBuilder(" where 1 = 1");
        Long unitId;
        String pattern;

        Filter(Caller caller, String text, String unitPath, String... searched) {
            AccessPolicy.require(caller, Permission.MANAGE_ORGANISATION, Scope.unit(caller.unitId()));
            if (caller.unitKind() != UnitKind.CITY) {
                unitId = caller.unitId();
                where.append(" and ").append(unitPath).append(".id = :unit");
            }
            if (text != null && !text.isBlank()) {
                pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                where.append(" and (").append(String.join(" like :pattern escape '\\' or ", searched))
                        .append(" like :pattern escape '\\')");
            }
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (unitId != null) {
                query.setParameter("unit", unitId);
            }
            if (pattern != null) {
                query.setParameter("pattern", pattern);
            }
            return query;
        }
    }

    private <T> Rows<T> page(Filter filter, String select, String count, String order, Class<T> type, int first,
            int pageSize) {
        // The count query names the entity's alias the same way as the select, so one where clause serves both.
        long total = filter.bind(em.createQuery(count + filter.where, Long.class)).getSingleResult();
        List<T> rows = filter.bind(em.createQuery(select + filter.where + order, type))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 200))).getResultList();
        return new Rows<>(rows, total);
    }

    private record Rows<T>(List<T> rows, long total) {
        <V> ResultPage<V> map(java.util.function.Function<T, V> view) {
            return new ResultPage<>(rows.stream().map(view).toList(), total);
        }
    }
}
