package cn.safetymonth.pledge.work;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.auth.Principals;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import cn.safetymonth.identity.WorkerBrief;
import cn.safetymonth.identity.WorkerDirectory;
import cn.safetymonth.notice.Notifier;
import cn.safetymonth.notice.SubscribeMessage;
import cn.safetymonth.notice.WorkerNotice;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.pledge.PledgeCatalog;
import cn.safetymonth.pledge.PledgeErrorCodes;
import cn.safetymonth.pledge.WorkReviewed;
import cn.safetymonth.storage.ObjectStorage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Union staff review the works of their subtree; the first decision wins and the author is told. */
@Service
class WorkReviewService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorkMapper works;
    private final PledgeCatalog catalog;
    private final UnionDirectory directory;
    private final WorkerDirectory workers;
    private final Notifier notifier;
    private final ObjectStorage storage;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    WorkReviewService(WorkMapper works, PledgeCatalog catalog, UnionDirectory directory, WorkerDirectory workers, Notifier notifier,
                      ObjectStorage storage, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.works = works;
        this.catalog = catalog;
        this.directory = directory;
        this.workers = workers;
        this.notifier = notifier;
        this.storage = storage;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    PageResult<WorkWeb.AdminWorkResp> list(AdminPrincipal admin, Long unionId, String status, String kind, PageQuery page) {
        String path = unionId != null ? directory.requireInScope(admin, unionId).path() : admin.unionPath();
        var rows = works.under(page.toPage(), path, status, kind);
        Map<Long, WorkerBrief> authors = workers.briefs(rows.getRecords().stream().map(WorkEntity::getWorkerId).toList());
        return PageResult.of(rows, w -> view(w, authors.get(w.getWorkerId())));
    }

    WorkWeb.AdminWorkResp review(AdminPrincipal admin, long workId, WorkWeb.ReviewReq req) {
        WorkEntity work = works.selectById(workId);
        if (work == null || !inScope(admin, work)) {
            throw PledgeErrorCodes.WORK_NOT_FOUND.exception();
        }
        String reason = WorkRules.blankToNull(req.reason());
        boolean returned = WorkEntity.RETURNED.equals(req.outcome());
        if (returned && reason == null) {
            throw PledgeErrorCodes.WORK_INVALID.exception("字段 reason：退回时须写明原因，作者会看到");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        tx.executeWithoutResult(s -> {
            if (works.review(workId, work.getRevision(), req.outcome(), returned ? reason : null, now, admin.accountId(),
                    Principals.currentActor()) == 0) {
                throw PledgeErrorCodes.WORK_ALREADY_REVIEWED.exception();
            }
            events.publishEvent(new WorkReviewed(workId, work.getWorkerId(), work.getUnionId(), work.getUnionPath(), work.getKind(),
                    req.outcome(), now));
            notifier.toWorker(work.getWorkerId(), notice(work, returned, reason, now));
        });
        WorkEntity decided = works.selectById(workId);
        return view(decided, workers.briefs(List.of(decided.getWorkerId())).get(decided.getWorkerId()));
    }

    /** Works of 社会公众 (no union) belong to the platform, whose staff see the whole tree ("/"). */
    static boolean inScope(AdminPrincipal admin, WorkEntity work) {
        return work.getUnionPath() == null ? "/".equals(admin.unionPath()) : admin.covers(work.getUnionPath());
    }

    private WorkerNotice notice(WorkEntity work, boolean returned, String reason, LocalDateTime at) {
        String label = catalog.workRule(work.getKind()).label();
        String what = work.getTitle() != null ? "《" + work.getTitle() + "》" : "你的" + label;
        String title = returned ? label + "被退回，可修改后重新提交" : label + "已被采用";
        String body = returned ? what + "被退回：" + reason : what + "已通过工会审核并被采用，感谢你的参与！";
        SubscribeMessage subscribe = new SubscribeMessage("work-reviewed", "pages/works/index?id=" + work.getId(), Map.of(
                "thing1", work.getTitle() != null ? work.getTitle() : label,
                "phrase2", returned ? "已退回" : "已采用",
                "thing3", returned ? reason : "感谢参与安全生产月活动",
                "time4", TIME.format(at)));
        return new WorkerNotice("work.reviewed", title, body, "WORK", work.getId(), subscribe);
    }

    private WorkWeb.AdminWorkResp view(WorkEntity w, WorkerBrief author) {
        String name = author == null ? null : author.maskedName() != null ? author.maskedName() : author.maskedPhone();
        return new WorkWeb.AdminWorkResp(w.getId(), w.getKind(), catalog.workRule(w.getKind()).label(), name, w.getUnionId(),
                w.getTitle(), w.getBody(), w.getImageKey() == null ? null : storage.signedUrl(w.getImageKey()), w.getVideoUrl(),
                w.getStatus(), w.getReturnReason(), w.getRevision(), w.getTextVerdict(), w.getImageVerdict(),
                Boolean.TRUE.equals(w.getFlagged()), w.getSubmittedAt(), w.getReviewedAt());
    }
}
