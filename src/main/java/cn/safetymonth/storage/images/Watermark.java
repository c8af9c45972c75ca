package cn.safetymonth.storage.images;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A visible watermark: a dark translucent band across the bottom of the picture with a few lines of
 * text (what, when, where), as on-site photo apps stamp them. Drawn onto the image passed in.
 */
public final class Watermark {

    private Watermark() {
    }

    /** The band's height for an image of this size and this many lines: the part of the picture that changes. */
    public static int bandHeight(int imageWidth, int imageHeight, int lines) {
        int fontSize = fontSize(imageWidth, imageHeight);
        return Math.min(imageHeight, lines * (fontSize * 3 / 2) + fontSize);
    }

    public static void stamp(BufferedImage image, List<String> lines, Font baseFont) {
        int w = image.getWidth();
        int h = image.getHeight();
        int fontSize = fontSize(w, h);
        int band = bandHeight(w, h, lines.size());
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
            g.setColor(Color.BLACK);
            g.fillRect(0, h - band, w, band);
            g.setComposite(AlphaComposite.SrcOver);
            Font font = baseFont.deriveFont((float) fontSize);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            g.setColor(Color.WHITE);
            int y = h - band + fontSize / 2 + fm.getAscent();
            for (String line : lines) {
                g.drawString(Text.fit(line, fm, w - fontSize), fontSize / 2, y);
                y += fontSize * 3 / 2;
            }
        } finally {
            g.dispose();
        }
    }

    private static int fontSize(int w, int h) {
        return Math.max(12, Math.min(w, h) / 28);
    }
}
