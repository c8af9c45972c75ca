package cn.safetymonth.hazard;

import cn.safetymonth.identity.WorkerDirectory;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.wechat.ContentVerdict;
import cn.safetymonth.wechat.MediaCheckVerdict;
import cn.safetymonth.wechat.WeChatContentSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * WeChat content security for reports: the text through msgSecCheck (scene 1, 资料) before anyone but
 * reviewers sees it, each photo through mediaCheckAsync with a signed link. A photo judged risky hides
 * itself and flags its report to the reviewers.
 */
@Component
class HazardContentCheck {

    private static final Logger log = LoggerFactory.getLogger(HazardContentCheck.class);
    private static final int SCENE_PROFILE = 1;

    private final WeChatContentSecurity security;
    private final WorkerDirectory workers;
    private final ObjectStorage storage;
    private final HazardPhotoMapper photos;
    private final HazardReportMapper reports;
    private final HazardWorkflow workflow;
    private final HazardNotices notices;
    private final HazardProperties props;
    private final TransactionTemplate tx;
    private final Clock clock;

    HazardContentCheck(WeChatContentSecurity security, WorkerDirectory workers, ObjectStorage storage, HazardPhotoMapper photos,
                       HazardReportMapper reports, HazardWorkflow workflow, HazardNotices notices, HazardProperties props,
                       TransactionTemplate tx, Clock clock) {
        this.security = security;
        this.workers = workers;
        this.storage = storage;
        this.photos = photos;
        this.reports = reports;
        this.workflow = workflow;
        this.notices = notices;
        this.props = props;
        this.tx = tx;
        this.clock = clock;
    }

    /** PASS, REVIEW or RISKY; REVIEW (reviewers only, until a person decides) when WeChat cannot answer. */
    String checkText(long workerId, String text) {
        Optional<String> openid = workers.openid(workerId);
        return openid.map(o -> security.checkText(o, SCENE_PROFILE, text).name()).orElse(ContentVerdicts.REVIEW);
    }

    /** Sends each photo to WeChat's asynchronous check; the verdict comes back as a {@link MediaCheckVerdict}. */
    void submitPhotos(long workerId, List<HazardPhotoEntity> submitted) {
        String openid = workers.openid(workerId).orElse(null);
        for (HazardPhotoEntity p : submitted) {
            String traceId = openid == null ? null
                    : security.submitImageCheck(openid, SCENE_PROFILE, storage.signedUrl(p.getObjectKey(), props.mediaCheckUrlTtl()));
            LocalDateTime now = LocalDateTime.now(clock);
            if (traceId == null) {
                photos.judged(p.getId(), ContentVerdicts.REVIEW, now);
            } else {
                photos.traced(p.getId(), traceId, now);
            }
        }
    }

    @EventListener
    void on(MediaCheckVerdict verdict) {
        HazardPhotoEntity photo = awaitTrace(verdict.traceId());
        if (photo == null) {
            return; // not ours: another module's image
        }
        tx.executeWithoutResult(s -> {
            LocalDateTime now = LocalDateTime.now(clock);
            photos.judged(photo.getId(), verdict.verdict().name(), now);
            if (verdict.verdict() == ContentVerdict.RISKY && photo.getReportId() != null) {
                flag(photo.getReportId(), "照片未通过内容安全检测", now);
            }
        });
    }

    private void flag(long reportId, String reason, LocalDateTime now) {
        int changed = reports.update(null, new com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper<HazardReportEntity>()
                .set(HazardReportEntity::getFlagged, true).set(HazardReportEntity::getFlagReason, reason)
                .set(HazardReportEntity::getUpdatedAt, now).set(HazardReportEntity::getUpdatedBy, "wechat")
                .eq(HazardReportEntity::getId, reportId).eq(HazardReportEntity::getFlagged, false));
        if (changed == 1) {
            workflow.record(reportId, "FLAGGED", null, null, HazardWorkflow.system(), reason, now);
            notices.flagged(reports.selectById(reportId), reason);
        }
    }

    /** WeChat may push the verdict a moment before the submitting request stored the trace id. */
    private HazardPhotoEntity awaitTrace(String traceId) {
        for (int i = 0; i < 20; i++) {
            HazardPhotoEntity p = photos.byTraceId(traceId);
            if (p != null) {
                return p;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        log.debug("media check verdict for an unknown trace id");
        return null;
    }
}
