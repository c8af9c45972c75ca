package cn.safetymonth.hazard;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.geo.Coordinates;
import cn.safetymonth.hazard.HazardAccess.Audience;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import cn.safetymonth.storage.ObjectStorage;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns reports into what each audience may see ({@link HazardAccess} decides who is which). The reporter: their own
 * report, blurred point, no evidence. A reviewer who may know the reporter: everything, the reporter masked, each such
 * view written to the audit log. Everyone else on the staff (the responsible unit, the reporter's own union, a reviewer
 * who is also the responsible unit): the hazard and its photos, and nothing that points to who reported it: no
 * reporter, no photo evidence (when and where the reporter stood), no note of theirs, and their acts dated by the day,
 * not the minute, which other records with times could match to one person. Lists inside a report hold only reports
 * the viewer may open.
 */
@Component
class HazardViews {

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
        boolean canConfirm = HazardTransitions.allowed(r.getState(), HazardAction.CLOSE, Audience.REPORTER);
        return new HazardWeb.ReportResp(r.getId(), r.getCategory(), categories.label(r.getCategory()), r.getScene(), r.getScene().label(),
                r.getDescription(), r.getUnitName(), location(r, Audience.REPORTER), r.getState(), r.getState().label(),
                r.getHazardLevel(), r.getHazardLevel() == null ? null : r.getHazardLevel().label(), r.getRejectReason(),
                ContentVerdicts.label(r.getTextVerdict()), photoViews(r, all, HazardPhotoEntity.EVIDENCE, Audience.REPORTER, false),
                rectification(r, all, Audience.REPORTER), points, reports.seenTooCount(r.getId()), r.getDuplicateOf(), canConfirm,
                r.getSubmittedAt(), timeline(r, Audience.REPORTER, true));
    }

    /** The report as this staff member may see it now (after an act, what they may see may have changed). */
    HazardWeb.AdminReportResp forStaff(AdminPrincipal viewer, HazardReportEntity r) {
        HazardAccess.Granted g = HazardAccess.sightOf(viewer, r);
        Audience audience = g.audience();
        boolean reviewer = audience == Audience.REVIEWER;
        boolean knows = g.knowsReporter();
        List<HazardPhotoEntity> all = photos.ofReports(List.of(r.getId()));
        List<String> actions = Arrays.stream(HazardAction.values())
                .filter(a -> HazardTransitions.allowed(r.getState(), a, audience)).map(Enum::name).toList();
        Long duplicateOf = r.getDuplicateOf() == null ? null : reports.byIds(List.of(r.getDuplicateOf())).stream()
                .filter(o -> HazardAccess.mayOpen(viewer, o)).findFirst().map(HazardReportEntity::getId).orElse(null);
        int linked = (int) reports.duplicatesOf(r.getId()).stream().filter(o -> HazardAccess.mayOpen(viewer, o)).count();
        return new HazardWeb.AdminReportResp(r.getId(), audience.name(), r.getCategory(), categories.label(r.getCategory()), r.getScene(),
                r.getDescription(), r.getUnitName(), location(r, audience), r.getState(), r.getState().label(), r.getHazardLevel(),
                r.getRejectReason(), Boolean.TRUE.equals(r.getFlagged()), reviewer ? r.getFlagReason() : null,
                ContentVerdicts.label(r.getTextVerdict()), knows ? reporters.view(r, viewer) : null,
                photoViews(r, all, HazardPhotoEntity.EVIDENCE, audience, knows), rectification(r, all, audience),
                reports.seenTooCount(r.getId()), duplicateOf, linked, knows ? r.getSubmittedAt() : null, r.getSubmittedAt().toLocalDate(),
                timeline(r, audience, knows), actions, reviewer ? nearby(r, viewer) : List.of());
    }

    HazardWeb.AdminReportItem item(AdminPrincipal viewer, HazardReportEntity r, Map<Long, HazardPhotoEntity> firstPhoto) {
        HazardAccess.Granted g = HazardAccess.sightOf(viewer, r);
        HazardPhotoEntity first = firstPhoto.get(r.getId());
        return new HazardWeb.AdminReportItem(r.getId(), r.getCategory(), categories.label(r.getCategory()), r.getScene(), r.getState(),
                r.getState().label(), r.getHazardLevel(), r.getPlaceName(), r.getAddress(), r.getUnitName(),
                g.knowsReporter() ? r.getSubmittedAt() : null, r.getSubmittedAt().toLocalDate(),
                Boolean.TRUE.equals(r.getFlagged()), ContentVerdicts.label(r.getTextVerdict()), r.getDeadline(),
                Boolean.TRUE.equals(r.getOverdue()), thumb(first, g.audience()), g.audience().name());
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
                .collect(Collectors.toMap(HazardPhotoEntity::getReportId, p -> p,
                        (a, b) -> a.getSeq() <= b.getSeq() ? a : b));
    }

    /**
     * Likely duplicates of a just-submitted report, for its reporter: visible ones only, and everything about them
     * worked out from their public point alone (which ones, in which order, how far, rounded to the blur radius), so that
     * throw-away submissions can place a report no closer than that point. Redis finds candidates by the real point,
     * within the radius plus the largest blur; the decision is then taken on the public point.
     */
    List<HazardWeb.DuplicateCandidate> candidates(HazardReportEntity r) {
        GeoPoint here = r.point();
        Map<Long, Double> near = duplicates.near(r.getCategory(), here, props.duplicateRadius() + 1.5 * props.blurRadius(),
                5 * DuplicateFinder.MAX_CANDIDATES);
        near.remove(r.getId());
        return recent(r, near).stream().filter(HazardReportEntity::publiclyVisible)
                .map(o -> Map.entry(o, here.metresTo(o.publicPoint())))
                .filter(e -> e.getValue() <= props.duplicateRadius())
                .sorted(Map.Entry.comparingByValue()).limit(DuplicateFinder.MAX_CANDIDATES)
                .map(e -> candidate(e.getKey(), e.getKey().publicPoint(), roundTo(e.getValue(), props.blurRadius()))).toList();
    }

    /** Same category, near and recent, for a reviewer: exact, and only those they may open. */
    private List<HazardWeb.DuplicateCandidate> nearby(HazardReportEntity r, AdminPrincipal viewer) {
        Map<Long, Double> near = duplicates.near(r.getCategory(), r.point());
        near.remove(r.getId());
        return recent(r, near).stream().filter(o -> HazardAccess.mayOpen(viewer, o))
                .sorted(Comparator.comparing(o -> near.get(o.getId())))
                .map(o -> candidate(o, o.point(), roundTo(near.get(o.getId()), 10))).toList();
    }

    private List<HazardReportEntity> recent(HazardReportEntity r, Map<Long, Double> near) {
        LocalDate since = r.getSubmittedAt().minus(props.duplicateWindow()).toLocalDate();
        return reports.byIds(near.keySet()).stream()
                .filter(o -> o.getState() != HazardState.REJECTED && o.getCategory().equals(r.getCategory()))
                .filter(o -> !o.getSubmittedAt().toLocalDate().isBefore(since)).toList();
    }

    private HazardWeb.DuplicateCandidate candidate(HazardReportEntity o, GeoPoint p, int distance) {
        return new HazardWeb.DuplicateCandidate(o.getId(), o.getCategory(), categories.label(o.getCategory()), o.getState(),
                o.getState().label(), distance, o.getSubmittedAt().toLocalDate(), p.lat(), p.lng(), reports.seenTooCount(o.getId()));
    }

    /** To the nearest multiple of {@code step}, and never below one step: "about 100 m", not "40 m". */
    static int roundTo(double metres, double step) {
        return (int) (Math.max(1, Math.round(metres / step)) * step);
    }

    private HazardWeb.LocationView location(HazardReportEntity r, Audience audience) {
        GeoPoint p = audience == Audience.REPORTER ? r.publicPoint() : r.point();
        return new HazardWeb.LocationView(p.lat(), p.lng(), "GCJ02", r.getAddress(), r.getPlaceName(),
                audience == Audience.REPORTER ? null : r.getAccuracyM());
    }

    /** The after-photos are the unit's own: their evidence is for reviewers, whoever they may know. */
    private HazardWeb.RectificationView rectification(HazardReportEntity r, List<HazardPhotoEntity> all, Audience audience) {
        if (r.getDeadline() == null) {
            return null;
        }
        String unit = r.getAssigneeUnionId() == null ? null : unions.find(r.getAssigneeUnionId()).map(UnionRef::name).orElse(null);
        return new HazardWeb.RectificationView(unit, r.getAssigneePerson(), r.getDeadline(), Boolean.TRUE.equals(r.getOverdue()),
                r.getRectifyNote(), r.getRectifiedAt(), photoViews(r, all, HazardPhotoEntity.AFTER, audience, audience == Audience.REVIEWER));
    }

    /** Risky photos are shown to reviewers only; a photo's evidence (when and where it was taken) to those who may know the reporter. */
    private List<HazardWeb.PhotoView> photoViews(HazardReportEntity r, List<HazardPhotoEntity> all, String purpose, Audience audience,
                                                 boolean withEvidence) {
        return all.stream().filter(p -> purpose.equals(p.getPurpose())).map(p -> {
            boolean hidden = p.risky() && audience != Audience.REVIEWER;
            HazardWeb.EvidenceView evidence = withEvidence ? evidence(r, p) : null;
            return new HazardWeb.PhotoView(hidden ? null : storage.signedUrl(p.getObjectKey(), props.photoUrlTtl()),
                    hidden ? null : storage.signedUrl(p.getThumbKey(), props.photoUrlTtl()), p.getWidth(), p.getHeight(), hidden, evidence);
        }).toList();
    }

    /** A camera writes WGS-84 into EXIF; the report's point is GCJ-02: compare them in one system. */
    private static HazardWeb.EvidenceView evidence(HazardReportEntity r, HazardPhotoEntity p) {
        Double lat = p.getExifLat() == null ? null : p.getExifLat().doubleValue();
        Double lng = p.getExifLng() == null ? null : p.getExifLng().doubleValue();
        Integer distance = lat == null || lng == null ? null
                : (int) Math.round(GeoPoint.of(Coordinates.wgs84ToGcj02(lat, lng)).metresTo(r.point()));
        return new HazardWeb.EvidenceView(p.getCapturedAt(), lat, lng, ContentVerdicts.label(p.getMediaVerdict()), distance);
    }

    private String thumb(HazardPhotoEntity p, Audience audience) {
        if (p == null || p.risky() && audience != Audience.REVIEWER) {
            return null;
        }
        return storage.signedUrl(p.getThumbKey(), props.photoUrlTtl());
    }

    /** The reporter's own lines carry neither their note nor their minute to those who may not know who they are. */
    private List<HazardWeb.TimelineItem> timeline(HazardReportEntity r, Audience audience, boolean knowsReporter) {
        return timeline.ofReport(r.getId()).stream().map(e -> {
            boolean hide = !knowsReporter && HazardEventEntity.REPORTER.equals(e.getActorKind());
            return new HazardWeb.TimelineItem(e.getAction(), actionLabel(e.getAction()), e.getToState(),
                    e.getToState() == null ? null : e.getToState().label(), actor(e, audience), hide ? null : e.getNote(),
                    hide ? null : e.getAt(), e.getAt().toLocalDate());
        }).toList();
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
