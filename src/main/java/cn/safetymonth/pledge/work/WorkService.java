package cn.safetymonth.pledge.work;

import cn.safetymonth.common.auth.Principals;
import cn.safetymonth.identity.WorkerDirectory;
import cn.safetymonth.pledge.Act;
import cn.safetymonth.pledge.ActSource;
import cn.safetymonth.pledge.PledgeCatalog;
import cn.safetymonth.pledge.PledgeErrorCodes;
import cn.safetymonth.pledge.PledgeProperties;
import cn.safetymonth.pledge.Uploads;
import cn.safetymonth.pledge.WorkSubmitted;
import cn.safetymonth.pledge.WorkerUnion;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.wechat.ContentVerdict;
import cn.safetymonth.wechat.WeChatContentSecurity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Workers submit works and revise returned ones. Text passes WeChat's check at once, images later; RISKY
 * content is kept for reviewers only. A double tap with the same client request id keeps one work.
 */
@Service
class WorkService implements ActSource {

    private final PledgeCatalog catalog;
    private final WorkMapper works;
    private final Uploads uploads;
    private final WorkerUnion unions;
    private final WorkerDirectory workers;
    private final WeChatContentSecurity security;
    private final WorkImageChecks imageChecks;
    private final ObjectStorage storage;
    private final PledgeProperties props;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    WorkService(PledgeCatalog catalog, WorkMapper works, Uploads uploads, WorkerUnion unions, WorkerDirectory workers,
                WeChatContentSecurity security, WorkImageChecks imageChecks, ObjectStorage storage, PledgeProperties props,
                ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.catalog = catalog;
        this.works = works;
        this.uploads = uploads;
        this.unions = unions;
        this.workers = workers;
        this.security = security;
        this.imageChecks = imageChecks;
        this.storage = storage;
        this.props = props;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    WorkWeb.WorkResp submit(long workerId, String requestKey, WorkWeb.SubmitReq req) {
        PledgeCatalog.WorkRule rule = catalog.workRule(req.kind());
        requireOpen();
        WorkRules.check(rule, new WorkRules.Content(req.title(), req.body(), req.imageUploadId() != null, req.videoUrl()), catalog.videoHosts());
        if (requestKey != null) {
            WorkEntity earlier = works.byRequest(workerId, requestKey);
            if (earlier != null) {
                return view(earlier);
            }
        }
        Uploads.Upload image = req.imageUploadId() == null ? null : uploads.require(workerId, req.imageUploadId(), "imageUploadId");
        String openid = openid(workerId);
        WorkerUnion.At union = unions.now(workerId);
        WorkEntity row = new WorkEntity();
        row.setCampaignCode(catalog.campaign().code());
        row.setKind(rule.kind());
        row.setWorkerId(workerId);
        row.setUnionId(union.unionId());
        row.setUnionPath(union.unionPath());
        row.setClientRequestId(requestKey);
        row.setStatus(WorkEntity.SUBMITTED);
        row.setRevision(1);
        fill(row, openid, req.title(), req.body(), image == null ? null : image.objectKey(), req.videoUrl());
        try {
            tx.executeWithoutResult(s -> {
                works.insert(row);
                if (image != null) {
                    uploads.claim(workerId, image.id(), "imageUploadId");
                }
                events.publishEvent(new WorkSubmitted(row.getId(), workerId, row.getUnionId(), row.getUnionPath(), row.getKind(),
                        row.getSubmittedAt()));
            });
        } catch (DuplicateKeyException e) {
            // the same submission arrived twice at once: the first one stands
            return view(works.byRequest(workerId, requestKey));
        }
        if (image != null) {
            imageChecks.submit(row.getId(), openid, row.getImageKey());
        }
        return view(works.selectById(row.getId()));
    }

    /** A returned work, revised by its author, goes back to review as the same work. */
    WorkWeb.WorkResp resubmit(long workerId, long workId, WorkWeb.ReviseReq req) {
        WorkEntity work = owned(workerId, workId);
        if (!WorkEntity.RETURNED.equals(work.getStatus())) {
            throw PledgeErrorCodes.WORK_NOT_RETURNED.exception();
        }
        requireOpen();
        PledgeCatalog.WorkRule rule = catalog.workRule(work.getKind());
        Uploads.Upload image = req.imageUploadId() == null ? null : uploads.require(workerId, req.imageUploadId(), "imageUploadId");
        String imageKey = image != null ? image.objectKey() : WorkRules.blankToNull(req.videoUrl()) != null ? null : work.getImageKey();
        WorkRules.check(rule, new WorkRules.Content(req.title(), req.body(), imageKey != null, req.videoUrl()), catalog.videoHosts());
        String openid = openid(workerId);
        fill(work, openid, req.title(), req.body(), imageKey, req.videoUrl());
        tx.executeWithoutResult(s -> {
            if (works.resubmit(work, Principals.currentActor()) == 0) {
                throw PledgeErrorCodes.WORK_NOT_RETURNED.exception();
            }
            if (image != null) {
                uploads.claim(workerId, image.id(), "imageUploadId");
            }
            events.publishEvent(new WorkSubmitted(workId, workerId, work.getUnionId(), work.getUnionPath(), work.getKind(),
                    work.getSubmittedAt()));
        });
        if (imageKey != null) {
            imageChecks.submit(workId, openid, imageKey);
        }
        return view(works.selectById(workId));
    }

    List<WorkWeb.WorkResp> mine(long workerId) {
        return works.ofWorker(workerId).stream().map(this::view).toList();
    }

    @Override
    public List<Act> actsOf(long workerId) {
        return works.ofWorker(workerId).stream().map(w -> new Act("WORK", catalog.workRule(w.getKind()).label(), w.getId(),
                w.getTitle() != null ? w.getTitle() : catalog.workRule(w.getKind()).label(), statusLabel(w.getStatus()),
                w.getSubmittedAt())).toList();
    }

    static String statusLabel(String status) {
        return switch (status) {
            case WorkEntity.ACCEPTED -> "已采用";
            case WorkEntity.RETURNED -> "已退回";
            default -> "待审核";
        };
    }

    /** Sets the content and what WeChat says of its text; the image's verdict comes later. */
    private void fill(WorkEntity row, String openid, String title, String body, String imageKey, String videoUrl) {
        row.setTitle(WorkRules.blankToNull(title));
        row.setBody(WorkRules.blankToNull(body));
        row.setImageKey(imageKey);
        row.setVideoUrl(WorkRules.blankToNull(videoUrl));
        String text = String.join("\n", Stream.of(row.getTitle(), row.getBody(), row.getVideoUrl())
                .filter(Objects::nonNull).toList());
        ContentVerdict verdict = security.checkText(openid, WorkImageChecks.SCENE_FORUM, text);
        row.setTextVerdict(verdict.name());
        row.setImageVerdict(null);
        row.setFlagged(verdict == ContentVerdict.RISKY);
        row.setSubmittedAt(LocalDateTime.now(clock));
    }

    private WorkEntity owned(long workerId, long workId) {
        WorkEntity w = works.selectById(workId);
        if (w == null || w.getWorkerId() != workerId) {
            throw PledgeErrorCodes.WORK_NOT_FOUND.exception();
        }
        return w;
    }

    private void requireOpen() {
        PledgeCatalog.Campaign c = catalog.campaign();
        if (!c.openOn(LocalDate.now(clock))) {
            throw PledgeErrorCodes.CAMPAIGN_CLOSED.exception("投稿时间为 " + c.startDate() + " 至 " + c.endDate());
        }
    }

    private String openid(long workerId) {
        return workers.openid(workerId).orElseThrow(PledgeErrorCodes.WORK_NOT_FOUND::exception);
    }

    private WorkWeb.WorkResp view(WorkEntity w) {
        boolean hidden = Boolean.TRUE.equals(w.getFlagged());
        return new WorkWeb.WorkResp(w.getId(), w.getKind(), catalog.workRule(w.getKind()).label(), hidden ? null : w.getTitle(),
                hidden ? null : w.getBody(), hidden || w.getImageKey() == null ? null : storage.signedUrl(w.getImageKey(), props.mediaUrlTtl()),
                hidden ? null : w.getVideoUrl(), w.getStatus(), statusLabel(w.getStatus()), w.getReturnReason(), w.getRevision(),
                w.getSubmittedAt(), w.getReviewedAt(), hidden);
    }
}
