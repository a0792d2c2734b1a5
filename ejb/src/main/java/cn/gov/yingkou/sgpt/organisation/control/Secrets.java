package cn.gov.yingkou.sgpt.organisation.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random shared secrets and bearer tokens for external systems, and the hash a token is looked up by. */
public final class Secrets {

    /** Bearer tokens start with this, so a leaked one is recognisable in logs and scanners. */
    public static final String TOKEN_PREFIX = "sgpt_";
    public static final int MIN_SECRET_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String newSecret() {
        return random(18);
    }

    public static String newToken() {
        return TOKEN_PREFIX + random(32);
    }

    public static String tokenHash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A secret agreed with the other side must be long enough to resist guessing over the network. */
    public static void checkSecret(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH || secret.length() > 100 || secret.isBlank()) {
            throw new IllegalArgumentException("共享密钥须为" + MIN_SECRET_LENGTH + "至100个字符 / The shared secret must be "
                    + MIN_SECRET_LENGTH + " to 100 characters");
        }
    }

    public static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String random(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
