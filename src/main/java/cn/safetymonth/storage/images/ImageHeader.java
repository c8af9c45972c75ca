package cn.safetymonth.storage.images;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/**
 * What a picture file is, read from its first bytes and its header: the kind and the size in pixels.
 * Nothing is decoded, so a 50-megapixel bomb costs a few kilobytes to refuse.
 */
public record ImageHeader(ImageKind kind, int width, int height) {

    public long pixels() {
        return (long) width * height;
    }

    /** Empty when the file is not a JPEG or PNG, or its header cannot be read. */
    public static Optional<ImageHeader> read(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        Optional<ImageKind> kind = ImageKind.sniff(head);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.get().contentType());
            if (in == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new ImageHeader(kind.get(), reader.getWidth(0), reader.getHeight(0)));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // a truncated or forged header: not a picture we can show
            } finally {
                reader.dispose();
            }
        }
    }
}
