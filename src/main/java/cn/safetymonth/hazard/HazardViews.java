package cn.safetymonth.hazard;

import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import cn.safetymonth.storage.ObjectStorage;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns reports into what each audience may see. The reporter: their own report, blurred point, no
 * evidence. A reviewer of the reporting union: everything, the reporter masked. The responsible unit:
 * the hazard and its photos, and nothing that points to who reported it.
 */
@Component
class HazardViews {

    enum Audience { REPORTER, REVIEWER, UNIT }

    private final HazardCategories categories;
    private final HazardPhotoMapper photos;
    private final HazardEventMapper timeline;
    private final HazardRewardMapper rewards;
    private final HazardReportMapper reports;
    private final DuplicateFinder duplicates;
    private final UnionDirectory unions;
    private final HazardReporters reporters;
    private final ObjectStorage storage;
    private final HazardProperties props;

    HazardViews(HazardCategories categories, HazardPhotoMapper photos, HazardEventMapper timeline, HazardRewardMapper rewards,
                HazardReportMapper reports, DuplicateFinder duplicates, UnionDirectory unions, HazardReporters reporters,
                ObjectStorage storage, HazardProperties props) {
        this.categories = categories;
        this.photos = photos;
        this.timeline = timeline;
        this.rewards = rewards;
        this.reports = reports;
        this.duplicates = duplicates;
        this.unions = unions;
        this.reporters = reporters;
        this.storage = storage;
        this.props = props;
    }

    HazardWeb.ReportResp forReporter(HazardReportEntity r) {
        List<HazardPhotoEntity> all = photos.ofReports(List.of(r.getId()));
        int points = rewards.ofReport(r.getId()).stream().mapToInt(HazardRewardEntity::getPoints).sum();
        boolean canConfirm = HazardTransitions.allowed(r.getState(), HazardAction.CLOSE, HazardTransitions.Actor.REPORTER);
        return new HazardWeb.ReportResp(r.getId(), r.getCategory(), categories.label(r.getCategory()), r.getScene(), r.getScene().label(),
                r.getDescription(), r.getUnitName(), location(r, Audience.REPORTER), r.getState(), r.getState().label(),
                r.getHazardLevel(), r.getHazardLevel() == null ? null : r.getHazardLevel().label(), r.getRejectReason(),
                ContentVerdicts.label(r.getTextVerdict()), photoViews(all, HazardPhotoEntity.EVIDENCE, Audience.REPORTER),
                rectification(r, all, Audience.REPORTER), points, reports.seenTooCount(r.getId()), r.getDuplicateOf(), canConfirm,
                r.getSubmittedAt(), timeline(r, Audience.REPORTER));
    }

    HazardWeb.AdminReportResp forStaff(HazardReportEntity r, Audience audience) {
        List<HazardPhotoEntity> all = photos.ofReports(List.of(r.getId()));
        boolean reviewer = audience == Audience.REVIEWER;
        return new HazardWeb.AdminReportResp(r.getId(), audience.name(), r.getCategory(), categories.label(r.getCategory()), r.getScene(),
                r.getDescription(), r.getUnitName(), location(r, audience), r.getState(), r.getState().label(), r.getHazardLevel(),
                r.getRejectReason(), Boolean.TRUE.equals(r.getFlagged()), reviewer ? r.getFlagReason() : null,
                ContentVerdicts.label(r.getTextVerdict()), reviewer ? reporters.view(r) : null,
                photoViews(all, HazardPhotoEntity.EVIDENCE, audience), rectification(r, all, audience),
                reports.seenTooCount(r.getId()), r.getDuplicateOf(), reports.duplicateCount(r.getId()), r.getSubmittedAt(),
                timeline(r, audience));
    }

    HazardWeb.AdminReportItem item(HazardReportEntity r, Audience audience, Map<Long, HazardPhotoEntity> firstPhoto) {
        HazardPhotoEntity first = firstPhoto.get(r.getId());
        return new HazardWeb.AdminReportItem(r.getId(), r.getCategory(), categories.label(r.getCategory()), r.getScene(), r.getState(),
                r.getState().label(), r.getHazardLevel(), r.getPlaceName(), r.getAddress(), r.getUnitName(), r.getSubmittedAt(),
                Boolean.TRUE.equals(r.getFlagged()), ContentVerdicts.label(r.getTextVerdict()), r.getDeadline(),
                Boolean.TRUE.equals(r.getOverdue()), thumb(first, audience), audience.name());
    }

    HazardWeb.MyReportItem myItem(HazardReportEntity r, Map<Long, HazardPhotoEntity> firstPhoto, Map<Long, Integer> points) {
        return new HazardWeb.MyReportItem(r.getId(), categories.label(r.getCategory()), r.getState(), r.getState().label(),
                r.getPlaceName(), thumb(firstPhoto.get(r.getId()), Audience.REPORTER), r.getSubmittedAt(),
                points.getOrDefault(r.getId(), 0));
    }

    /** The first evidence photo of each report, for list thumbnails. */
    Map<Long, HazardPhotoEntity> firstPhotos(List<HazardReportEntity> rows) {
        return photos.ofReports(rows.stream().map(HazardReportEntity::getId).toList()).stream()
                .filter(p -> HazardPhotoEntity.EVIDENCE.equals(p.getPurpose()))
                .collect(java.util.stream.Collectors.toMap(HazardPhotoEntity::getReportId, p -> p,
                        (a, b) -> a.getSeq() <= b.getSeq() ? a : b));
    }

    /** Likely duplicates of a just-submitted report, for its reporter: visible ones only, blurred. */
    List<HazardWeb.DuplicateCandidate> candidates(HazardReportEntity r) {
        Map<Long, Double> near = duplicates.near(r.getCategory(), r.point());
        near.remove(r.getId());
        LocalDate since = r.getSubmittedAt().minus(props.duplicateWindow()).toLocalDate();
        return reports.byIds(near.keySet()).stream()
                .filter(o -> o.publiclyVisible() && o.getState() != HazardState.REJECTED && o.getCategory().equals(r.getCategory()))
                .filter(o -> !o.getSubmittedAt().toLocalDate().isBefore(since))
                .sorted(Comparator.comparing(o -> near.get(o.getId())))
                .map(o -> {
                    GeoPoint p = o.point().blurred(props.blurDecimals());
                    return new HazardWeb.DuplicateCandidate(o.getId(), o.getCategory(), categories.label(o.getCategory()), o.getState(),
                            o.getState().label(), (int) (Math.round(near.get(o.getId()) / 10.0) * 10), o.getSubmittedAt().toLocalDate(),
                            p.lat(), p.lng(), reports.seenTooCount(o.getId()));
                }).toList();
    }

    private HazardWeb.LocationView location(HazardReportEntity r, Audience audience) {
        GeoPoint p = audience == Audience.REPORTER ? r.point().blurred(props.blurDecimals()) : r.point();
        return new HazardWeb.LocationView(p.lat(), p.lng(), "GCJ02", r.getAddress(), r.getPlaceName(),
                audience == Audience.REPORTER ? null : r.getAccuracyM());
    }

    private HazardWeb.RectificationView rectification(HazardReportEntity r, List<HazardPhotoEntity> all, Audience audience) {
        if (r.getDeadline() == null) {
            return null;
        }
        String unit = r.getAssigneeUnionId() == null ? null : unions.find(r.getAssigneeUnionId()).map(UnionRef::name).orElse(null);
        return new HazardWeb.RectificationView(unit, r.getAssigneePerson(), r.getDeadline(), Boolean.TRUE.equals(r.getOverdue()),
                r.getRectifyNote(), r.getRectifiedAt(), photoViews(all, HazardPhotoEntity.AFTER, audience));
    }

    private List<HazardWeb.PhotoView> photoViews(List<HazardPhotoEntity> all, String purpose, Audience audience) {
        return all.stream().filter(p -> purpose.equals(p.getPurpose())).map(p -> {
            boolean hidden = p.risky() && audience != Audience.REVIEWER;
            HazardWeb.EvidenceView evidence = audience != Audience.REVIEWER ? null : new HazardWeb.EvidenceView(p.getCapturedAt(),
                    p.getExifLat() == null ? null : p.getExifLat().doubleValue(),
                    p.getExifLng() == null ? null : p.getExifLng().doubleValue(), ContentVerdicts.label(p.getMediaVerdict()));
            return new HazardWeb.PhotoView(hidden ? null : storage.signedUrl(p.getObjectKey(), props.photoUrlTtl()),
                    hidden ? null : storage.signedUrl(p.getThumbKey(), props.photoUrlTtl()), p.getWidth(), p.getHeight(), hidden, evidence);
        }).toList();
    }

    private String thumb(HazardPhotoEntity p, Audience audience) {
        if (p == null || p.risky() && audience != Audience.REVIEWER) {
            return null;
        }
        return storage.signedUrl(p.getThumbKey(), props.photoUrlTtl());
    }

    private List<HazardWeb.TimelineItem> timeline(HazardReportEntity r, Audience audience) {
        return timeline.ofReport(r.getId()).stream().map(e -> new HazardWeb.TimelineItem(e.getAction(), actionLabel(e.getAction()),
                e.getToState(), e.getToState() == null ? null : e.getToState().label(), actor(e, audience),
                audience == Audience.UNIT && HazardEventEntity.REPORTER.equals(e.getActorKind()) ? null : e.getNote(), e.getAt())).toList();
    }

    /** The reporter is never named, not even by id: to staff they are 举报人, to themselves 本人. */
    private static String actor(HazardEventEntity e, Audience audience) {
        return switch (e.getActorKind()) {
            case HazardEventEntity.REPORTER -> audience == Audience.REPORTER ? "本人" : "举报人";
            case HazardEventEntity.STAFF -> audience == Audience.REPORTER ? "工会工作人员" : Objects.requireNonNullElse(e.getActorName(), "工作人员");
            default -> "系统";
        };
    }

    private static String actionLabel(String action) {
        return switch (action) {
            case "SUBMIT" -> "提交上报";
            case "OVERDUE" -> "整改逾期";
            case "FLAGGED" -> "内容安全未通过";
            default -> {
                try {
                    yield HazardAction.valueOf(action).label();
                } catch (IllegalArgumentException e) {
                    yield action;
                }
            }
        };
    }
}
