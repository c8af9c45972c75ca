package cn.safetymonth.hazard;

import cn.safetymonth.common.geo.LocationReq;
import cn.safetymonth.common.persistence.DuplicateKeys;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a worker does with reports: their own list and details, confirming a fix, "I saw this too", points. */
@Service
class HazardWorkerService {

    private final HazardAccess access;
    private final HazardReportMapper reports;
    private final HazardRewardMapper rewards;
    private final HazardWorkflow workflow;
    private final HazardViews views;
    private final HazardCategories categories;
    private final HazardProperties props;
    private final Clock clock;

    HazardWorkerService(HazardAccess access, HazardReportMapper reports, HazardRewardMapper rewards, HazardWorkflow workflow,
                        HazardViews views, HazardCategories categories, HazardProperties props, Clock clock) {
        this.access = access;
        this.reports = reports;
        this.rewards = rewards;
        this.workflow = workflow;
        this.views = views;
        this.categories = categories;
        this.props = props;
        this.clock = clock;
    }

    PageResult<HazardWeb.MyReportItem> mine(long workerId, PageQuery page) {
        var rows = reports.ofReporter(page.toPage(), workerId);
        Map<Long, HazardPhotoEntity> first = views.firstPhotos(rows.getRecords());
        Map<Long, Integer> points = rewards.ofWorker(workerId).stream()
                .collect(Collectors.groupingBy(HazardRewardEntity::getReportId, Collectors.summingInt(HazardRewardEntity::getPoints)));
        return PageResult.of(rows, r -> views.myItem(r, first, points));
    }

    HazardWeb.ReportResp get(long workerId, long reportId) {
        return views.forReporter(access.own(workerId, reportId));
    }

    /** The reporter looks at the rectification: fixed closes the report, not fixed sends it back to rectification. */
    HazardWeb.ReportResp confirm(long workerId, long reportId, HazardWeb.ConfirmReq req) {
        HazardReportEntity r = access.own(workerId, reportId);
        String comment = HazardReviewService.blankToNull(req.comment());
        LocalDateTime now = LocalDateTime.now(clock);
        HazardReportEntity after = Boolean.TRUE.equals(req.fixed())
                ? workflow.apply(r, HazardAction.CLOSE, HazardWorkflow.reporter(workerId), comment,
                w -> w.set(HazardReportEntity::getClosedAt, now), () -> { })
                : workflow.apply(r, HazardAction.REOPEN, HazardWorkflow.reporter(workerId),
                comment == null ? "举报人反馈：隐患没有整改好" : comment, HazardReviewService::clearRectification, () -> { });
        return views.forReporter(after);
    }

    /**
     * Only someone standing near a visible report can add to it; anything else looks like no report. "Near" is measured
     * to the point workers are shown: measured to the real one, yes-or-no answers from a walk around it would find it.
     */
    HazardWeb.SeenTooResp seenToo(long workerId, long reportId, LocationReq at) {
        HazardReportEntity r = reports.selectById(reportId);
        GeoPoint here = GeoPoint.of(at.gcj02());
        if (r == null || !r.publiclyVisible() || r.getState() == HazardState.REJECTED
                || r.publicPoint().metresTo(here) > props.duplicateRadius()) {
            throw HazardErrorCodes.NOT_NEARBY.exception();
        }
        if (r.getReporterId() == workerId) {
            throw HazardErrorCodes.OWN_REPORT.exception();
        }
        DuplicateKeys.insertOr(() -> reports.insertSeenToo(reportId, workerId, LocalDateTime.now(clock), "w:" + workerId), () -> 0);
        return new HazardWeb.SeenTooResp(reportId, reports.seenTooCount(reportId));
    }

    HazardWeb.RewardsResp rewards(long workerId) {
        List<HazardRewardEntity> lines = rewards.ofWorker(workerId);
        return new HazardWeb.RewardsResp(lines.stream().mapToInt(HazardRewardEntity::getPoints).sum(),
                lines.stream().map(l -> new HazardWeb.RewardItem(l.getReportId(), l.getPoints(), "隐患经核实", l.getCreatedAt())).toList());
    }

    HazardWeb.CategoriesResp categories() {
        return categories.view();
    }
}
