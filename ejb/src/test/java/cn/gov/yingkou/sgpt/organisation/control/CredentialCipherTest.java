package cn.gov.yingkou.sgpt.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialCipherTest {

    @TempDir
    Path dir;

    @Test
    void aSecretComesBackOnlyUnderTheKeyItWasSealedWith() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        CredentialCipher cipher = new CredentialCipher(key);
        String sealed = cipher.encrypt("省前置机共享密钥-1");
        assertNotEquals(sealed, cipher.encrypt("省前置机共享密钥-1"), "a fresh IV every time");
        assertEquals("省前置机共享密钥-1", cipher.decrypt(sealed));

        byte[] other = key.clone();
        other[0] = 8;
        assertThrows(IllegalStateException.class, () -> new CredentialCipher(other).decrypt(sealed));
    }

    @Test
    void anAlteredCipherTextIsRefused() {
        CredentialCipher cipher = new CredentialCipher(new byte[32]);
        byte[] sealed = Base64.getDecoder().decode(cipher.encrypt("secret"));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(Base64.getEncoder().encodeToString(sealed)));
    }

    @Test
    void theKeyFileIsCreatedOnceAndThenKept() throws Exception {
        Path file = dir.resolve("keys/credential.key");
        byte[] first = CredentialKeyFile.readOrCreate(file);
        assertEquals(32, first.length);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(Arrays.toString(first), Arrays.toString(CredentialKeyFile.readOrCreate(file)));
    }
}
