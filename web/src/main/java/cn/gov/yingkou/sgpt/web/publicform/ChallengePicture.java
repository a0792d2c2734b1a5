package cn.gov.yingkou.sgpt.web.publicform;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

import javax.imageio.ImageIO;

/**
 * Draws a challenge's characters as a PNG on the platform itself (no outside service): each character turned and
 * shifted a little, over crossing lines and specks, so that it reads easily to a person and not to a simple program.
 */
public final class ChallengePicture {

    static final int WIDTH = 160;
    static final int HEIGHT = 56;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChallengePicture() {
    }

    public static byte[] png(String characters) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(246, 248, 250));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (int i = 0; i < 120; i++) {
                g.setColor(new Color(150 + RANDOM.nextInt(90), 150 + RANDOM.nextInt(90), 150 + RANDOM.nextInt(90)));
                g.fillRect(RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT), 2, 2);
            }
            g.setStroke(new BasicStroke(1.6f));
            for (int i = 0; i < 5; i++) {
                g.setColor(new Color(90 + RANDOM.nextInt(100), 90 + RANDOM.nextInt(100), 90 + RANDOM.nextInt(100)));
                g.drawLine(RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT), RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT));
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
            int step = (WIDTH - 20) / characters.length();
            for (int i = 0; i < characters.length(); i++) {
                AffineTransform before = g.getTransform();
                int x = 12 + i * step + RANDOM.nextInt(6);
                int y = 38 + RANDOM.nextInt(9) - 4;
                g.rotate(Math.toRadians(RANDOM.nextInt(41) - 20), x + 8.0, y - 10.0);
                g.setColor(new Color(20 + RANDOM.nextInt(80), 40 + RANDOM.nextInt(80), 60 + RANDOM.nextInt(100)));
                g.drawString(String.valueOf(characters.charAt(i)), x, y);
                g.setTransform(before);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
