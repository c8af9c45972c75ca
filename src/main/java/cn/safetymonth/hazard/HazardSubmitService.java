package cn.safetymonth.hazard;

import cn.safetymonth.common.BizException;
import cn.safetymonth.common.geo.LocationReq;
import cn.safetymonth.common.limit.RateLimits;
import cn.safetymonth.common.persistence.AfterCommit;
import cn.safetymonth.org.MembershipService;
import cn.safetymonth.storage.ObjectStorage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A worker's report, taken once: the same idempotency key always answers with the same report,
 * however often and however concurrently it is retried. Nothing is written until every photo is
 * known to be in storage, so a storage outage leaves no half report.
 */
@Service
class HazardSubmitService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HazardReportMapper reports;
    private final HazardPhotoMapper photos;
    private final HazardCategories categories;
    private final MembershipService memberships;
    private final ObjectStorage storage;
    private final HazardContentCheck contentCheck;
    private final DuplicateFinder duplicates;
    private final HazardWorkflow workflow;
    private final HazardNotices notices;
    private final HazardViews views;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final RateLimits limits;
    private final HazardProperties props;
    private final Clock clock;

    HazardSubmitService(HazardReportMapper reports, HazardPhotoMapper photos, HazardCategories categories, MembershipService memberships,
                        ObjectStorage storage, HazardContentCheck contentCheck, DuplicateFinder duplicates, HazardWorkflow workflow,
                        HazardNotices notices, HazardViews views, ApplicationEventPublisher events, TransactionTemplate tx,
                        RateLimits limits, HazardProperties props, Clock clock) {
        this.limits = limits;
        this.reports = reports;
        this.photos = photos;
        this.categories = categories;
        this.memberships = memberships;
        this.storage = storage;
        this.contentCheck = contentCheck;
        this.duplicates = duplicates;
        this.workflow = workflow;
        this.notices = notices;
        this.views = views;
        this.events = events;
        this.tx = tx;
        this.props = props;
        this.clock = clock;
    }

    HazardWeb.SubmitResp submit(long workerId, String key, HazardWeb.SubmitReq req) {
        HazardReportEntity existing = reports.byIdempotencyKey(workerId, key);
        if (existing != null) {
            return answer(existing);
        }
        limits.take("hazard-report", workerId, props.reportsPerWorker(), "提交的隐患上报太多了");
        categories.find(req.category()).orElseThrow(() -> HazardErrorCodes.CATEGORY_UNKNOWN.exception(
                "字段 category：隐患类别“" + req.category() + "”不存在，请从类别列表中选择"));
        List<HazardPhotoEntity> mine;
        try {
            mine = usablePhotos(workerId, req.photoTokens());
        } catch (BizException e) {
            // a retry racing its own first attempt finds the photos taken by the report that attempt created
            HazardReportEntity first = reports.byIdempotencyKey(workerId, key);
            if (first != null) {
                return answer(first);
            }
            throw e;
        }
        for (HazardPhotoEntity p : mine) {
            if (!storage.exists(p.getObjectKey())) { // an unreachable store throws 503 here, before any row
                throw HazardErrorCodes.PHOTO_TOKEN_INVALID.exception();
            }
        }
        String verdict = contentCheck.checkText(workerId, textOf(req));
        HazardReportEntity row = newReport(workerId, key, req, verdict);
        try {
            tx.executeWithoutResult(s -> insert(row, mine));
        } catch (DuplicateKeyException e) {
            return answer(winner(workerId, key)); // a concurrent retry with the same key won
        }
        // once committed: WeChat's verdict is matched to the photos by their stored trace id, and the duplicate index
        // must not name a report that was rolled back
        AfterCommit.run(() -> {
            duplicates.remember(row.getId(), row.getCategory(), row.point(), row.getSubmittedAt());
            contentCheck.submitPhotos(workerId, mine);
        });
        return answer(reports.selectById(row.getId()));
    }

    private void insert(HazardReportEntity row, List<HazardPhotoEntity> mine) {
        reports.insert(row);
        int seq = 1;
        for (HazardPhotoEntity p : mine) {
            if (photos.attach(p.getId(), row.getId(), HazardPhotoEntity.EVIDENCE, seq++, row.getSubmittedAt()) == 0) {
                throw HazardErrorCodes.PHOTO_ALREADY_USED.exception();
            }
        }
        workflow.record(row.getId(), "SUBMIT", null, HazardState.PENDING, HazardWorkflow.reporter(row.getReporterId()),
                null, row.getSubmittedAt());
        events.publishEvent(new HazardReportSubmitted(row.getId(), row.getReporterId(), row.getUnionId(), row.getUnionPath(),
                row.getCategory(), row.getScene().name(), Boolean.TRUE.equals(row.getFlagged()), row.getSubmittedAt()));
        notices.stateChanged(row, null, HazardState.PENDING, null, row.getSubmittedAt());
    }

    /** The photos named by the tokens, in the order given: the caller's own, not yet used, not expired. */
    List<HazardPhotoEntity> usablePhotos(long workerId, List<String> tokens) {
        return usablePhotos("w:" + workerId, tokens, HazardErrorCodes.PHOTO_TOKEN_INVALID.msg());
    }

    List<HazardPhotoEntity> usablePhotos(String uploader, List<String> tokens, String invalidMessage) {
        Set<String> distinct = new LinkedHashSet<>(tokens);
        Map<String, HazardPhotoEntity> byToken = photos.byTokens(distinct).stream()
                .collect(Collectors.toMap(HazardPhotoEntity::getToken, Function.identity()));
        LocalDateTime now = LocalDateTime.now(clock);
        List<HazardPhotoEntity> out = new ArrayList<>();
        for (String token : distinct) {
            HazardPhotoEntity p = byToken.get(token);
            if (p == null || !p.getUploadedBy().equals(uploader) || p.getExpiresAt().isBefore(now) && p.getReportId() == null) {
                throw HazardErrorCodes.PHOTO_TOKEN_INVALID.exception(invalidMessage);
            }
            if (p.getReportId() != null) {
                throw HazardErrorCodes.PHOTO_ALREADY_USED.exception();
            }
            out.add(p);
        }
        return out;
    }

    private HazardReportEntity newReport(long workerId, String key, HazardWeb.SubmitReq req, String textVerdict) {
        LocationReq loc = req.location();
        GeoPoint gcj = GeoPoint.of(loc.gcj02());
        LocalDateTime now = LocalDateTime.now(clock);
        HazardReportEntity row = new HazardReportEntity();
        row.setReporterId(workerId);
        row.setIdempotencyKey(key);
        memberships.current(workerId).ifPresent(m -> {
            row.setUnionId(m.union().id());
            row.setUnionPath(m.union().path());
        });
        row.setScene(req.scene());
        row.setCategory(req.category());
        row.setDescription(req.description().trim());
        row.setUnitName(blankToNull(req.unitName()));
        row.setRawLat(BigDecimal.valueOf(GeoPoint.round(loc.latitude(), 7)));
        row.setRawLng(BigDecimal.valueOf(GeoPoint.round(loc.longitude(), 7)));
        row.setCoordSystem(loc.coordSystem().name());
        row.setLat(BigDecimal.valueOf(GeoPoint.round(gcj.lat(), 7)));
        row.setLng(BigDecimal.valueOf(GeoPoint.round(gcj.lng(), 7)));
        GeoPoint shown = gcj.publicPoint(props.blurRadius(), RANDOM);
        row.setPublicLat(BigDecimal.valueOf(GeoPoint.round(shown.lat(), 7)));
        row.setPublicLng(BigDecimal.valueOf(GeoPoint.round(shown.lng(), 7)));
        row.setAccuracyM(loc.accuracy());
        row.setAddress(blankToNull(loc.address()));
        row.setPlaceName(blankToNull(loc.placeName()));
        row.setState(HazardState.PENDING);
        row.setTextVerdict(textVerdict);
        row.setFlagged(ContentVerdicts.RISKY.equals(textVerdict));
        row.setFlagReason(ContentVerdicts.RISKY.equals(textVerdict) ? "文字未通过内容安全检测" : null);
        row.setOverdue(false);
        row.setSubmittedAt(now);
        row.setStateChangedAt(now);
        return row;
    }

    private HazardReportEntity winner(long workerId, String key) {
        for (int i = 0; i < 50; i++) {
            HazardReportEntity w = reports.byIdempotencyKey(workerId, key);
            if (w != null) {
                return w;
            }
            sleep();
        }
        throw HazardErrorCodes.STATE_CHANGED.exception("上报正在处理中，请稍后在“我的上报”中查看");
    }

    private HazardWeb.SubmitResp answer(HazardReportEntity report) {
        return new HazardWeb.SubmitResp(views.forReporter(report), views.candidates(report));
    }

    private static String textOf(HazardWeb.SubmitReq req) {
        String unit = req.unitName() == null ? "" : "\n" + req.unitName();
        String place = req.location().placeName() == null ? "" : "\n" + req.location().placeName();
        return req.description() + unit + place;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
