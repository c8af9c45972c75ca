package cn.safetymonth.storage.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A picture as the intake let it through: only its pixels (no metadata, nothing after the image), upright,
 * in a temp file that {@link #close()} removes. What its metadata said is in {@link #evidence()}, for the
 * modules that keep it as evidence; nobody else sees it.
 */
public final class CleanImage implements AutoCloseable {

    private final Path file;
    private final Images.Probe probe;
    private final PhotoEvidence evidence;
    private final BufferedImage preview;
    private final int thumbnailSide;

    CleanImage(Path file, Images.Probe probe, PhotoEvidence evidence, BufferedImage preview, int thumbnailSide) {
        this.file = file;
        this.probe = probe;
        this.evidence = evidence;
        this.preview = preview;
        this.thumbnailSide = thumbnailSide;
    }

    /** The cleaned file, to be stored as it is. */
    public Path file() {
        return file;
    }

    public Images.Format format() {
        return probe.format();
    }

    public String contentType() {
        return probe.format().contentType();
    }

    public String extension() {
        return probe.format().extension();
    }

    public int width() {
        return probe.width();
    }

    public int height() {
        return probe.height();
    }

    public long sizeBytes() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Capture time and GPS as the camera wrote them (read before they were removed). */
    public PhotoEvidence evidence() {
        return evidence;
    }

    /** A JPEG list preview, at most the configured side (safety.images.thumbnail-side) long. */
    public byte[] thumbnailJpeg() {
        return Images.jpeg(Images.fitRgb(preview, thumbnailSide), 0.8f);
    }

    /** The pixels, subsampled to about {@code maxEdge} on the longer side. */
    public BufferedImage decode(int maxEdge) {
        try {
            return Images.decodeStrict(file, probe, maxEdge);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // it decoded when it came in: this is a disk fault, not the sender's
        }
    }

    public byte[] bytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temp folder is cleaned by the OS as well
        }
    }
}
