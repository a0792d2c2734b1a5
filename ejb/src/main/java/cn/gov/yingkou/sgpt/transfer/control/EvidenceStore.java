package cn.gov.yingkou.sgpt.transfer.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.bouncycastle.crypto.digests.SM3Digest;

import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceAltered;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceRefused;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceRefused.Reason;

/**
 * Evidence files on disk, each stored once under its SHA-256 ({@code ab/cd/abcd…}) in a directory of its own: streamed
 * in (never held whole in memory), its SHA-256 and SM3 taken on the way, refused when over the limit, not one of the
 * evidence types by its content, or not passed by the virus scanner; written to disk and synced before it is named,
 * so a file the database refers to is complete. Read back only after its digest is checked again.
 */
public final class EvidenceStore {

    private static final int BUFFER = 64 * 1024;
    private static final HexFormat HEX = HexFormat.of();

    private final Path root;
    private final long limit;
    private final VirusScan scan;

    /** A file as stored: where (its SHA-256), its SM3, its size and its type by content. */
    public record Stored(String sha256, String sm3, long size, EvidenceType type) {
    }

    public EvidenceStore(Path root, long limit, VirusScan scan) {
        this.root = root.toAbsolutePath();
        this.limit = limit;
        this.scan = scan;
    }

    public long limit() {
        return limit;
    }

    /** Keeps the stream's bytes; throws {@link EvidenceRefused} (and keeps nothing) for a file it will not keep. */
    public Stored put(InputStream content) {
        Path incoming = root.resolve("incoming").resolve(UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(incoming.getParent());
            Stored stored = receive(content, incoming);
            Path target = pathOf(stored.sha256());
            Files.createDirectories(target.getParent());
            // The same content sent before is replaced by this complete copy of it (a damaged one is mended).
            move(incoming, target);
            sync(target.getParent());
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("证据文件无法保存 / The evidence file could not be stored", e);
        } finally {
            try {
                Files.deleteIfExists(incoming);
            } catch (IOException ignored) {
                // A leftover part file is swept with the incoming directory; the refusal or failure stands.
            }
        }
    }

    private Stored receive(InputStream content, Path incoming) throws IOException {
        MessageDigest sha256 = sha256();
        SM3Digest sm3 = new SM3Digest();
        long size = 0;
        try (FileChannel channel = FileChannel.open(incoming, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = content.read(buffer)) > 0; ) {
                size += n;
                if (size > limit) {
                    throw new EvidenceRefused(Reason.TOO_LARGE, "证据文件超过 " + megabytes(limit) + " 的上限 / The evidence "
                            + "file is larger than the limit of " + megabytes(limit));
                }
                sha256.update(buffer, 0, n);
                sm3.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            out.flush();
            channel.force(true);
        }
        if (size == 0) {
            throw new EvidenceRefused(Reason.EMPTY, "证据文件为空 / The evidence file is empty");
        }
        Optional<EvidenceType> type = ContentSniffer.of(incoming);
        if (type.isEmpty()) {
            throw new EvidenceRefused(Reason.TYPE, "证据文件须为文档（PDF、OFD、Office）、图片、音频或视频，按内容判断而非文件名 / "
                    + "Evidence must be a document (PDF, OFD, Office), an image, audio or video, judged by its content, "
                    + "not its name");
        }
        scan.check(incoming);
        byte[] sm3Digest = new byte[sm3.getDigestSize()];
        sm3.doFinal(sm3Digest, 0);
        return new Stored(HEX.formatHex(sha256.digest()), HEX.formatHex(sm3Digest), size, type.get());
    }

    /**
     * The stored file with that SHA-256 and size, open for reading, after its digest has been taken again: a file
     * changed on disk is refused ({@link EvidenceAltered}), not served.
     */
    public InputStream open(String sha256, long size) {
        Path file = pathOf(sha256);
        try {
            if (!Files.isRegularFile(file)) {
                throw new EvidenceAltered("证据文件在存储中缺失 / The evidence file is missing from the store: " + sha256);
            }
            MessageDigest digest = sha256();
            long read = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                    read += n;
                }
            }
            if (read != size || !MessageDigest.isEqual(HEX.parseHex(sha256), digest.digest())) {
                throw new EvidenceAltered("证据文件与接收时的摘要不符，已拒绝提供 / The evidence file no longer matches the "
                        + "digest taken when it was received and is not served: " + sha256);
            }
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("证据文件无法读取 / The evidence file cannot be read", e);
        }
    }

    /**
     * The SHA-256s of the stored files last received before {@code cutoff} (receiving the same content again renews its
     * time), for the sweep to check against the transfers that name them; part files left by an upload that broke off
     * before then are deleted on the way.
     */
    public List<String> receivedBefore(Instant cutoff) {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(root, 3)) {
            files.filter(Files::isRegularFile).filter(f -> modifiedBefore(f, cutoff)).forEach(f -> {
                String name = f.getFileName().toString();
                if (f.getParent().getFileName().toString().equals("incoming")) {
                    discard(f);
                } else if (name.matches("[0-9a-f]{64}")) {
                    found.add(name);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("证据目录无法读取 / The evidence directory cannot be read", e);
        }
        return found;
    }

    /** Deletes a stored file that no transfer names (the sweep's decision, not the store's). */
    public void discard(String sha256) {
        discard(pathOf(sha256));
    }

    private static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("证据文件无法删除 / The evidence file cannot be deleted: " + file, e);
        }
    }

    private static boolean modifiedBefore(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    /** Where the file with that SHA-256 lives (for the operators' tools and the tests). */
    public Path pathOf(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the file's name in its directory durable (the file's bytes were synced as it was written). */
    private static void sync(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a directory for syncing; the rename is then as durable as they make it.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
