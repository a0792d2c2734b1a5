package cn.gov.yingkou.sgpt.organisation.boundary;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.gov.yingkou.sgpt.organisation.control.AddressRange;
import cn.gov.yingkou.sgpt.organisation.entity.Account;
import cn.gov.yingkou.sgpt.organisation.entity.AdministrativeUnit;
import cn.gov.yingkou.sgpt.organisation.entity.Department;
import cn.gov.yingkou.sgpt.organisation.entity.SystemAccess;

/** What the administration screens show of units, departments, people and systems: never a secret. */
public final class OrganisationViews {

    private OrganisationViews() {
    }

    public record UnitView(long id, String code, String nameZh, String nameEn, UnitKind kind, boolean active) {

        /** The city and the county-level units are always on; zones are switched on when they join (Art 2 ¶2). */
        public boolean switchable() {
            return kind == UnitKind.FREE_TRADE_ZONE || kind == UnitKind.DEVELOPMENT_ZONE;
        }

        static UnitView of(AdministrativeUnit u) {
            return new UnitView(u.id(), u.code(), u.nameZh(), u.nameEn(), u.kind(), u.active());
        }
    }

    public record DepartmentView(long id, String code, String unitCode, String unitNameZh, String unitNameEn,
            String nameZh, String nameEn, DepartmentRole role, String industry, boolean active) {

        static DepartmentView of(Department d) {
            return new DepartmentView(d.id(), d.code(), d.unit().code(), d.unit().nameZh(), d.unit().nameEn(),
                    d.nameZh(), d.nameEn(), d.role(), d.industry(), d.active());
        }
    }

    public record PersonView(String username, String displayName, String departmentCode, String departmentNameZh,
            String departmentNameEn, String unitCode, Set<Role> roles, AccountStatus status, int failedLogins,
            String phone, String email, boolean mustChangePassword) {

        static PersonView of(Account a) {
            Department d = a.department();
            return new PersonView(a.username(), a.displayName(), d.code(), d.nameZh(), d.nameEn(), d.unit().code(),
                    a.roles(), a.status(), a.failedLogins(), a.phone(), a.email(), a.mustChangePassword());
        }
    }

    public record SystemView(String username, String displayName, String departmentCode, String departmentNameZh,
            String departmentNameEn, String unitCode, AccountStatus status, Set<SystemChannel> channels,
            Set<Operation> operations, Set<String> addresses, Set<String> actsFor, Instant secretSetAt,
            Instant tokenIssuedAt, int failedAuthentications, Instant coolingDownUntil) {

        /** Addresses in their short form, also those stored before it was kept ("::1", not "0:0:0:0:0:0:0:1"). */
        private static Set<String> shown(Set<String> addresses) {
            return addresses.stream().map(address -> AddressRange.parse(address).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        static SystemView of(SystemAccess s) {
            Account a = s.account();
            Department d = a.department();
            Instant now = Instant.now();
            return new SystemView(a.username(), a.displayName(), d.code(), d.nameZh(), d.nameEn(), d.unit().code(),
                    a.status(), s.channels(), s.operations(), shown(s.addresses()), s.actsFor().stream().map(Department::code)
                            .collect(Collectors.toCollection(TreeSet::new)), s.secretSetAt(),
                    s.tokenIssuedAt(),
                    s.failedAuths(), s.coolingDown(now) ? s.cooldownUntil() : null);
        }
    }

    /** A newly set secret or token: shown to the administrator once, never stored in the clear. */
    public record IssuedCredential(String username, String value) {
    }
}
