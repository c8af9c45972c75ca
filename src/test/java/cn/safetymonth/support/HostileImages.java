package cn.safetymonth.support;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same hostile set for every upload endpoint: pictures that must come out as their pixels only, and files
 * that must be refused. A phone number and "GPS" markers are planted in every kind of metadata, so one search
 * of the stored bytes tells whether any of it survived.
 */
public final class HostileImages {

    /** Planted in comments, XMP, IPTC and PNG text: no stored or served image may contain it. */
    public static final String PLANTED = "13812345678";

    private HostileImages() {
    }

    /** A file, its name as sent, and its declared type. */
    public record Sample(String name, String contentType, byte[] bytes) {
    }

    /** Accepted, but kept without anything other than the pixels. */
    public static Map<String, Sample> accepted(byte[] plainJpeg, byte[] plainPng) {
        Map<String, Sample> m = new LinkedHashMap<>();
        m.put("EXIF with GPS", new Sample("gps.jpg", "image/jpeg",
                TestPhotos.withApp1(plainJpeg, TestPhotos.exifApp1(31.2304, 121.4737, "2025:06:10 09:30:00", 1))));
        m.put("XMP, IPTC and a comment", new Sample("meta.jpg", "image/jpeg", TestPhotos.withSegment(
                TestPhotos.withSegment(TestPhotos.withApp1(plainJpeg, xmp()), 0xED, ascii("Photoshop 3.0\0" + PLANTED)),
                0xFE, ascii("owner " + PLANTED))));
        m.put("a trailer image carrying GPS", new Sample("motion.jpg", "image/jpeg",
                concat(plainJpeg, TestPhotos.withApp1(plainJpeg, TestPhotos.exifApp1(39.9, 116.4, "2025:06:10 09:30:00", 1)))));
        m.put("PNG with text, EXIF and a trailer", new Sample("meta.png", "image/png", concat(
                chunkAfterIhdr(chunkAfterIhdr(plainPng, "tEXt", ascii("Comment\0" + PLANTED)), "eXIf",
                        Arrays.copyOfRange(TestPhotos.exifApp1(39.9, 116.4, "2025:06:10 09:30:00", 1), 6, 196)),
                ascii("GPS " + PLANTED))));
        return m;
    }

    /** Refused, each with the HTTP status it must get. */
    public static Map<String, Map.Entry<Sample, Integer>> refused(byte[] plainJpeg, byte[] plainPng) {
        Map<String, Map.Entry<Sample, Integer>> m = new LinkedHashMap<>();
        m.put("a pixel bomb", Map.entry(new Sample("bomb.png", "image/png", pixelBomb(plainPng, 30000, 30000)), 400));
        m.put("a truncated JPEG", Map.entry(new Sample("cut.jpg", "image/jpeg", Arrays.copyOf(plainJpeg, plainJpeg.length * 2 / 3)), 400));
        m.put("a truncated PNG", Map.entry(new Sample("cut.png", "image/png", Arrays.copyOf(plainPng, plainPng.length - 20)), 400));
        m.put("SVG", Map.entry(new Sample("x.svg", "image/svg+xml",
                ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")), 400));
        m.put("text named .jpg", Map.entry(new Sample("x.jpg", "image/jpeg", ascii("not a picture at all")), 400));
        m.put("0 bytes", Map.entry(new Sample("empty.jpg", "image/jpeg", new byte[0]), 400));
        m.put("11 MB", Map.entry(new Sample("big.jpg", "image/jpeg", concat(plainJpeg, new byte[11 * 1024 * 1024])), 413));
        return m;
    }

    /** Nothing but the picture: no EXIF, XMP, IPTC, comments or text chunks, nothing after the image's end, and it decodes. */
    public static void assertOnlyPixels(String what, byte[] stored) throws Exception {
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(text).as(what + ": planted data").doesNotContain(PLANTED).doesNotContain("Exif\0").doesNotContain("http://ns.adobe.com")
                .doesNotContain("Photoshop 3.0").doesNotContain("tEXt").doesNotContain("eXIf");
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).as(what + ": GPS").isNull();
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).as(what + ": EXIF").isNull();
        if (stored[0] == (byte) 0xFF) {
            assertThat(stored[stored.length - 2] & 0xFF).as(what + ": ends at EOI").isEqualTo(0xFF);
            assertThat(stored[stored.length - 1] & 0xFF).as(what + ": ends at EOI").isEqualTo(0xD9);
            assertThat(text.indexOf("\u00FF\u00D8", 2)).as(what + ": no second image").isEqualTo(-1);
        } else {
            assertThat(text).as(what + ": ends with IEND").endsWith("IEND\u00AEB`\u0082");
        }
        assertThat(ImageIO.read(new ByteArrayInputStream(stored))).as(what + ": decodes").isNotNull();
    }

    private static byte[] xmp() {
        return ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude=\"31,13.8N\" phone=\""
                + PLANTED + "\"/></x:xmpmeta>");
    }

    /** The PNG with its IHDR rewritten to declare width × height (with a right CRC): nothing past the header may be trusted. */
    private static byte[] pixelBomb(byte[] png, int width, int height) {
        byte[] bomb = png.clone();
        ByteBuffer b = ByteBuffer.wrap(bomb);
        b.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(bomb, 12, 17);
        b.putInt(29, (int) crc.getValue());
        return bomb;
    }

    private static byte[] chunkAfterIhdr(byte[] png, String type, byte[] data) {
        int ihdrEnd = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, ihdrEnd);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        out.write(png, ihdrEnd, png.length - ihdrEnd);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
