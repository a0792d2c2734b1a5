package cn.gov.yingkou.sgpt.transfer.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceAltered;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceRefused;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceRefused.Reason;

class EvidenceStoreTest {

    private static final byte[] PDF = "%PDF-1.7\n% evidence\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path root;

    private EvidenceStore store(long limit) {
        return new EvidenceStore(root, limit, new VirusScan(null, 10));
    }

    @Test
    void aFileIsKeptUnderItsSha256WithItsSm3AsOtherToolsComputeThem() throws IOException {
        EvidenceStore.Stored stored = store(1024).put(new ByteArrayInputStream(PDF));
        // Both digests as OpenSSL computes them for these bytes (its SM3 gives 66c7f0f4… for "abc", GB/T 32905's example).
        assertEquals("945c7db221183c9fc8d89adf62976543a9ca3a8caf3a502dd5df63053706258c", stored.sha256());
        assertEquals("55ad73d83e3a8929addeef8a93fae885aa1c27f098dc8339b957dca7bd642110", stored.sm3());
        assertEquals(PDF.length, stored.size());
        assertEquals(EvidenceType.PDF, stored.type());
        assertArrayEquals(PDF, Files.readAllBytes(root.resolve("94/5c").resolve(stored.sha256())));
        try (InputStream back = store(1024).open(stored.sha256(), stored.size())) {
            assertArrayEquals(PDF, back.readAllBytes());
        }
    }

    @Test
    void anExecutableCalledPdfIsRefusedAndNothingIsLeft() throws IOException {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] windows = "MZ\u0090\u0000\u0003\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] executable : new byte[][] {elf, windows, "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII)}) {
            EvidenceRefused refused = assertThrows(EvidenceRefused.class,
                    () -> store(1024).put(new ByteArrayInputStream(executable)));
            assertEquals(Reason.TYPE, refused.reason());
        }
        assertEquals(0, filesIn(root));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAllAndNothingIsLeft() throws IOException {
        byte[] big = new byte[5 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        ByteArrayInputStream in = new ByteArrayInputStream(big);
        EvidenceRefused refused = assertThrows(EvidenceRefused.class, () -> store(1024 * 1024).put(in));
        assertEquals(Reason.TOO_LARGE, refused.reason());
        assertTrue(refused.getMessage().contains("1 MB"), refused.getMessage());
        assertTrue(in.available() > 3 * 1024 * 1024, "the upload is not read on past the limit");
        assertEquals(0, filesIn(root));
        assertEquals(Reason.EMPTY, assertThrows(EvidenceRefused.class,
                () -> store(1024).put(new ByteArrayInputStream(new byte[0]))).reason());
    }

    @Test
    void aFileChangedOrRemovedOnDiskIsNotServed() throws IOException {
        EvidenceStore store = store(1024);
        EvidenceStore.Stored stored = store.put(new ByteArrayInputStream(PDF));
        Path file = store.pathOf(stored.sha256());
        byte[] changed = PDF.clone();
        changed[changed.length - 2] = 'X';
        Files.write(file, changed);
        assertThrows(EvidenceAltered.class, () -> store.open(stored.sha256(), stored.size()));
        Files.write(file, PDF);
        store.open(stored.sha256(), stored.size()).close();
        Files.delete(file);
        assertThrows(EvidenceAltered.class, () -> store.open(stored.sha256(), stored.size()));
    }

    @Test
    void theConfiguredScannerDecidesAndAScannerThatFailsRefusesTheFile() throws IOException {
        Path scanner = root.resolveSibling(root.getFileName() + "-scan.sh");
        Files.writeString(scanner, "#!/bin/sh\ngrep -q EICAR \"$1\" && exit 1\ngrep -q BROKEN \"$1\" && exit 2\nexit 0\n");
        Files.setPosixFilePermissions(scanner, PosixFilePermissions.fromString("rwx------"));
        EvidenceStore store = new EvidenceStore(root, 1024, new VirusScan(scanner.toString(), 10));
        try {
            assertEquals(EvidenceType.PDF, store.put(new ByteArrayInputStream(PDF)).type());
            assertEquals(Reason.INFECTED, assertThrows(EvidenceRefused.class, () -> store.put(
                    new ByteArrayInputStream("%PDF-1.4 EICAR-STANDARD-ANTIVIRUS-TEST".getBytes(StandardCharsets.US_ASCII))))
                    .reason());
            assertEquals(Reason.UNSCANNED, assertThrows(EvidenceRefused.class, () -> store.put(
                    new ByteArrayInputStream("%PDF-1.4 BROKEN".getBytes(StandardCharsets.US_ASCII)))).reason());
            assertEquals(1, filesIn(root), "only the clean file");
            assertEquals(Reason.UNSCANNED, assertThrows(EvidenceRefused.class, () -> new EvidenceStore(root, 1024,
                    new VirusScan("/nonexistent/scanner", 10)).put(new ByteArrayInputStream(PDF))).reason());
        } finally {
            Files.delete(scanner);
        }
    }

    private static long filesIn(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
    @Test
    void filesReceivedBeforeACutoffAreListedForTheSweepAndReceivingAgainRenewsThem() throws IOException {
        EvidenceStore store = store(1024);
        EvidenceStore.Stored old = store.put(new ByteArrayInputStream(PDF));
        EvidenceStore.Stored renewed = store.put(new ByteArrayInputStream("%PDF-1.4\n% again\n".getBytes(StandardCharsets.US_ASCII)));
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        Files.setLastModifiedTime(store.pathOf(old.sha256()), FileTime.from(twoDaysAgo));
        Files.setLastModifiedTime(store.pathOf(renewed.sha256()), FileTime.from(twoDaysAgo));
        Path brokenOff = Files.createDirectories(root.resolve("incoming")).resolve("x.part");
        Files.writeString(brokenOff, "%PDF-");
        Files.setLastModifiedTime(brokenOff, FileTime.from(twoDaysAgo));
        store.put(new ByteArrayInputStream("%PDF-1.4\n% again\n".getBytes(StandardCharsets.US_ASCII)));

        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        assertEquals(List.of(old.sha256()), store.receivedBefore(dayAgo), "the one received again is not old");
        assertFalse(Files.exists(brokenOff), "an upload that broke off long ago leaves nothing");
        store.discard(old.sha256());
        assertFalse(Files.exists(store.pathOf(old.sha256())));
        assertEquals(List.of(), store.receivedBefore(dayAgo));
    }
}
