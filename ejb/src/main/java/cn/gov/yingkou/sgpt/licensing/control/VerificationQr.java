package cn.gov.yingkou.sgpt.licensing.control;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn as vector squares into a PDF page: sharp at any print resolution, with error correction level M
 * (15%), which survives a folded or stamped certificate.
 */
final class VerificationQr {

    private VerificationQr() {
    }

    /** Draws the code of {@code text} with its lower left corner at (x, y), {@code size} points square. */
    static void draw(PDPageContentStream page, String text, float x, float y, float size) throws IOException {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text, e);
        }
        float module = size / modules.getWidth();
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int column = 0; column < modules.getWidth(); column++) {
                if (modules.get(column, row)) {
                    page.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        page.fill();
    }
}
