package cn.safetymonth.hazard;

import cn.safetymonth.common.limit.RateLimits;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.storage.images.Images;
import cn.safetymonth.storage.images.MetadataStripper;
import cn.safetymonth.storage.images.PhotoEvidence;
import cn.safetymonth.storage.images.Thumbnails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/**
 * One uploaded picture, as wx.uploadFile sends it: checked by its bytes and header, copied without
 * metadata to object storage as a stream, with a small thumbnail; capture time and GPS kept as
 * evidence rows for reviewers. The upload never sits whole in memory: it goes through temp files.
 */
@Service
class HazardPhotoService {

    private static final Logger log = LoggerFactory.getLogger(HazardPhotoService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM");

    private final ObjectStorage storage;
    private final HazardPhotoMapper photos;
    private final HazardProperties props;
    private final RateLimits limits;
    private final Clock clock;

    HazardPhotoService(ObjectStorage storage, HazardPhotoMapper photos, HazardProperties props, RateLimits limits, Clock clock) {
        this.limits = limits;
        this.storage = storage;
        this.photos = photos;
        this.props = props;
        this.clock = clock;
    }

    /** {@code uploader} is "w:12" for a worker, "a:3" for staff; only the uploader can name the token later. */
    /** A worker's photo, within their daily allowance: junk can't be poured in by the thousand. */
    HazardWeb.PhotoResp uploadByWorker(long workerId, MultipartFile file) {
        limits.take("hazard-photo", workerId, props.photosPerWorker(), "上传的隐患照片太多了");
        return upload("w:" + workerId, file);
    }

    HazardWeb.PhotoResp upload(String uploader, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw HazardErrorCodes.PHOTO_NOT_IMAGE.exception("字段 file：不能为空");
        }
        if (file.getSize() > props.maxPhotoSize().toBytes()) {
            throw HazardErrorCodes.PHOTO_TOO_LARGE.exception();
        }
        Path original = null;
        Path stripped = null;
        try {
            original = Files.createTempFile("hazard-up-", ".img");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Images.Probe header = Images.probe(original).orElseThrow(HazardErrorCodes.PHOTO_NOT_IMAGE::exception);
            if (header.pixels() > props.maxPixels()) {
                throw HazardErrorCodes.PHOTO_TOO_MANY_PIXELS.exception("字段 file：图片像素过多（" + header.width() + "×" + header.height()
                        + "），最多 " + props.maxPixels() / 1_000_000 + " 百万像素");
            }
            PhotoEvidence evidence = PhotoEvidence.read(original);
            stripped = Files.createTempFile("hazard-clean-", ".img");
            stripTo(header, original, stripped);
            byte[] thumb = thumbnail(stripped, header, evidence);
            return store(uploader, header, evidence, stripped, thumb);
        } catch (IOException e) {
            log.warn("hazard photo upload failed to buffer: {}", e.getClass().getSimpleName());
            throw HazardErrorCodes.PHOTO_UNREADABLE.exception();
        } finally {
            deleteQuietly(original);
            deleteQuietly(stripped);
        }
    }

    private static void stripTo(Images.Probe header, Path from, Path to) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(from), 64 * 1024);
             OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(to), 64 * 1024)) {
            MetadataStripper.strip(header.format(), in, out);
        } catch (IOException e) {
            throw HazardErrorCodes.PHOTO_UNREADABLE.exception();
        }
    }

    private byte[] thumbnail(Path file, Images.Probe header, PhotoEvidence evidence) {
        try {
            return Thumbnails.jpeg(file, header, evidence.orientation(), props.thumbnailSide());
        } catch (IOException | RuntimeException e) {
            throw HazardErrorCodes.PHOTO_UNREADABLE.exception();
        }
    }

    private HazardWeb.PhotoResp store(String uploader, Images.Probe header, PhotoEvidence evidence, Path stripped, byte[] thumb)
            throws IOException {
        LocalDateTime now = LocalDateTime.now(clock);
        // keys say nothing about who uploaded: a responsible unit may see the link
        String base = "hazard/" + MONTH.format(now) + "/" + UUID.randomUUID();
        String key = base + "." + header.format().extension();
        String thumbKey = base + "-thumb.jpg";
        storage.put(key, stripped, header.format().contentType());
        try {
            storage.put(thumbKey, thumb, "image/jpeg");
        } catch (RuntimeException e) {
            deleteObjectQuietly(key);
            throw e;
        }
        HazardPhotoEntity row = new HazardPhotoEntity();
        row.setToken(newToken());
        row.setUploadedBy(uploader);
        row.setObjectKey(key);
        row.setThumbKey(thumbKey);
        row.setContentType(header.format().contentType());
        row.setSizeBytes(Files.size(stripped));
        row.setWidth(header.width());
        row.setHeight(header.height());
        row.setCapturedAt(evidence.capturedAt());
        if (evidence.hasGps()) {
            row.setExifLat(BigDecimal.valueOf(GeoPoint.round(evidence.latitude(), 7)));
            row.setExifLng(BigDecimal.valueOf(GeoPoint.round(evidence.longitude(), 7)));
        }
        row.setMediaVerdict(ContentVerdicts.PENDING);
        row.setExpiresAt(now.plus(props.photoTokenTtl()));
        photos.insert(row);
        return new HazardWeb.PhotoResp(row.getToken(), storage.signedUrl(thumbKey, props.photoUrlTtl()),
                header.width(), header.height(), row.getExpiresAt());
    }

    /** Objects of photos uploaded but never used, past their token's life. Returns how many went. */
    int forgetUnused(int batch) {
        int removed = 0;
        for (HazardPhotoEntity p : photos.unusedExpired(LocalDateTime.now(clock), batch)) {
            deleteObjectQuietly(p.getObjectKey());
            deleteObjectQuietly(p.getThumbKey());
            removed += photos.delete(new com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper<HazardPhotoEntity>()
                    .eq(HazardPhotoEntity::getId, p.getId()).isNull(HazardPhotoEntity::getReportId));
        }
        return removed;
    }

    private void deleteObjectQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            log.warn("hazard photo object left behind after a failure");
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
