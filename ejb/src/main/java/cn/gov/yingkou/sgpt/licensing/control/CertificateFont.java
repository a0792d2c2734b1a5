package cn.gov.yingkou.sgpt.licensing.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The CJK font certificates are printed in: the file named by {@code -Dsgpt.certificate.font} (a .ttf, or a
 * .ttc whose first font is used), else the first of the fonts Linux and Windows servers commonly carry.
 * Fonts are licensed separately from the platform, so it ships none.
 */
public final class CertificateFont {

    public static final String PROPERTY = "sgpt.certificate.font";

    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "C:/Windows/Fonts/simsun.ttc");

    private CertificateFont() {
    }

    public static Path require() {
        return locate().orElseThrow(() -> new IllegalStateException("未找到打印证照所需的中文字体，请用 -D" + PROPERTY
                + "=字体文件 指定 / No CJK font for printing certificates: name one with -D" + PROPERTY + "=<font file>"));
    }

    /** The font certificates would be printed in; empty when this machine has none (printing is then refused). */
    public static Optional<Path> locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.strip());
            return Files.isReadable(path) ? Optional.of(path) : Optional.empty();
        }
        return KNOWN.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }
}
