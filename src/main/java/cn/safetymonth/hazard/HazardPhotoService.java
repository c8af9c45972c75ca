package cn.safetymonth.hazard;

import cn.safetymonth.common.limit.RateLimits;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.storage.images.CleanImage;
import cn.safetymonth.storage.images.ImageIntake;
import cn.safetymonth.storage.images.PhotoEvidence;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/**
 * One uploaded picture, as wx.uploadFile sends it, through the image intake: stored with only its pixels
 * and a small thumbnail; capture time and GPS kept as evidence rows for reviewers.
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
    private final ImageIntake intake;
    private final Clock clock;

    HazardPhotoService(ObjectStorage storage, HazardPhotoMapper photos, HazardProperties props, RateLimits limits, ImageIntake intake,
                       Clock clock) {
        this.limits = limits;
        this.intake = intake;
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
        try (CleanImage photo = intake.take(file, "file")) {
            return store(uploader, photo);
        }
    }

    private HazardWeb.PhotoResp store(String uploader, CleanImage photo) {
        LocalDateTime now = LocalDateTime.now(clock);
        // keys say nothing about who uploaded: a responsible unit may see the link
        String base = "hazard/" + MONTH.format(now) + "/" + UUID.randomUUID();
        String key = base + "." + photo.extension();
        String thumbKey = base + "-thumb.jpg";
        byte[] thumb = photo.thumbnailJpeg();
        storage.put(key, photo.file(), photo.contentType());
        try {
            storage.put(thumbKey, thumb, "image/jpeg");
        } catch (RuntimeException e) {
            deleteObjectQuietly(key);
            throw e;
        }
        PhotoEvidence evidence = photo.evidence();
        HazardPhotoEntity row = new HazardPhotoEntity();
        row.setToken(newToken());
        row.setUploadedBy(uploader);
        row.setObjectKey(key);
        row.setThumbKey(thumbKey);
        row.setContentType(photo.contentType());
        row.setSizeBytes(photo.sizeBytes());
        row.setWidth(photo.width());
        row.setHeight(photo.height());
        row.setCapturedAt(evidence.capturedAt());
        if (evidence.hasGps()) {
            row.setExifLat(BigDecimal.valueOf(GeoPoint.round(evidence.latitude(), 7)));
            row.setExifLng(BigDecimal.valueOf(GeoPoint.round(evidence.longitude(), 7)));
        }
        row.setMediaVerdict(ContentVerdicts.PENDING);
        row.setExpiresAt(now.plus(props.photoTokenTtl()));
        photos.insert(row);
        return new HazardWeb.PhotoResp(row.getToken(), storage.signedUrl(thumbKey, props.photoUrlTtl()),
                photo.width(), photo.height(), row.getExpiresAt());
    }

    /** Objects of photos uploaded but never used, past their token's life. Returns how many went. */
    int forgetUnused(int batch) {
        int removed = 0;
        for (HazardPhotoEntity p : photos.unusedExpired(LocalDateTime.now(clock), batch)) {
            deleteObjectQuietly(p.getObjectKey());
            deleteObjectQuietly(p.getThumbKey());
            removed += photos.delete(new LambdaQueryWrapper<HazardPhotoEntity>()
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

}
