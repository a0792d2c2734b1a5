package cn.gov.yingkou.sgpt.seeding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.logging.Logger;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;

/**
 * A production installation starts with no account at all. The first start creates the administrator
 * {@value #USERNAME} with a random temporary password written to a file only the server's user can read
 * (never to the log), and the portal makes them replace it at the first login. The operator deletes the
 * file afterwards.
 */
final class FirstAdministrator {

    static final String USERNAME = "admin";
    static final String FILE = "first-administrator-password.txt";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private FirstAdministrator() {
    }

    static void ensure(OrganisationSetup org, Path dataDir) {
        if (org.hasAdministrator()) {
            return;
        }
        String password = randomPassword();
        Path file = dataDir.resolve(FILE);
        write(file, password);
        org.bootstrapAdministrator(YingkouUnits.CITY_BUSINESS_ENV, USERNAME, password.toCharArray(),
                Actor.system("first-start"));
        LOG.warning("No administrator existed: created '" + USERNAME + "' with a temporary password in "
                + file.toAbsolutePath() + ". Sign in, choose a new password, then delete that file.");
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder("Sg1");
        for (int i = 0; i < 17; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    private static void write(Path file, String password) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, password + "\n", StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.warning("Cannot restrict the permissions of " + file + "; delete it after the first login.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first administrator's password to " + file, e);
        }
    }
}
