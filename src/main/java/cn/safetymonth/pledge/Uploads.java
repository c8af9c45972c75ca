package cn.safetymonth.pledge;

import cn.safetymonth.common.limit.RateLimits;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.storage.images.CleanImage;
import cn.safetymonth.storage.images.ImageIntake;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Pictures uploaded ahead of the act that uses them (wx.uploadFile sends one file per request): through the
 * image intake, stored privately with only their pixels, then claimed once by a check-in or a work inside that act's transaction.
 */
@Service
public class Uploads {

    private final UploadMapper uploads;
    private final ObjectStorage storage;
    private final PledgeProperties props;
    private final RateLimits limits;
    private final ImageIntake intake;
    private final Clock clock;

    Uploads(UploadMapper uploads, ObjectStorage storage, PledgeProperties props, RateLimits limits, ImageIntake intake, Clock clock) {
        this.intake = intake;
        this.limits = limits;
        this.uploads = uploads;
        this.storage = storage;
        this.props = props;
        this.clock = clock;
    }

    @Schema(description = "已上传的图片，提交打卡或作品时引用")
    public record UploadResp(long uploadId, int width, int height) {
    }

    /** A stored upload, ready to be read and then claimed. */
    public record Upload(long id, String objectKey, String contentType) {
    }

    UploadResp upload(long workerId, MultipartFile file) {
        limits.take("pledge-upload", workerId, props.uploadsPerWorker(), "上传的照片太多了");
        try (CleanImage image = intake.take(file, "file")) {
            UploadEntity row = new UploadEntity();
            row.setWorkerId(workerId);
            row.setObjectKey("pledge/uploads/" + workerId + "/" + UUID.randomUUID() + "." + image.extension());
            row.setContentType(image.contentType());
            row.setWidth(image.width());
            row.setHeight(image.height());
            row.setSizeBytes(image.sizeBytes());
            storage.put(row.getObjectKey(), image.file(), row.getContentType());
            uploads.insert(row);
            return new UploadResp(row.getId(), image.width(), image.height());
        }
    }

    /** The worker's own unused upload, or a 400 naming the field. */
    public Upload require(long workerId, long uploadId, String field) {
        UploadEntity row = uploads.selectById(uploadId);
        if (row == null || row.getWorkerId() != workerId || row.getUsedAt() != null) {
            throw PledgeErrorCodes.UPLOAD_NOT_FOUND.exception("字段 " + field + "：图片不存在或已经用过，请重新上传");
        }
        return new Upload(row.getId(), row.getObjectKey(), row.getContentType());
    }

    public byte[] bytes(Upload upload) {
        return storage.find(upload.objectKey()).orElseThrow(PledgeErrorCodes.UPLOAD_NOT_FOUND::exception);
    }

    /**
     * Forgets uploads never used by an act before {@code cutoff} (a photo picked, then the check-in abandoned),
     * row first so a claim racing with the purge either wins or finds nothing. Returns how many went.
     */
    int purgeUnusedBefore(LocalDateTime cutoff, int batch) {
        int purged = 0;
        List<UploadEntity> stale;
        do {
            stale = uploads.unusedBefore(cutoff, batch);
            for (UploadEntity u : stale) {
                if (uploads.deleteUnused(u.getId()) == 1) {
                    storage.delete(u.getObjectKey());
                    purged++;
                }
            }
        } while (stale.size() == batch);
        return purged;
    }

    /** Marks the upload used; call inside the act's transaction so a failed act leaves it usable. */
    public void claim(long workerId, long uploadId, String field) {
        if (uploads.claim(uploadId, workerId, LocalDateTime.now(clock)) == 0) {
            throw PledgeErrorCodes.UPLOAD_NOT_FOUND.exception("字段 " + field + "：图片已经用过，请重新上传");
        }
    }
}
