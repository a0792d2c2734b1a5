package cn.gov.yingkou.sgpt.organisation.boundary;

import java.util.Set;

import cn.gov.yingkou.sgpt.organisation.entity.Account;

/** What the portal and the interfaces may know about an account: never its password hash. */
public record AccountView(String username, String displayName, String departmentCode, String departmentNameZh,
        String departmentNameEn, DepartmentRole departmentRole, String unitCode, String unitNameZh,
        String unitNameEn, Set<Role> roles, boolean mustChangePassword) {

    static AccountView of(Account account) {
        var department = account.department();
        var unit = department.unit();
        return new AccountView(account.username(), account.displayName(), department.code(), department.nameZh(),
                department.nameEn(), department.role(), unit.code(), unit.nameZh(), unit.nameEn(), account.roles(),
                account.mustChangePassword());
    }
}
