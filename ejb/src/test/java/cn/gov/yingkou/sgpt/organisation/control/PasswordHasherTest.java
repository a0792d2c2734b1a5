package cn.gov.yingkou.sgpt.organisation.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashesAreSaltedBcryptInModularCryptFormAndVerify() {
        String first = PasswordHasher.hash("Yingkou2026".toCharArray());
        String second = PasswordHasher.hash("Yingkou2026".toCharArray());
        assertTrue(first.startsWith("$2a$" + PasswordHasher.COST + "$"), first);
        assertNotEquals(first, second, "each hash has its own salt");
        assertTrue(PasswordHasher.matches("Yingkou2026".toCharArray(), first));
        assertFalse(PasswordHasher.matches("Yingkou2027".toCharArray(), first));
    }

    @Test
    void weakPasswordsAreRefusedWithAReasonInBothLanguages() {
        var shortOne = assertThrows(IllegalArgumentException.class, () -> PasswordHasher.hash("abc123".toCharArray()));
        assertTrue(shortOne.getMessage().contains("密码") && shortOne.getMessage().contains("password"));
        assertThrows(IllegalArgumentException.class, () -> PasswordHasher.hash("onlyletterspassword".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> PasswordHasher.hash("12345678901234".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> PasswordHasher.hash(("密码" + "a1".repeat(40)).toCharArray()));
    }
}
