package cn.safetymonth.storage.images;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

/**
 * What a photo's metadata says about where and when it was taken: evidence for reviewers, and
 * personal data, so it is read here and never left in the copy others see. Any field may be null.
 *
 * @param capturedAt  the camera's local time (EXIF keeps no zone; phones write local time)
 * @param orientation EXIF orientation 1–8, so a picture stripped of it can still be shown upright
 */
public record PhotoEvidence(LocalDateTime capturedAt, Double latitude, Double longitude, Integer orientation) {

    public static final PhotoEvidence NONE = new PhotoEvidence(null, null, null, null);

    public boolean hasGps() {
        return latitude != null && longitude != null;
    }

    /** Reads the metadata segments only (metadata-extractor stops at the image data); never fails the upload. */
    public static PhotoEvidence read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Metadata metadata = ImageMetadataReader.readMetadata(in, Files.size(file));
            return new PhotoEvidence(capturedAt(metadata), lat(metadata), lng(metadata), orientation(metadata));
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return NONE; // no metadata or broken metadata: the picture itself may still be fine
        }
    }

    private static LocalDateTime capturedAt(Metadata metadata) {
        ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        // read as if UTC so the wall-clock value comes back unchanged
        Date date = sub == null ? null : sub.getDateOriginal(TimeZone.getTimeZone("UTC"));
        if (date == null) {
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            date = ifd0 == null ? null : ifd0.getDate(ExifIFD0Directory.TAG_DATETIME, TimeZone.getTimeZone("UTC"));
        }
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static GeoLocation gps(Metadata metadata) {
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        GeoLocation loc = gps == null ? null : gps.getGeoLocation();
        return loc == null || loc.isZero() ? null : loc;
    }

    private static Double lat(Metadata metadata) {
        GeoLocation loc = gps(metadata);
        return loc == null ? null : loc.getLatitude();
    }

    private static Double lng(Metadata metadata) {
        GeoLocation loc = gps(metadata);
        return loc == null ? null : loc.getLongitude();
    }

    private static Integer orientation(Metadata metadata) {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        return ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
    }
}
