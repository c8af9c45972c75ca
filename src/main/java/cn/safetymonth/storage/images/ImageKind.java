package cn.safetymonth.storage.images;

import java.util.Arrays;
import java.util.Optional;

/** The picture formats a phone sends (wx.chooseMedia gives JPEG, sometimes PNG), known by their first bytes. */
public enum ImageKind {
    JPEG("image/jpeg", "jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    ImageKind(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The kind whose magic bytes {@code head} starts with; the client's filename and content type are never trusted. */
    public static Optional<ImageKind> sniff(byte[] head) {
        return Arrays.stream(values())
                .filter(k -> head.length >= k.magic.length && Arrays.equals(head, 0, k.magic.length, k.magic, 0, k.magic.length))
                .findFirst();
    }
}
