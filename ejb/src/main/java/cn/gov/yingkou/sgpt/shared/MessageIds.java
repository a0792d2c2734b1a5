package cn.gov.yingkou.sgpt.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The calling system's id for one message, which makes sending it again harmless: 1 to 64 of A–Z a–z 0–9 . _ : - */
public final class MessageIds {

    private MessageIds() {
    }

    public static String checked(String messageId) {
        String id = messageId == null ? "" : messageId.strip();
        if (!id.matches("[A-Za-z0-9._:\\-]{1,64}")) {
            throw new IllegalArgumentException("消息标识须为1至64位字母、数字或 . _ : - / The message id must be 1 to 64 letters, "
                    + "digits or . _ : -: " + messageId);
        }
        return id;
    }

    /**
     * SHA-256 of a message's canonical form (its fields, joined as the caller of this decides), kept beside its id: the
     * same id with the same digest is a repeat, with another digest a reuse.
     */
    public static String contentDigest(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
