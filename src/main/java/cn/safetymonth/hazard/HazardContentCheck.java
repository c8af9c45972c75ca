package cn.safetymonth.hazard;

import cn.safetymonth.identity.WorkerDirectory;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.wechat.ContentVerdict;
import cn.safetymonth.wechat.MediaCheckVerdict;
import cn.safetymonth.wechat.WeChatContentSecurity;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HazardContentCheck(WeChatContentSecurity security, WorkerDirectory workers, ObjectStorage storage, HazardPhotoMapper photos,
                       HazardReportMapper reports, HazardWorkflow workflow, HazardNotices notices, HazardProperties props,
                       TransactionTemplate tx, ApplicationEventPublisher events,
                       Clock clock) {
        this.events = events;
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
                continue;
            }
            photos.traced(p.getId(), traceId, now);
            security.verdictArrived(traceId).ifPresent(v -> apply(p.getId(), v));
        }
    }

    @EventListener
    void on(MediaCheckVerdict verdict) {
        HazardPhotoEntity photo = photos.byTraceId(verdict.traceId());
        if (photo != null) {
            apply(photo.getId(), verdict.verdict()); // not ours yet (trace id not stored): submitPhotos finds it kept
        }
    }

    private void apply(long photoId, ContentVerdict verdict) {
        tx.executeWithoutResult(s -> {
            LocalDateTime now = LocalDateTime.now(clock);
            photos.judged(photoId, verdict.name(), now);
            HazardPhotoEntity photo = photos.selectById(photoId);
            if (verdict == ContentVerdict.RISKY && photo.getReportId() != null) {
                flag(photo.getReportId(), "照片未通过内容安全检测", now);
            }
        });
    }

    private void flag(long reportId, String reason, LocalDateTime now) {
        int changed = reports.update(null, new LambdaUpdateWrapper<HazardReportEntity>()
                .set(HazardReportEntity::getFlagged, true).set(HazardReportEntity::getFlagReason, reason)
                .set(HazardReportEntity::getUpdatedAt, now).set(HazardReportEntity::getUpdatedBy, "wechat")
                .eq(HazardReportEntity::getId, reportId).eq(HazardReportEntity::getFlagged, false));
        if (changed == 1) {
            workflow.record(reportId, "FLAGGED", null, null, HazardWorkflow.system(), reason, now);
            events.publishEvent(new HazardReportHidden(reportId, now));
            notices.flagged(reports.selectById(reportId), reason);
        }
    }
}
