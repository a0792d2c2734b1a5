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

    /**
     * Checks a password against a hash that nothing matches, at the same cost: a refusal where there was no hash
     * to check (no such account, a system's name, a locked account) then takes as long as a wrong password, and the
     * time of the answer does not tell which names exist.
     */
    public static void checkAgainstDecoy() {
        OpenBSDBCrypt.checkPassword(Decoy.HASH, Decoy.GUESS);
    }

    /** Made on first use, so that only a server that refuses a login pays for it. */
    private static final class Decoy {
        static final char[] GUESS = "not-a-password".toCharArray();
        static final String HASH;

        static {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            HASH = OpenBSDBCrypt.generate("2a", "decoy-0".toCharArray(), salt, COST);
        }
    }
}
