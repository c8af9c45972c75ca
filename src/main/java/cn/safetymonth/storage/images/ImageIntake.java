package cn.safetymonth.storage.images;

import cn.safetymonth.common.BizException;
import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.common.ErrorCode;
import cn.safetymonth.storage.StorageErrorCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one way a picture comes in, whatever it is for: typed by its bytes; size and pixel count checked
 * before anything is decoded; copied keeping only its pixels ({@link PixelsOnly}); decoded once in full so a
 * truncated or damaged file is refused, not stored; turned upright; evidence (capture time, GPS) read before
 * the metadata goes and handed to the caller. Every refusal is a 4xx naming the field, and one log line.
 */
@Component
public class ImageIntake {

    private static final Logger log = LoggerFactory.getLogger(ImageIntake.class);

    /** What one kind of upload accepts. */
    public record Rules(long maxBytes, long maxPixels, int minEdge, Set<Images.Format> formats) {
    }

    private final ImageProperties props;

    public ImageIntake(ImageProperties props) {
        this.props = props;
    }

    /** Photos (hazards, check-ins, works, event evidence, after-photos): JPEG or PNG within safety.images. */
    public Rules photos() {
        return new Rules(props.maxBytes().toBytes(), props.maxPixels(), props.minEdge(), EnumSet.allOf(Images.Format.class));
    }

    /** PNG only (canvas signatures, level pictures), at most {@code maxBytes}. */
    public Rules onlyPng(long maxBytes) {
        return new Rules(maxBytes, props.maxPixels(), 1, EnumSet.of(Images.Format.PNG));
    }

    public CleanImage take(MultipartFile file, String field) {
        return take(file, field, photos());
    }

    public CleanImage take(MultipartFile file, String field, Rules rules) {
        if (file == null || file.isEmpty()) {
            throw refuse(StorageErrorCodes.IMAGE_UNSUPPORTED, field, "文件是空的，请选择一张图片", 0);
        }
        checkSize(file.getSize(), field, rules);
        Path original = tempFile("image-in-");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, original, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(original);
            throw internal(e);
        }
        return take(original, field, rules);
    }

    public CleanImage take(byte[] bytes, String field, Rules rules) {
        if (bytes == null || bytes.length == 0) {
            throw refuse(StorageErrorCodes.IMAGE_UNSUPPORTED, field, "不能为空", 0);
        }
        checkSize(bytes.length, field, rules);
        Path original = tempFile("image-in-");
        try {
            Files.write(original, bytes);
        } catch (IOException e) {
            deleteQuietly(original);
            throw internal(e);
        }
        return take(original, field, rules);
    }

    /** Takes the file over: it is deleted whatever happens. */
    private CleanImage take(Path original, String field, Rules rules) {
        Path clean = null;
        try {
            long size = Files.size(original);
            Images.Format format = Images.format(original).filter(rules.formats()::contains).orElse(null);
            if (format == null) {
                throw refuse(StorageErrorCodes.IMAGE_UNSUPPORTED, field,
                        rules.formats().size() == 1 ? "须为 PNG 图片" : "只支持 JPEG 或 PNG 格式的图片", size);
            }
            Images.Probe probe = Images.probe(original)
                    .orElseThrow(() -> refuse(StorageErrorCodes.IMAGE_BROKEN, field, "图片已损坏或不完整，请重新拍摄或选择", size));
            if (probe.pixels() > rules.maxPixels()) {
                throw refuse(StorageErrorCodes.IMAGE_DIMENSIONS, field, "图片像素过多（" + probe.width() + "×" + probe.height()
                        + "），最多 " + rules.maxPixels() / 1_000_000 + " 百万像素", size);
            }
            if (probe.width() < rules.minEdge() || probe.height() < rules.minEdge()) {
                throw refuse(StorageErrorCodes.IMAGE_DIMENSIONS, field, "图片太小（" + probe.width() + "×" + probe.height()
                        + "），每边至少 " + rules.minEdge() + " 像素", size);
            }
            PhotoEvidence evidence = PhotoEvidence.read(original);
            clean = tempFile("image-clean-");
            boolean turned = Orientation.turns(evidence.orientation());
            BufferedImage preview;
            try {
                PixelsOnly.copy(format, original, clean);
                // one full decode proves the picture whole; a turned one is decoded large enough to be redrawn from it
                preview = Images.decodeStrict(clean, probe, turned ? props.uprightEdge() : props.thumbnailSide());
            } catch (IOException e) {
                throw refuse(StorageErrorCodes.IMAGE_BROKEN, field, "图片已损坏或不完整，请重新拍摄或选择", size);
            }
            if (turned) {
                preview = Orientation.upright(preview, evidence.orientation());
                Files.write(clean, format == Images.Format.PNG ? Images.png(preview) : Images.jpeg(preview, 0.9f));
                probe = new Images.Probe(format, preview.getWidth(), preview.getHeight());
            }
            CleanImage result = new CleanImage(clean, probe, evidence, preview, props.thumbnailSide());
            clean = null;
            return result;
        } catch (IOException e) {
            throw internal(e);
        } finally {
            deleteQuietly(original);
            deleteQuietly(clean);
        }
    }

    private void checkSize(long size, String field, Rules rules) {
        if (size > rules.maxBytes()) {
            throw refuse(StorageErrorCodes.IMAGE_TOO_LARGE, field, "图片不能超过 " + megabytes(rules.maxBytes()), size);
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static BizException refuse(ErrorCode code, String field, String reason, long size) {
        log.info("image refused: field={} code={} bytes={} reason={}", field, code.code(), size, reason);
        return code.exception("字段 " + field + "：" + reason);
    }

    /** Our disk, not the sender's picture: a 503 the client retries. */
    private static BizException internal(IOException e) {
        log.warn("image intake could not use its temp files: {}", e.toString());
        return CommonErrorCodes.SERVICE_UNAVAILABLE.exception();
    }

    private static Path tempFile(String prefix) {
        try {
            return Files.createTempFile(prefix, ".img");
        } catch (IOException e) {
            throw internal(e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the temp folder is cleaned by the OS as well
            }
        }
    }
}
