package cn.safetymonth.hazard;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import cn.safetymonth.org.UnionDirectory;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What union staff list and map: reviewers the reports of the unions below them, responsible units what they must fix
 * and the reporter's own union its workplace's reports. Each row is shown as {@link HazardAccess} decides for it.
 */
@Service
class HazardAdminQueryService {

    private final HazardReportMapper reports;
    private final HazardAccess access;
    private final HazardViews views;
    private final HazardCategories categories;
    private final UnionDirectory unions;
    private final HazardProperties props;

    HazardAdminQueryService(HazardReportMapper reports, HazardAccess access, HazardViews views, HazardCategories categories,
                            UnionDirectory unions, HazardProperties props) {
        this.reports = reports;
        this.access = access;
        this.views = views;
        this.categories = categories;
        this.unions = unions;
        this.props = props;
    }

    /** The review queue: reports of the unions strictly below the caller's (a union does not review its own workplace). */
    PageResult<HazardWeb.AdminReportItem> reviewList(AdminPrincipal admin, HazardQueries.Filter f, PageQuery page) {
        String path = scopePath(admin, f);
        var rows = reports.page(page.toPage(), w -> {
            HazardReportMapper.inScope(w, path);
            HazardReportMapper.notOfOwnUnion(w, admin.unionPath());
            filter(f).accept(w);
        });
        Map<Long, HazardPhotoEntity> first = views.firstPhotos(rows.getRecords());
        return PageResult.of(rows, r -> views.item(admin, r, first));
    }

    /**
     * Rectifications assigned to a node in the caller's subtree, and (without a union filter) the reports of the
     * caller's own workplace, which it sees as a unit: without any trace of the reporter.
     */
    PageResult<HazardWeb.AdminReportItem> unitList(AdminPrincipal admin, HazardQueries.Filter f, PageQuery page) {
        String path = f.unionId() != null ? unions.requireInScope(admin, f.unionId()).path() : admin.unionPath();
        var rows = reports.page(page.toPage(), w -> {
            if (f.unionId() == null) {
                w.and(q -> q.likeRight(HazardReportEntity::getAssigneeUnionPath, path).or().eq(HazardReportEntity::getUnionPath, path));
            } else {
                w.likeRight(HazardReportEntity::getAssigneeUnionPath, path);
            }
            filter(new HazardQueries.Filter(f.state(), f.category(), f.from(), f.to(), null, null, f.overdue())).accept(w);
        });
        Map<Long, HazardPhotoEntity> first = views.firstPhotos(rows.getRecords());
        return PageResult.of(rows, r -> views.item(admin, r, first));
    }

    HazardWeb.AdminReportResp get(AdminPrincipal admin, long id) {
        return views.forStaff(admin, access.staff(admin, id).report());
    }

    HazardWeb.FeatureCollection map(AdminPrincipal admin, HazardQueries.Box box, HazardQueries.Filter f) {
        box.check();
        String path = scopePath(admin, f);
        return features(box, w -> {
            HazardReportMapper.inScope(w, path);
            filter(f).accept(w);
        }, admin);
    }

    /** Workers see verified hazards around them, at about 100 m, with nothing about who reported them. */
    HazardWeb.FeatureCollection publicMap(HazardQueries.Box box, String category) {
        box.check();
        return features(box, w -> w.in(HazardReportEntity::getState, HazardState.VERIFIED, HazardState.RECTIFYING,
                        HazardState.RECTIFIED, HazardState.CLOSED).eq(HazardReportEntity::getTextVerdict, ContentVerdicts.PASS)
                .eq(HazardReportEntity::getFlagged, false).eq(category != null, HazardReportEntity::getCategory, category), null);
    }

    /*
     * Workers' boxes select by the public point too: a box drawn ever smaller around a report would otherwise find
     * where it really is.
     */

    /** {@code viewer} null: workers, who get the blurred point and the day only. */
    private HazardWeb.FeatureCollection features(HazardQueries.Box box, Consumer<LambdaQueryWrapper<HazardReportEntity>> filter,
                                                 AdminPrincipal viewer) {
        int limit = props.mapMaxFeatures();
        List<HazardReportEntity> rows = reports.inBox(viewer == null, box.minLat(), box.minLng(), box.maxLat(), box.maxLng(), limit + 1, filter);
        List<HazardWeb.Feature> features = rows.stream().limit(limit).map(r -> {
            GeoPoint p = viewer == null ? r.publicPoint() : r.point();
            boolean knows = viewer != null && HazardAccess.sightOf(viewer, r).knowsReporter();
            return new HazardWeb.Feature("Feature", r.getId(), new HazardWeb.Geometry("Point", List.of(p.lng(), p.lat())),
                    new HazardWeb.FeatureProps(r.getId(), r.getCategory(), categories.label(r.getCategory()), r.getState(),
                            r.getState().label(), r.getHazardLevel(), knows ? r.getSubmittedAt() : null, r.getSubmittedAt().toLocalDate(),
                            r.getDeadline(), Boolean.TRUE.equals(r.getOverdue())));
        }).toList();
        return new HazardWeb.FeatureCollection("FeatureCollection", features, rows.size() > limit);
    }

    String scopePath(AdminPrincipal admin, HazardQueries.Filter f) {
        return f.unionId() != null ? unions.requireInScope(admin, f.unionId()).path() : admin.unionPath();
    }

    static Consumer<LambdaQueryWrapper<HazardReportEntity>> filter(HazardQueries.Filter f) {
        return w -> w.eq(f.state() != null, HazardReportEntity::getState, f.state())
                .eq(f.category() != null, HazardReportEntity::getCategory, f.category())
                .ge(f.from() != null, HazardReportEntity::getSubmittedAt, f.from() == null ? null : f.from().atStartOfDay())
                .lt(f.to() != null, HazardReportEntity::getSubmittedAt, f.to() == null ? null : f.to().plusDays(1).atStartOfDay())
                .eq(f.flagged() != null, HazardReportEntity::getFlagged, f.flagged())
                .eq(f.overdue() != null, HazardReportEntity::getOverdue, f.overdue());
    }
}
