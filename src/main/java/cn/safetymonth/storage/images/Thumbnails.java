package cn.safetymonth.storage.images;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Small JPEG previews for lists. The source is decoded with subsampling (every n-th pixel of every
 * n-th row), so a 12-megapixel photo costs a few hundred kilobytes of memory, not 48 megabytes.
 */
public final class Thumbnails {

    private Thumbnails() {
    }

    /** A JPEG at most {@code maxSide} pixels wide and high, turned upright by the EXIF orientation if known. */
    public static byte[] jpeg(Path file, ImageHeader header, Integer orientation, int maxSide) throws IOException {
        BufferedImage decoded = decodeSubsampled(file, header, maxSide);
        BufferedImage upright = rotate(fit(decoded, maxSide), orientation == null ? 1 : orientation);
        return encode(upright);
    }

    private static BufferedImage decodeSubsampled(Path file, ImageHeader header, int maxSide) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(header.kind().contentType());
            if (in == null || !readers.hasNext()) {
                throw new IOException("no reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int step = Math.max(1, Math.max(header.width(), header.height()) / maxSide);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } catch (RuntimeException e) {
                throw new IOException("undecodable image", e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Scales down to fit and flattens transparency onto white (JPEG has no alpha). */
    private static BufferedImage fit(BufferedImage src, int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(src.getWidth(), src.getHeight()));
        int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
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

    private static byte[] encode(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
