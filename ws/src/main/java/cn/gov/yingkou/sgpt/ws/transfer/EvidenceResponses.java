package cn.gov.yingkou.sgpt.ws.transfer;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceDownload;

/**
 * An evidence file as a download: its type by content, its length, its name as sent (RFC 6266, UTF-8), and its digests
 * as received (RFC 9530 Repr-Digest for SHA-256; SM3 in its own header), so that the reader can check what it got.
 */
final class EvidenceResponses {

    static final String SM3_HEADER = "X-Evidence-SM3";
    static final String SHA256_HEADER = "X-Evidence-SHA256";

    private EvidenceResponses() {
    }

    static Response of(EvidenceDownload file) {
        StreamingOutput body = out -> {
            try (InputStream in = file.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, file.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, file.size())
                .header("Content-Disposition", disposition(file.fileName()))
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of()
                        .parseHex(file.sha256())) + ":")
                .header(SHA256_HEADER, file.sha256())
                .header(SM3_HEADER, file.sm3())
                .build();
    }

    /** attachment, with an ASCII fallback name and the real one in UTF-8 (filename*). */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
