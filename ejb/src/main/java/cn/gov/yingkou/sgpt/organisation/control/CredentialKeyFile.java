package cn.gov.yingkou.sgpt.organisation.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Where the credential key lives: the file named by the system property {@value #PROPERTY}, by default
 * {@code <sgpt.data.dir>/keys/credential.key}. Created with a random key, readable by the server's user only,
 * the first time it is needed. Every node of a cluster must be given the same file, and it belongs in the
 * backup kept apart from the database's.
 */
public final class CredentialKeyFile {

    public static final String PROPERTY = "sgpt.credential.key.file";
    private static final Logger LOG = Logger.getLogger(CredentialKeyFile.class.getName());

    private CredentialKeyFile() {
    }

    public static Path location() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("sgpt.data.dir", "data"), "keys", "credential.key");
    }

    public static CredentialCipher load() {
        return new CredentialCipher(readOrCreate(location()));
    }

    static byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
            if (key.length != 32) {
                throw new IllegalStateException("The credential key file " + file + " does not hold a 32-byte key");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The credential key file " + file + " cannot be read or created", e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warning("Cannot restrict the permissions of " + file + " on this file system; do so by hand.");
        }
        LOG.info("Created the credential key " + file.toAbsolutePath() + " (external systems' secrets are encrypted "
                + "with it; give every node the same file and back it up apart from the database).");
    }
}
