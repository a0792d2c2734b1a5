package cn.gov.yingkou.sgpt.transfer.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells an evidence file's type from its first bytes (and, for the zip-based office formats, from the entries the
 * format requires), whatever the file is called: a {@code .pdf} that starts like an executable is no PDF. Answers
 * empty for anything that is not one of {@link EvidenceType}.
 */
public final class ContentSniffer {

    private static final int HEAD = 64;
    private static final Set<String> VIDEO_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1",
            "M4V ", "M4VH", "M4VP", "MSNV", "dash", "f4v ", "mmp4", "NDAS");
    private static final Set<String> AUDIO_BRANDS = Set.of("M4A ", "M4B ", "F4A ");
    private static final Set<String> IMAGE_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "mif1", "msf1", "avif");

    private ContentSniffer() {
    }

    public static Optional<EvidenceType> of(Path file) throws IOException {
        byte[] head = new byte[HEAD];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, HEAD);
        }
        byte[] h = Arrays.copyOf(head, n);
        if (startsWith(h, 0, 0x50, 0x4B, 0x03, 0x04)) {
            return zipped(file);
        }
        return Optional.ofNullable(byHead(h));
    }

    private static EvidenceType byHead(byte[] h) {
        if (ascii(h, 0, "%PDF-")) {
            return EvidenceType.PDF;
        }
        if (startsWith(h, 0, 0xFF, 0xD8, 0xFF)) {
            return EvidenceType.JPEG;
        }
        if (startsWith(h, 0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return EvidenceType.PNG;
        }
        if (ascii(h, 0, "GIF87a") || ascii(h, 0, "GIF89a")) {
            return EvidenceType.GIF;
        }
        if (startsWith(h, 0, 0x49, 0x49, 0x2A, 0x00) || startsWith(h, 0, 0x4D, 0x4D, 0x00, 0x2A)) {
            return EvidenceType.TIFF;
        }
        if (ascii(h, 0, "BM") && h.length >= 26 && h[14] != 0 && h[6] == 0 && h[7] == 0 && h[8] == 0 && h[9] == 0) {
            return EvidenceType.BMP;
        }
        if (startsWith(h, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return EvidenceType.OFFICE_97;
        }
        if (ascii(h, 0, "RIFF") && h.length >= 12) {
            return ascii(h, 8, "WEBP") ? EvidenceType.WEBP : ascii(h, 8, "WAVE") ? EvidenceType.WAV
                    : ascii(h, 8, "AVI ") ? EvidenceType.AVI : null;
        }
        if (ascii(h, 4, "ftyp") && h.length >= 12) {
            return byBrand(new String(h, 8, 4, StandardCharsets.ISO_8859_1));
        }
        if (ascii(h, 0, "ID3") || startsWith(h, 0, 0xFF, 0xFB) || startsWith(h, 0, 0xFF, 0xF3)
                || startsWith(h, 0, 0xFF, 0xF2)) {
            return EvidenceType.MP3;
        }
        if (ascii(h, 0, "#!AMR")) {
            return EvidenceType.AMR;
        }
        if (ascii(h, 0, "OggS")) {
            return EvidenceType.OGG;
        }
        if (startsWith(h, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return EvidenceType.MATROSKA;
        }
        if (ascii(h, 0, "FLV") && h.length > 3 && h[3] == 1) {
            return EvidenceType.FLV;
        }
        if (startsWith(h, 0, 0x00, 0x00, 0x01, 0xBA) || startsWith(h, 0, 0x00, 0x00, 0x01, 0xB3)) {
            return EvidenceType.MPEG;
        }
        return null;
    }

    private static EvidenceType byBrand(String brand) {
        if (VIDEO_BRANDS.contains(brand)) {
            return EvidenceType.MP4;
        }
        if (AUDIO_BRANDS.contains(brand)) {
            return EvidenceType.M4A;
        }
        if (IMAGE_BRANDS.contains(brand)) {
            return EvidenceType.HEIC;
        }
        if (brand.equals("qt  ")) {
            return EvidenceType.MOV;
        }
        return brand.startsWith("3gp") || brand.startsWith("3g2") ? EvidenceType.THREE_GP : null;
    }

    /** A zip is evidence only as one of the office formats, each known by the entry its standard requires. */
    private static Optional<EvidenceType> zipped(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                return Optional.ofNullable(zip.getEntry("word/document.xml") != null ? EvidenceType.DOCX
                        : zip.getEntry("xl/workbook.xml") != null ? EvidenceType.XLSX
                        : zip.getEntry("ppt/presentation.xml") != null ? EvidenceType.PPTX : null);
            }
            if (zip.getEntry("OFD.xml") != null) {
                return Optional.of(EvidenceType.OFD);
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() < 200) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                    return type.startsWith("application/vnd.oasis.opendocument.") ? Optional.of(EvidenceType.ODF)
                            : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] h, int at, int... bytes) {
        if (h.length < at + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((h[at + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] h, int at, String text) {
        return startsWith(h, at, text.chars().toArray());
    }
}
