package cn.gov.yingkou.sgpt.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.organisation.boundary.AccountKind;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountStatus;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.Role;
import cn.gov.yingkou.sgpt.organisation.boundary.UnitKind;

class AccountTest {

    private static Account clerk() {
        AdministrativeUnit city = new AdministrativeUnit("210800", "营口市", "Yingkou", UnitKind.CITY, null);
        Department approval = new Department(city, "210800-XZSP", "营口市行政审批局", "Approval bureau",
                DepartmentRole.APPROVAL_BUREAU, null);
        return new Account("spj.clerk", "王审批", approval, AccountKind.PERSON, "$2a$12$x", EnumSet.of(Role.CLERK),
                Instant.now());
    }

    @Test
    void theFifthRefusalInARowLocksTheAccount() {
        Account account = clerk();
        for (int i = 1; i < 5; i++) {
            assertFalse(account.loginFailed(5), "refusal " + i);
            assertEquals(AccountStatus.ACTIVE, account.status());
        }
        assertTrue(account.loginFailed(5));
        assertEquals(AccountStatus.LOCKED, account.status());
        assertFalse(account.loginFailed(5), "locking happens once");
        assertEquals(AccountStatus.LOCKED, account.status());
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        Account account = clerk();
        for (int i = 0; i < 4; i++) {
            account.loginFailed(5);
        }
        account.loginSucceeded();
        assertEquals(0, account.failedLogins());
        assertFalse(account.loginFailed(5));
        assertEquals(AccountStatus.ACTIVE, account.status());
    }

    @Test
    void contactDetailsMustLookLikeAPhoneNumberAndAnEmailAddress() {
        Account account = clerk();
        account.setContact("0417-2800001", "spj.liaison@example.yingkou.gov.cn");
        assertEquals("0417-2800001", account.phone());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> account.setContact("call me", null));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> account.setContact(null, "not an address"));
        assertEquals("spj.liaison@example.yingkou.gov.cn", account.email(), "a refused change changes nothing");
    }

    @Test
    void anAdministratorUnlocksALockedAccountAndTheCountStartsOver() {
        Account account = clerk();
        assertThrows(IllegalStateException.class, account::unlock, "an active account cannot be unlocked");
        for (int i = 0; i < 5; i++) {
            account.loginFailed(5);
        }
        account.unlock();
        assertEquals(AccountStatus.ACTIVE, account.status());
        assertEquals(0, account.failedLogins());
    }

    @Test
    void aDisabledAccountStaysOutUntilEnabled() {
        Account account = clerk();
        account.disable();
        assertEquals(AccountStatus.DISABLED, account.status());
        assertThrows(IllegalStateException.class, account::disable);
        assertThrows(IllegalStateException.class, account::unlock, "disabled is not locked");
        account.enable();
        assertEquals(AccountStatus.ACTIVE, account.status());
    }

    @Test
    void aTemporaryPasswordMustBeReplacedAndAChosenOneClearsThat() {
        Account account = clerk();
        account.resetPasswordHash("$2a$12$temporary");
        assertTrue(account.mustChangePassword());
        account.changePasswordHash("$2a$12$chosen");
        assertFalse(account.mustChangePassword());
    }

    @Test
    void aPersonNeedsAtLeastOneRoleAndNeverTheSystemRole() {
        Account account = clerk();
        assertThrows(IllegalArgumentException.class, () -> account.assignRoles(EnumSet.noneOf(Role.class)));
        assertThrows(IllegalArgumentException.class, () -> account.assignRoles(EnumSet.of(Role.CLERK, Role.SYSTEM)));
        account.assignRoles(EnumSet.of(Role.CLERK, Role.LIAISON_OFFICER));
        assertEquals(EnumSet.of(Role.CLERK, Role.LIAISON_OFFICER), account.roles());
        assertThrows(IllegalArgumentException.class, () -> account.rename("  "));
    }
}
