package cn.safetymonth.storage.images;

import cn.safetymonth.support.TestPhotos;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ImageToolsTest {

    @TempDir
    Path dir;

    @Test
    void aPhotoWithGpsGivesItsEvidenceAndItsStrippedCopyHasNoExifButTheSamePicture() throws Exception {
        Path photo = write("gps.jpg", TestPhotos.jpegWithGps(640, 480, 31.2304, 121.4737, "2025:06:10 09:30:00"));

        PhotoEvidence evidence = PhotoEvidence.read(photo);
        ByteArrayOutputStream stripped = new ByteArrayOutputStream();
        MetadataStripper.strip(Images.Format.JPEG, Files.newInputStream(photo), stripped);

        assertThat(evidence.latitude()).isCloseTo(31.2304, within(0.0001));
        assertThat(evidence.longitude()).isCloseTo(121.4737, within(0.0001));
        assertThat(evidence.capturedAt()).isEqualTo(LocalDateTime.of(2025, 6, 10, 9, 30));
        Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stripped.toByteArray()));
        assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(after.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(stripped.toByteArray()));
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(480);
    }

    @Test
    void pngTextChunksAreDroppedAndThePictureStays() throws Exception {
        byte[] png = TestPhotos.png(200, 100);
        byte[] withText = insertChunkAfterIhdr(png, "tEXt", "Comment\0张三 13812345678".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream stripped = new ByteArrayOutputStream();
        MetadataStripper.strip(Images.Format.PNG, new ByteArrayInputStream(withText), stripped);

        assertThat(new String(withText, StandardCharsets.ISO_8859_1)).contains("tEXt");
        assertThat(new String(stripped.toByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("tEXt").doesNotContain("13812345678");
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped.toByteArray())).getWidth()).isEqualTo(200);
    }

    @Test
    void kindsAreKnownByTheirBytesAndSizesByTheirHeaders() throws Exception {
        assertThat(Images.probe(write("a.jpg", TestPhotos.jpeg(300, 200)))).contains(new Images.Probe(Images.Format.JPEG, 300, 200));
        assertThat(Images.probe(write("a.png", TestPhotos.png(30, 20)))).contains(new Images.Probe(Images.Format.PNG, 30, 20));
        assertThat(Images.probe(write("fake.jpg", "GIF89a not a jpeg".getBytes(StandardCharsets.US_ASCII)))).isEmpty();
        byte[] truncated = java.util.Arrays.copyOf(TestPhotos.jpeg(300, 200), 10);
        assertThat(Images.probe(write("cut.jpg", truncated))).isEmpty();
        assertThatThrownBy(() -> MetadataStripper.strip(Images.Format.JPEG, new ByteArrayInputStream(truncated), new ByteArrayOutputStream()))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aThumbnailFitsTheBoxAndIsTurnedUpright() throws Exception {
        Path photo = write("big.jpg", TestPhotos.jpeg(2000, 1000));
        Images.Probe header = Images.probe(photo).orElseThrow();

        BufferedImage plain = ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(photo, header, 1, 480)));
        BufferedImage turned = ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(photo, header, 6, 480)));

        assertThat(Math.max(plain.getWidth(), plain.getHeight())).isLessThanOrEqualTo(480);
        assertThat(plain.getWidth()).isGreaterThan(plain.getHeight());
        assertThat(turned.getHeight()).isGreaterThan(turned.getWidth());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static byte[] insertChunkAfterIhdr(byte[] png, String type, byte[] data) {
        int ihdrEnd = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, ihdrEnd);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        out.write(png, ihdrEnd, png.length - ihdrEnd);
        return out.toByteArray();
    }
}
