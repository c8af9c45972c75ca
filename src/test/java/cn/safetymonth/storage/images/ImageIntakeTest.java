package cn.safetymonth.storage.images;

import cn.safetymonth.common.BizException;
import cn.safetymonth.support.HostileImages;
import cn.safetymonth.support.TestPhotos;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

class ImageIntakeTest {

    private final ImageIntake intake = new ImageIntake(new ImageProperties(DataSize.ofMegabytes(10), 50_000_000, 32, 480, 4096));

    @Test
    void everyHostilePictureThatIsAPictureComesOutAsItsPixelsOnlyWithItsEvidenceHandedBack() throws Exception {
        for (Map.Entry<String, HostileImages.Sample> e : HostileImages.accepted(TestPhotos.jpeg(640, 480), TestPhotos.png(320, 240)).entrySet()) {
            try (CleanImage clean = intake.take(multipart(e.getValue()), "file")) {
                HostileImages.assertOnlyPixels(e.getKey(), clean.bytes());
                assertThat(clean.width()).as(e.getKey()).isIn(640, 320);
                if (e.getKey().equals("EXIF with GPS")) {
                    assertThat(clean.evidence().latitude()).isCloseTo(31.2304, within(0.0001));
                    assertThat(clean.evidence().longitude()).isCloseTo(121.4737, within(0.0001));
                    assertThat(clean.evidence().capturedAt()).isEqualTo(LocalDateTime.of(2025, 6, 10, 9, 30));
                }
                BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(clean.thumbnailJpeg()));
                assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isLessThanOrEqualTo(480);
            }
        }
    }

    @Test
    void everyHostileFileThatIsNoWholePictureIsRefusedNamingTheField() {
        Map<String, Integer> codes = Map.of("a pixel bomb", 5004, "a truncated JPEG", 5005, "a truncated PNG", 5005, "SVG", 5002,
                "text named .jpg", 5002, "0 bytes", 5002, "11 MB", 5003);
        HostileImages.refused(TestPhotos.jpeg(640, 480), TestPhotos.png(320, 240)).forEach((what, sample) -> {
            BizException e = catchThrowableOfType(BizException.class, () -> intake.take(multipart(sample.getKey()), "photos"));
            assertThat(e).as(what).isNotNull();
            assertThat(e.errorCode().code()).as(what).isEqualTo(codes.get(what));
            assertThat(e.errorCode().status().value()).as(what).isEqualTo(sample.getValue());
            assertThat(e.getMessage()).as(what).startsWith("字段 photos：");
        });
    }

    @Test
    void aPhotoTheCameraStoredTurnedIsRedrawnUprightForEachOfTheEightOrientations() {
        // where the stored top-left corner (red) must be once the picture stands as EXIF says it should be seen
        String[] corner = {null, "top-left", "top-right", "bottom-right", "bottom-left", "top-left", "top-right", "bottom-right", "bottom-left"};
        for (int orientation = 1; orientation <= 8; orientation++) {
            try (CleanImage clean = intake.take(new MockMultipartFile("file", "t.jpg", "image/jpeg",
                    TestPhotos.jpegStoredTurned(400, 200, orientation)), "file")) {
                BufferedImage img = clean.decode(4096);
                boolean swapped = orientation >= 5;
                assertThat(img.getWidth()).as("orientation " + orientation).isEqualTo(swapped ? 200 : 400);
                assertThat(clean.width()).isEqualTo(img.getWidth());
                assertThat(redCorner(img)).as("orientation " + orientation).isEqualTo(corner[orientation]);
            }
        }
    }

    @Test
    void progressiveJpegsAndPngsWithAlphaPassWhole() throws Exception {
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillOval(100, 100, 500, 300);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB), "png", png);

        try (CleanImage progressive = intake.take(new MockMultipartFile("file", "p.jpg", "image/jpeg", out.toByteArray()), "file");
             CleanImage transparent = intake.take(new MockMultipartFile("file", "a.png", "image/png", png.toByteArray()), "file")) {
            assertThat(new Color(progressive.decode(800).getRGB(350, 300)).getRed()).as("every scan kept").isGreaterThan(200);
            assertThat(transparent.decode(300).getColorModel().hasAlpha()).isTrue();
        }
    }

    @Test
    void aHundredOrdinaryPhonePhotosOfEverySizeAreAllTaken() {
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            int w = 320 + i * 17;
            byte[] jpeg = TestPhotos.jpegWithGps(w, w * 3 / 4, 30 + i / 10.0, 120 + i / 10.0, "2025:06:10 09:30:00");
            try (CleanImage ignored = intake.take(new MockMultipartFile("file", "p.jpg", "image/jpeg", jpeg), "file")) {
                // taken
            } catch (BizException e) {
                refused++;
            }
        }
        assertThat(refused).isZero();
    }

    private static String redCorner(BufferedImage img) {
        int w = img.getWidth() - 1;
        int h = img.getHeight() - 1;
        String[] names = {"top-left", "top-right", "bottom-right", "bottom-left"};
        int[][] at = {{5, 5}, {w - 5, 5}, {w - 5, h - 5}, {5, h - 5}};
        for (int i = 0; i < 4; i++) {
            Color c = new Color(img.getRGB(at[i][0], at[i][1]));
            if (c.getRed() > 200 && c.getGreen() < 80) {
                return names[i];
            }
        }
        return "none";
    }

    private static MockMultipartFile multipart(HostileImages.Sample s) {
        return new MockMultipartFile("file", s.name(), s.contentType(), s.bytes());
    }
}
