package cn.gov.yingkou.sgpt.licensing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.licensing.boundary.CertificateForm;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;

/** The certificate carries what a holder and an inspector read off it, in text a machine can read back. */
class CertificatePdfTest {

    @Test
    void theCertificateShowsTheLicenceInChinese() throws IOException {
        // The platform ships no font (they are licensed separately): a machine without one cannot print.
        assumeTrue(CertificateFont.locate().isPresent(), "no CJK font on this machine (Debian: apt-get install "
                + "fonts-wqy-microhei, or -D" + CertificateFont.PROPERTY + "=<font file>); certificate rendering not tested");
        LicenceView licence = new LicenceView("XK210800-2026-51", "SQ210800-20261128-1", "210800", "210800-XZSP",
                "000105001000", "食品经营许可", ApplicantKind.ORGANISATION, "91350100M000100Y43", "营口鲜味食品店",
                "预包装食品（含冷藏冷冻食品）销售；散装食品销售；热食类食品制售；" + "自制饮品制售。".repeat(6),
                LocalDate.of(2026, 12, 1), null, CertificateForm.PAPER, "No.2108000001", LicenceStatus.VALID, null,
                Instant.parse("2026-11-28T02:00:00Z"), "spj.clerk", Instant.parse("2026-11-28T02:00:00Z"), null);

        String verification = "https://sgpt.example.gov.cn/verify.xhtml?c=ABCDEFGHJKLMNPQRSTUV";
        byte[] pdf = CertificatePdf.render(licence, "营口市行政审批局", CertificateFont.require(), verification);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            for (String expected : new String[] {"食品经营许可证", "XK210800-2026-51", "营口鲜味食品店", "91350100M000100Y43",
                    "2026年12月1日至长期", "营口市行政审批局", "2026年11月28日", "No.2108000001", "自制饮品制售。自制饮品制售。"}) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            assertEquals(verification, qrCodeOf(document), "the QR code leads to the verification page");
        }
    }

    /** The page's QR code as a phone reads the printed page: from its picture. */
    private static String qrCodeOf(PDDocument document) throws IOException {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(),
                    page.getHeight(), pixels)))).getText();
        } catch (ReaderException e) {
            throw new AssertionError("no readable QR code on the certificate", e);
        }
    }
}
