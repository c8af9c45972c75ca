package cn.safetymonth.storage.images;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Copies a picture without the metadata that can identify a person (EXIF with GPS and device,
 * XMP, Photoshop IPTC, comments, PNG text chunks), as a stream: segments and chunks are copied or
 * skipped, the compressed image data is copied byte for byte, nothing is decoded or held whole.
 */
public final class MetadataStripper {

    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int COM = 0xFE;
    /** PNG chunks that carry metadata: EXIF, text, modification time. */
    private static final Set<String> PNG_DROPPED = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

    private MetadataStripper() {
    }

    /** Copies {@code in} to {@code out} without metadata; an IOException means the file is not a well-formed picture. */
    public static void strip(Images.Format format, InputStream in, OutputStream out) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (format == Images.Format.JPEG) {
            jpeg(data, out);
        } else {
            png(data, out);
        }
        out.flush();
    }

    private static void jpeg(DataInputStream in, OutputStream out) throws IOException {
        if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != 0xD8) {
            throw new IOException("not a JPEG");
        }
        out.write(0xFF);
        out.write(0xD8);
        while (true) {
            int marker = nextMarker(in);
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                return;
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                out.write(0xFF);
                out.write(marker); // stand-alone markers carry no length
                continue;
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                throw new IOException("bad JPEG segment length");
            }
            if (!keep(marker, in, length, out)) {
                continue;
            }
            if (marker == SOS) {
                in.transferTo(out); // the image data (and any later scans) as it is
                return;
            }
        }
    }

    /** Copies the segment when kept (returns true), skips it otherwise. APP0 JFIF, APP2 ICC colours and APP14 Adobe stay. */
    private static boolean keep(int marker, DataInputStream in, int length, OutputStream out) throws IOException {
        boolean app = marker >= APP0 && marker <= 0xEF;
        boolean kept = !(marker == COM || app && marker != APP0 && marker != APP2 && marker != APP14);
        byte[] body = new byte[length - 2];
        in.readFully(body);
        if (kept && marker == APP2 && !startsWith(body, "ICC_PROFILE")) {
            kept = false; // APP2 also carries FlashPix and MPF data from cameras
        }
        if (kept) {
            out.write(0xFF);
            out.write(marker);
            out.write(length >> 8);
            out.write(length & 0xFF);
            out.write(body);
        }
        return kept;
    }

    private static int nextMarker(DataInputStream in) throws IOException {
        int b = in.readUnsignedByte();
        if (b != 0xFF) {
            throw new IOException("JPEG marker expected");
        }
        while (b == 0xFF) {
            b = in.readUnsignedByte(); // fill bytes
        }
        return b;
    }

    private static void png(DataInputStream in, OutputStream out) throws IOException {
        byte[] signature = new byte[8];
        in.readFully(signature);
        out.write(signature);
        byte[] buffer = new byte[64 * 1024];
        while (true) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException e) {
                throw new IOException("PNG ends before IEND");
            }
            byte[] type = new byte[4];
            in.readFully(type);
            String name = new String(type, StandardCharsets.ISO_8859_1);
            if (length < 0) {
                throw new IOException("bad PNG chunk length");
            }
            boolean kept = !PNG_DROPPED.contains(name);
            if (kept) {
                writeInt(out, length);
                out.write(type);
            }
            long remaining = length + 4L; // data and CRC
            while (remaining > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n < 0) {
                    throw new IOException("PNG chunk truncated");
                }
                if (kept) {
                    out.write(buffer, 0, n);
                }
                remaining -= n;
            }
            if ("IEND".equals(name)) {
                return;
            }
        }
    }

    private static boolean startsWith(byte[] body, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (body.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (body[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static void writeInt(OutputStream out, int v) throws IOException {
        out.write(v >>> 24);
        out.write(v >>> 16 & 0xFF);
        out.write(v >>> 8 & 0xFF);
        out.write(v & 0xFF);
    }
}
