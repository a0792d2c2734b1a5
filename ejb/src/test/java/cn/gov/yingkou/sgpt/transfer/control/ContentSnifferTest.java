package cn.gov.yingkou.sgpt.transfer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSnifferTest {

    @TempDir
    Path dir;

    private Optional<EvidenceType> sniff(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("file.pdf"), content);
        return ContentSniffer.of(file);
    }

    private Optional<EvidenceType> sniffZip(String... entries) throws IOException {
        Path file = dir.resolve("file.docx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                String[] nameAndText = entry.split("=", 2);
                zip.putNextEntry(new ZipEntry(nameAndText[0]));
                zip.write((nameAndText.length > 1 ? nameAndText[1] : "<x/>").getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return ContentSniffer.of(file);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[Math.max(values.length, 32)];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void documentsImagesAudioAndVideoAreKnownByTheirFirstBytes() throws IOException {
        assertEquals(Optional.of(EvidenceType.PDF), sniff(ascii("%PDF-1.4\n")));
        assertEquals(Optional.of(EvidenceType.JPEG), sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F')));
        assertEquals(Optional.of(EvidenceType.PNG), sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13)));
        assertEquals(Optional.of(EvidenceType.GIF), sniff(ascii("GIF89a....")));
        assertEquals(Optional.of(EvidenceType.OFFICE_97), sniff(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)));
        assertEquals(Optional.of(EvidenceType.WAV), sniff(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt ")));
        assertEquals(Optional.of(EvidenceType.AVI), sniff(ascii("RIFF\u0024\u0000\u0000\u0000AVI LIST")));
        assertEquals(Optional.of(EvidenceType.MP4), sniff(ascii("\u0000\u0000\u0000\u0018ftypisom\u0000\u0000\u0002\u0000")));
        assertEquals(Optional.of(EvidenceType.MOV), sniff(ascii("\u0000\u0000\u0000\u0014ftypqt  \u0000\u0000\u0002\u0000")));
        assertEquals(Optional.of(EvidenceType.M4A), sniff(ascii("\u0000\u0000\u0000\u0020ftypM4A \u0000\u0000\u0000\u0000")));
        assertEquals(Optional.of(EvidenceType.HEIC), sniff(ascii("\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000")));
        assertEquals(Optional.of(EvidenceType.THREE_GP), sniff(ascii("\u0000\u0000\u0000\u0014ftyp3gp4\u0000\u0000\u0000\u0000")));
        assertEquals(Optional.of(EvidenceType.MP3), sniff(ascii("ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000")));
        assertEquals(Optional.of(EvidenceType.AMR), sniff(ascii("#!AMR\n")));
        assertEquals(Optional.of(EvidenceType.MATROSKA), sniff(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x93)));
    }

    @Test
    void aZipCountsOnlyAsTheOfficeFormatItsEntriesMake() throws IOException {
        assertEquals(Optional.of(EvidenceType.DOCX), sniffZip("[Content_Types].xml", "word/document.xml"));
        assertEquals(Optional.of(EvidenceType.XLSX), sniffZip("[Content_Types].xml", "xl/workbook.xml"));
        assertEquals(Optional.of(EvidenceType.PPTX), sniffZip("[Content_Types].xml", "ppt/presentation.xml"));
        assertEquals(Optional.of(EvidenceType.OFD), sniffZip("OFD.xml", "Doc_0/Document.xml"));
        assertEquals(Optional.of(EvidenceType.ODF), sniffZip("mimetype=application/vnd.oasis.opendocument.text",
                "content.xml"));
        assertEquals(Optional.empty(), sniffZip("payload.exe"), "an archive of anything else");
        assertEquals(Optional.empty(), sniffZip("[Content_Types].xml", "evil.js"), "an OOXML package of no office kind");
    }

    @Test
    void executablesScriptsAndUnknownContentAreNothing() throws IOException {
        assertEquals(Optional.empty(), sniff(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1)));
        assertEquals(Optional.empty(), sniff(ascii("MZ\u0090\u0000\u0003")));
        assertEquals(Optional.empty(), sniff(bytes(0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1)));
        assertEquals(Optional.empty(), sniff(ascii("#!/bin/sh\necho\n")));
        assertEquals(Optional.empty(), sniff(ascii("<html><script>")));
        assertEquals(Optional.empty(), sniff(ascii("P")), "a file shorter than any signature");
    }
}
