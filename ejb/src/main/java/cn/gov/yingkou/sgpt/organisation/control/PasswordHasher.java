package cn.gov.yingkou.sgpt.organisation.control;

import java.security.SecureRandom;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt in modular-crypt form ({@code $2a$12$…}), the form the Elytron jdbc-realm's modular-crypt mapper
 * verifies at login (config/security.cli). Slow and salted by design.
 */
public final class PasswordHasher {

    /** 2^12 rounds: about a quarter of a second on the target machine, per login attempt. */
    public static final int COST = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        PasswordPolicy.check(password);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2a", password, salt, COST);
    }

    public static boolean matches(char[] password, String hash) {
        return OpenBSDBCrypt.checkPassword(hash, password);
    }
}
