package cn.safetymonth.storage.images;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** Laying out Chinese text on images: CJK text has no spaces, so lines break at any character. */
public final class Text {

    private Text() {
    }

    /** The text, cut with "…" so that it fits in {@code maxWidth} pixels. */
    public static String fit(String text, FontMetrics fm, int maxWidth) {
        if (fm.stringWidth(text) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && fm.stringWidth(text.substring(0, end) + "…") > maxWidth) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "…";
    }

    /** Breaks text into lines no wider than {@code maxWidth}, honouring its own line breaks. */
    public static List<String> wrap(String text, FontMetrics fm, int maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            paragraph.codePoints().forEach(cp -> {
                String next = line + new String(Character.toChars(cp));
                if (fm.stringWidth(next) > maxWidth && !line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
            });
            lines.add(line.toString());
        }
        return lines;
    }

    /** Draws {@code text} centred horizontally on {@code centerX} with its baseline at {@code y}. */
    public static void centered(Graphics2D g, String text, int centerX, int y) {
        g.drawString(text, centerX - g.getFontMetrics().stringWidth(text) / 2, y);
    }
}
