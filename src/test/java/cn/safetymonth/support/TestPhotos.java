package cn.safetymonth.support;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Real pictures for tests: JPEGs (optionally with an EXIF block carrying GPS and capture time) and PNGs. */
public final class TestPhotos {

    private TestPhotos() {
    }

    /** A plain JPEG of a scene: a grey corridor with an orange e-bike shape. */
    public static byte[] jpeg(int width, int height) {
        return encode(scene(width, height, Color.DARK_GRAY), "jpg");
    }

    public static byte[] png(int width, int height) {
        return encode(scene(width, height, Color.LIGHT_GRAY), "png");
    }

    /** A JPEG whose top-left pixel is pure red: the WeChat stub judges such an image risky. */
    public static byte[] riskyJpeg() {
        BufferedImage img = scene(320, 240, Color.DARK_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xFF0000));
        g.fillRect(0, 0, 40, 40);
        g.dispose();
        return encode(img, "png"); // PNG keeps the red exact; JPEG would blur it
    }

    /** A JPEG carrying EXIF: orientation, DateTimeOriginal and a GPS block at (lat, lng). */
    public static byte[] jpegWithGps(int width, int height, double lat, double lng, String dateTimeOriginal) {
        return withApp1(jpeg(width, height), exifApp1(lat, lng, dateTimeOriginal, 1));
    }

    /** A JPEG stored {@code width}×{@code height} whose EXIF says to show it turned (orientation 1–8), red in its top-left corner. */
    public static byte[] jpegStoredTurned(int width, int height, int orientation) {
        BufferedImage img = scene(width, height, Color.DARK_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        return withApp1(encode(img, "jpg"), exifApp1(31.2, 121.4, "2025:06:10 09:30:00", orientation));
    }

    /** The JPEG with an APP1 segment (EXIF or XMP) right after its SOI. */
    public static byte[] withApp1(byte[] plain, byte[] app1) {
        return withSegment(plain, 0xE1, app1);
    }

    /** The JPEG with a segment ({@code marker} 0xE0–0xFE) right after its SOI. */
    public static byte[] withSegment(byte[] plain, int marker, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(0xFF);
        out.write(marker);
        int len = body.length + 2;
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.write(body, 0, body.length);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** An APP1 body: EXIF with orientation, DateTimeOriginal and GPS. */
    public static byte[] exifApp1(double lat, double lng, String dateTime, int orientation) {
        ByteBuffer b = ByteBuffer.allocate(6 + 190).order(ByteOrder.LITTLE_ENDIAN);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        int t = b.position(); // TIFF offsets are from here
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: Orientation, ExifIFD pointer, GPS pointer
        b.putShort((short) 3);
        entry(b, 0x0112, 3, 1, orientation);
        entry(b, 0x8769, 4, 1, 50);
        entry(b, 0x8825, 4, 1, 88);
        b.putInt(0);
        // Exif IFD at 50: DateTimeOriginal
        b.putShort((short) 1);
        entry(b, 0x9003, 2, 20, 68);
        b.putInt(0);
        b.put((dateTime + "\0").getBytes(StandardCharsets.US_ASCII), 0, 20);
        // GPS IFD at 88
        b.putShort((short) 4);
        entry(b, 0x0001, 2, 2, lat >= 0 ? 'N' : 'S');
        entry(b, 0x0002, 5, 3, 142);
        entry(b, 0x0003, 2, 2, lng >= 0 ? 'E' : 'W');
        entry(b, 0x0004, 5, 3, 166);
        b.putInt(0);
        dms(b, Math.abs(lat));
        dms(b, Math.abs(lng));
        if (b.position() - t != 190) {
            throw new IllegalStateException("EXIF layout off: " + (b.position() - t));
        }
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void dms(ByteBuffer b, double v) {
        int deg = (int) v;
        double m = (v - deg) * 60;
        int min = (int) m;
        long sec100 = Math.round((m - min) * 60 * 10000);
        b.putInt(deg).putInt(1).putInt(min).putInt(1).putInt((int) sec100).putInt(10000);
    }

    private static BufferedImage scene(int width, int height, Color wall) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(wall);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xF08C00));
        g.fillRoundRect(width / 4, height / 2, width / 2, height / 4, 20, 20);
        g.setColor(Color.WHITE);
        g.drawString("充电", width / 3, height / 3);
        g.dispose();
        return img;
    }

    private static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
