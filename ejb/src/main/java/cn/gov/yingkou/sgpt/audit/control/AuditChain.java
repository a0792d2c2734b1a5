package cn.gov.yingkou.sgpt.audit.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The hash that links each audit entry to the one before it: SM3 (GB/T 32905) over the previous entry's
 * hash and the entry's own content, in a fixed text form. Editing, removing or inserting an entry breaks
 * the link at that point.
 */
public final class AuditChain {

    public static final String ALGORITHM = "SM3";
    /** The hash "before" the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * The content of one entry as it is hashed; occurred_at at microsecond precision, as databases keep it. The facts
     * are hashed when there are any, so entries written before facts were kept hash as they were sealed.
     */
    public record Content(long chainSeq, Instant occurredAt, String actor, String channel, String address,
            String action, String recordType, String recordKey, String detail, String facts) {

        String canonical() {
            String entry = String.join("\u001f", Long.toString(chainSeq),
                    occurredAt.truncatedTo(ChronoUnit.MICROS).toString(), actor, channel, nullable(address), action,
                    recordType, recordKey, nullable(detail));
            return facts == null ? entry : entry + "\u001f" + facts;
        }

        private static String nullable(String value) {
            return value == null ? "\u0000" : value;
        }
    }

    public static String hash(String previousHash, Content content) {
        SM3Digest digest = new SM3Digest();
        byte[] input = (previousHash + "\u001e" + content.canonical()).getBytes(StandardCharsets.UTF_8);
        digest.update(input, 0, input.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
