package cn.gov.yingkou.sgpt.licensing.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import cn.gov.yingkou.sgpt.licensing.boundary.CertificateForm;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.shared.Beijing;

/**
 * A licence's printable certificate (A4, one page): the item as its title, then number, holder and identifier,
 * scope, validity, issuing authority and date, and the certificate reference — the printed form's stock
 * number or the electronic licence's identifier — with a QR code leading to the licence's public verification page, as
 * Chinese electronic licences carry. Only the glyphs used are embedded.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final float MARGIN = 72;
    /** The QR code's side, in points: about 30 mm, read by a phone at arm's length. */
    private static final float QR_SIZE = 84;

    private CertificatePdf() {
    }

    /** The certificate, with a QR code of {@code verificationUrl}: the licence's public verification page. */
    public static byte[] render(LicenceView licence, String issuerName, Path fontFile, String verificationUrl) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
                // Read from a stream, not a mapped file: PDFBox cannot unmap a file on a modular JDK and logs it.
                InputStream in = Files.newInputStream(fontFile);
                TrueTypeCollection collection = fontFile.toString().toLowerCase().endsWith(".ttc")
                        ? new TrueTypeCollection(in) : null) {
            PDFont font = collection == null ? PDType0Font.load(document, in)
                    : PDType0Font.load(document, first(collection), true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(licence.itemName() + " " + licence.number());
            info.setCreator("营口市审批监管信息交换平台");
            float width = page.getMediaBox().getWidth();
            float y = page.getMediaBox().getHeight() - MARGIN - 40;
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                y = centred(text, font, 26, licence.itemName() + "证", width, y);
                y = centred(text, font, 12, "编号：" + licence.number(), width, y - 14);
                y -= 30;
                for (String[] row : rows(licence, issuerName)) {
                    y = field(text, font, row[0], row[1], width, y);
                }
                VerificationQr.draw(text, verificationUrl, width - MARGIN - QR_SIZE, MARGIN + 12, QR_SIZE);
                write(text, font, 8, "扫码核验", width - MARGIN - QR_SIZE / 2 - 16, MARGIN + 2);
                text.setLineWidth(0.8f);
                text.addRect(MARGIN - 18, MARGIN - 18, width - 2 * MARGIN + 36, page.getMediaBox().getHeight() - 2 * MARGIN + 36);
                text.stroke();
                centred(text, font, 9, "本证照由营口市审批监管信息交换平台生成；" + (licence.form() == CertificateForm.PAPER
                        ? "制式证照印制编号 " : "电子证照标识 ") + licence.certificateRef(), width, MARGIN);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> rows(LicenceView l, String issuerName) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"持证主体", l.holderName()});
        rows.add(new String[] {l.holderKind().name().equals("PERSON") ? "身份证号码" : "统一社会信用代码", l.holderId()});
        rows.add(new String[] {"许可事项", l.itemCode() + " " + l.itemName()});
        rows.add(new String[] {"许可范围", l.scope()});
        rows.add(new String[] {"有效期", DAY.format(l.validFrom()) + " 至 " + (l.validUntil() == null ? "长期"
                : DAY.format(l.validUntil()))});
        rows.add(new String[] {"发证机关", issuerName});
        rows.add(new String[] {"发证日期", DAY.format(l.issuedAt().atZone(Beijing.ZONE))});
        rows.add(new String[] {"申请编号", l.applicationNumber()});
        return rows;
    }

    private static float centred(PDPageContentStream text, PDFont font, float size, String line, float width, float y)
            throws IOException {
        float lineWidth = font.getStringWidth(line) / 1000 * size;
        write(text, font, size, line, (width - lineWidth) / 2, y);
        return y - size * 1.6f;
    }

    /** A label and its value, the value wrapped to the page's width. */
    private static float field(PDPageContentStream text, PDFont font, String label, String value, float width, float y)
            throws IOException {
        float size = 13;
        write(text, font, size, label + "：", MARGIN, y);
        float left = MARGIN + 135;
        for (String line : wrap(font, size, value == null ? "" : value, width - left - MARGIN)) {
            write(text, font, size, line, left, y);
            y -= size * 1.7f;
        }
        return y - 6;
    }

    private static List<String> wrap(PDFont font, float size, String value, float room) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            String next = line + new String(Character.toChars(cp));
            if (!line.isEmpty() && font.getStringWidth(next) / 1000 * size > room) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }

    private static void write(PDPageContentStream text, PDFont font, float size, String line, float x, float y)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(line);
        text.endText();
    }

    private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] found = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (found[0] == null) {
                found[0] = font;
            }
        });
        if (found[0] == null) {
            throw new IOException("字体集合为空 / The font collection holds no font");
        }
        return found[0];
    }
}
