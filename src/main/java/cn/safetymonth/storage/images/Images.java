package cn.safetymonth.storage.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Reading what people upload and writing what we render. Uploads are judged by their bytes, never by
 * their name or declared type; big photos are decoded with subsampling so a 12 MP picture costs a few
 * megabytes of memory, not fifty.
 */
public final class Images {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private Images() {
    }

    public enum Format {
        PNG("image/png", "png"), JPEG("image/jpeg", "jpg");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    /** What the bytes are, read from their magic number and the image header (no pixels decoded). */
    public record Probe(Format format, int width, int height) {
        public long pixels() {
            return (long) width * height;
        }
    }

    /** The format and dimensions, or empty when the bytes are no PNG or JPEG that a decoder accepts. */
    public static Optional<Probe> probe(byte[] bytes) {
        return probe(format(bytes), () -> ImageIO.createImageInputStream(new ByteArrayInputStream(bytes)));
    }

    /** The same for a file (an upload streamed to disk): only its first bytes and header are read. */
    public static Optional<Probe> probe(Path file) throws IOException {
        return probe(format(file).orElse(null), () -> ImageIO.createImageInputStream(file.toFile()));
    }

    /**
     * Decodes the image, subsampled so that its longer edge is at most about {@code maxEdge} pixels.
     * Empty when the bytes do not decode (truncated, corrupt, not an image).
     */
    public static Optional<BufferedImage> decode(byte[] bytes, int maxEdge) {
        return probe(bytes).flatMap(p -> decode(p, () -> ImageIO.createImageInputStream(new ByteArrayInputStream(bytes)), maxEdge));
    }

    /**
     * Decodes the whole file, subsampled, and fails on anything the decoder only warned about (a scan cut
     * short, data it had to skip): a picture that "decodes" as a grey half is broken, not accepted.
     */
    public static BufferedImage decodeStrict(Path file, Probe p, int maxEdge) throws IOException {
        int step = Math.max(1, (Math.max(p.width(), p.height()) + maxEdge - 1) / maxEdge);
        List<String> warnings = new ArrayList<>();
        BufferedImage image;
        try {
            image = read(p, () -> ImageIO.createImageInputStream(file.toFile()), step, warnings);
        } catch (RuntimeException e) {
            throw new IOException("decoder failed: " + e.getClass().getSimpleName(), e);
        }
        if (!warnings.isEmpty()) {
            throw new IOException("decoder warned: " + warnings.get(0));
        }
        return image;
    }

    /** PNG or JPEG by the file's first bytes, or empty when it is neither. */
    public static Optional<Format> format(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PNG_MAGIC.length);
        }
        return Optional.ofNullable(format(head));
    }

    private interface Source {
        ImageInputStream open() throws IOException;
    }

    private static Format format(byte[] head) {
        return startsWith(head, PNG_MAGIC) ? Format.PNG : startsWith(head, JPEG_MAGIC) ? Format.JPEG : null;
    }

    private static Optional<Probe> probe(Format format, Source source) {
        if (format == null) {
            return Optional.empty();
        }
        try (ImageInputStream in = source.open()) {
            ImageReader reader = reader(in, format);
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Probe(format, reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<BufferedImage> decode(Probe p, Source source, int maxEdge) {
        int step = Math.max(1, Math.max(p.width(), p.height()) / maxEdge);
        try {
            return Optional.of(read(p, source, step, new ArrayList<>()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Reads every {@code step}-th pixel of every {@code step}-th row; what the decoder only warns about goes into {@code warnings}. */
    private static BufferedImage read(Probe p, Source source, int step, List<String> warnings) throws IOException {
        try (ImageInputStream in = source.open()) {
            ImageReader reader = reader(in, p.format());
            try {
                reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** A copy no larger than {@code maxEdge} on its longer side, in RGB (JPEG has no alpha). */
    public static BufferedImage fitRgb(BufferedImage source, int maxEdge) {
        double scale = Math.min(1.0, (double) maxEdge / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed", e);
        }
        return out.toByteArray();
    }

    public static byte[] jpeg(BufferedImage rgb, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static ImageReader reader(ImageInputStream in, Format format) throws IOException {
        if (in == null) {
            throw new IOException("no input");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == Format.PNG ? "png" : "jpeg");
        if (!readers.hasNext()) {
            throw new IOException("no reader for " + format);
        }
        return readers.next();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes == null || bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
