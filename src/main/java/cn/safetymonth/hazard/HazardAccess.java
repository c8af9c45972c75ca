package cn.safetymonth.hazard;

import cn.safetymonth.common.auth.AdminPrincipal;
import org.springframework.stereotype.Component;

/**
 * Who may see a report, decided once. Reviewers: the reporter's union lies in their subtree (reports
 * of 社会公众 belong to the platform). The responsible unit: the assignee node lies in their subtree.
 * Anyone else is told the report does not exist.
 */
@Component
class HazardAccess {

    static final String PLATFORM = "/";

    record Granted(HazardReportEntity report, HazardViews.Audience audience) {
    }

    private final HazardReportMapper reports;

    HazardAccess(HazardReportMapper reports) {
        this.reports = reports;
    }

    Granted staff(AdminPrincipal admin, long reportId) {
        HazardReportEntity r = reports.selectById(reportId);
        if (r != null && reviews(admin, r)) {
            return new Granted(r, HazardViews.Audience.REVIEWER);
        }
        if (r != null && r.getAssigneeUnionPath() != null && admin.covers(r.getAssigneeUnionPath())) {
            return new Granted(r, HazardViews.Audience.UNIT);
        }
        throw HazardErrorCodes.REPORT_NOT_FOUND.exception();
    }

    HazardReportEntity own(long workerId, long reportId) {
        HazardReportEntity r = reports.selectById(reportId);
        if (r == null || r.getReporterId() != workerId) {
            throw HazardErrorCodes.REPORT_NOT_FOUND.exception();
        }
        return r;
    }

    static boolean reviews(AdminPrincipal admin, HazardReportEntity r) {
        return r.getUnionPath() == null ? PLATFORM.equals(admin.unionPath()) : admin.covers(r.getUnionPath());
    }

    static HazardWorkflow.Actor actor(AdminPrincipal admin, HazardViews.Audience audience) {
        HazardTransitions.Actor role = audience == HazardViews.Audience.REVIEWER ? HazardTransitions.Actor.REVIEWER : HazardTransitions.Actor.UNIT;
        return new HazardWorkflow.Actor(role, HazardEventEntity.STAFF, admin.accountId(), admin.username(), "a:" + admin.accountId());
    }
}
