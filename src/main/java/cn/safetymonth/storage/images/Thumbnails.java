package cn.safetymonth.storage.images;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Small JPEG previews for lists. The source is decoded from disk with subsampling (every n-th pixel of
 * every n-th row), so a 12-megapixel photo costs a few hundred kilobytes of memory, not 48 megabytes.
 */
public final class Thumbnails {

    private Thumbnails() {
    }

    /** A JPEG at most {@code maxSide} pixels wide and high, turned upright by the EXIF orientation if known. */
    public static byte[] jpeg(Path file, Images.Probe probe, Integer orientation, int maxSide) throws IOException {
        BufferedImage decoded = Images.decode(file, probe, maxSide).orElseThrow(() -> new IOException("undecodable image"));
        return Images.jpeg(rotate(Images.fitRgb(decoded, maxSide), orientation == null ? 1 : orientation), 0.8f);
    }

    /** EXIF orientations 3, 6 and 8 (the ones phones write); mirrored ones are shown as they are. */
    private static BufferedImage rotate(BufferedImage src, int orientation) {
        int quarterTurns = switch (orientation) {
            case 6 -> 1;
            case 3 -> 2;
            case 8 -> 3;
            default -> 0;
        };
        if (quarterTurns == 0) {
            return src;
        }
        boolean swap = quarterTurns % 2 == 1;
        int w = swap ? src.getHeight() : src.getWidth();
        int h = swap ? src.getWidth() : src.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        AffineTransform t = new AffineTransform();
        t.translate(w / 2.0, h / 2.0);
        t.quadrantRotate(quarterTurns);
        t.translate(-src.getWidth() / 2.0, -src.getHeight() / 2.0);
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }
}
