package cn.safetymonth.storage.images;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Copies a picture keeping only what draws its pixels, as a stream. Whitelists, not blacklists: in a JPEG
 * the frame, tables, scans, the JFIF header (without its thumbnail), an ICC colour profile and Adobe's colour
 * flag; in a PNG the chunks that define the image. Everything else goes: EXIF (GPS, device), XMP, IPTC,
 * comments, MPF, text chunks, and every byte after the first image ends (a second image, a motion-photo
 * trailer with its own EXIF). A file that ends before its image does is a {@link Defect}.
 */
final class PixelsOnly {

    /** The file is not a whole, well-formed picture. */
    static final class Defect extends IOException {
        Defect(String message) {
            super(message);
        }
    }

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    /** Frames (SOF0–SOF15 but DHT, JPG, DAC), tables (DHT, DAC, DQT), restart interval, number of lines. */
    private static final Set<Integer> JPEG_KEPT = Set.of(0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE,
            0xCF, 0xC4, 0xCC, 0xDB, 0xDD, 0xDC);
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP",
            "sBIT", "bKGD", "pHYs");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PixelsOnly() {
    }

    static void copy(Images.Format format, Path from, Path to) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(from), 64 * 1024));
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(to), 64 * 1024)) {
            if (format == Images.Format.JPEG) {
                jpeg(in, out);
            } else {
                png(in, out);
            }
        } catch (EOFException e) {
            throw new Defect("ends before the image does");
        }
    }

    private static void jpeg(DataInputStream in, OutputStream out) throws IOException {
        if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != SOI) {
            throw new Defect("not a JPEG");
        }
        out.write(0xFF);
        out.write(SOI);
        int marker = nextMarker(in);
        while (true) {
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                return; // whatever follows is not this image
            }
            if (marker == SOI || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                throw new Defect("marker out of place");
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                throw new Defect("bad segment length");
            }
            byte[] body = new byte[length - 2];
            in.readFully(body);
            byte[] kept = kept(marker, body);
            if (kept != null) {
                out.write(0xFF);
                out.write(marker);
                out.write((kept.length + 2) >> 8);
                out.write((kept.length + 2) & 0xFF);
                out.write(kept);
            }
            marker = marker == SOS ? copyScan(in, out) : nextMarker(in);
        }
    }

    /** The segment's body as it is kept, or null when it is dropped. */
    private static byte[] kept(int marker, byte[] body) {
        if (marker == SOS || JPEG_KEPT.contains(marker)) {
            return body;
        }
        if (marker == APP0 && startsWith(body, "JFIF\0") && body.length >= 14) {
            byte[] header = Arrays.copyOf(body, 14);
            header[12] = 0; // no thumbnail: it is a picture of its own, and outlives every edit of the main one
            header[13] = 0;
            return header;
        }
        if (marker == APP2 && startsWith(body, "ICC_PROFILE\0")) {
            return body;
        }
        if (marker == APP14 && startsWith(body, "Adobe")) {
            return body;
        }
        return null;
    }

    /** Copies entropy-coded data up to the next marker that is not a restart or a stuffed byte; returns it. */
    private static int copyScan(DataInputStream in, OutputStream out) throws IOException {
        while (true) {
            int b = in.readUnsignedByte();
            if (b != 0xFF) {
                out.write(b);
                continue;
            }
            int next = in.readUnsignedByte();
            while (next == 0xFF) {
                next = in.readUnsignedByte();
            }
            if (next == 0x00 || next >= 0xD0 && next <= 0xD7) {
                out.write(0xFF);
                out.write(next);
            } else {
                return next;
            }
        }
    }

    private static int nextMarker(DataInputStream in) throws IOException {
        if (in.readUnsignedByte() != 0xFF) {
            throw new Defect("marker expected");
        }
        int b = in.readUnsignedByte();
        while (b == 0xFF) {
            b = in.readUnsignedByte(); // fill bytes
        }
        return b;
    }

    private static void png(DataInputStream in, OutputStream out) throws IOException {
        byte[] signature = new byte[PNG_SIGNATURE.length];
        in.readFully(signature);
        if (!Arrays.equals(signature, PNG_SIGNATURE)) {
            throw new Defect("not a PNG");
        }
        out.write(signature);
        byte[] buffer = new byte[64 * 1024];
        boolean first = true;
        while (true) {
            int length = in.readInt();
            if (length < 0) {
                throw new Defect("bad chunk length");
            }
            byte[] type = new byte[4];
            in.readFully(type);
            String name = new String(type, StandardCharsets.ISO_8859_1);
            if (first != "IHDR".equals(name)) {
                throw new Defect("IHDR must come first, once");
            }
            first = false;
            boolean kept = PNG_KEPT.contains(name);
            if (kept) {
                writeInt(out, length);
                out.write(type);
            }
            CRC32 crc = new CRC32();
            crc.update(type);
            long remaining = length;
            while (remaining > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n < 0) {
                    throw new EOFException();
                }
                crc.update(buffer, 0, n);
                if (kept) {
                    out.write(buffer, 0, n);
                }
                remaining -= n;
            }
            int stored = in.readInt();
            if ((int) crc.getValue() != stored) {
                throw new Defect("chunk " + name + " is damaged");
            }
            if (kept) {
                writeInt(out, stored);
            }
            if ("IEND".equals(name)) {
                return; // whatever follows is not this image
            }
        }
    }

    private static boolean startsWith(byte[] body, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return body.length >= p.length && Arrays.equals(body, 0, p.length, p, 0, p.length);
    }

    private static void writeInt(OutputStream out, int v) throws IOException {
        out.write(v >>> 24);
        out.write(v >>> 16 & 0xFF);
        out.write(v >>> 8 & 0xFF);
        out.write(v & 0xFF);
    }
}
