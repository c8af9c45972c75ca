package cn.safetymonth.hazard;

import cn.safetymonth.common.auth.AdminPrincipal;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who may see a report, what they may do with it and whether they may know who made it: decided here and nowhere
 * else. Reporters are whistle-blowers, protected from the unit they report:
 * <ul>
 *   <li>reviewers are the staff of unions strictly above the reporter's grassroots union (the platform for
 *       社会公众): a report of one's own workplace is reviewed from the parent union;</li>
 *   <li>the responsible unit is the staff at or above the node it was handed to; the reporter's own grassroots union
 *       sees it as a unit too, and acts on nothing;</li>
 *   <li>the reporter, even masked, is known only to reviewers whose node is not the responsible unit nor under it,
 *       whatever else they may do with the report.</li>
 * </ul>
 * Anyone else is told the report does not exist.
 */
@Component
class HazardAccess {

    static final String PLATFORM = "/";

    /** Who looks at a report. */
    enum Audience {
        /** The worker who made it. */
        REPORTER,
        /** Staff strictly above the reporter's grassroots union: review, assign, close, reopen. */
        REVIEWER,
        /** Staff at or above the responsible unit: complete the rectification. */
        UNIT,
        /** Staff of the reporter's own grassroots union: see the hazard at their workplace, act on nothing. */
        WORKPLACE
    }

    /** What one staff member may do with one report, and whether they may know who made it. */
    record Granted(HazardReportEntity report, Audience audience, boolean knowsReporter) {
    }

    private final HazardReportMapper reports;

    HazardAccess(HazardReportMapper reports) {
        this.reports = reports;
    }

    Granted staff(AdminPrincipal admin, long reportId) {
        HazardReportEntity r = reports.selectById(reportId);
        return (r == null ? Optional.<Granted>empty() : sight(admin, r)).orElseThrow(HazardErrorCodes.REPORT_NOT_FOUND::exception);
    }

    /** The one decision. Empty: the report does not exist for this person. */
    static Optional<Granted> sight(AdminPrincipal admin, HazardReportEntity r) {
        String at = admin.unionPath();
        String reporterUnion = r.getUnionPath();
        String assignee = r.getAssigneeUnionPath();
        boolean above = reporterUnion == null ? PLATFORM.equals(at) : reporterUnion.startsWith(at) && !reporterUnion.equals(at);
        boolean unit = assignee != null && assignee.startsWith(at);
        boolean workplace = reporterUnion != null && reporterUnion.equals(at);
        boolean atOrUnderAssignee = assignee != null && at.startsWith(assignee);
        Audience audience = above ? Audience.REVIEWER : unit ? Audience.UNIT : workplace ? Audience.WORKPLACE : null;
        return audience == null ? Optional.empty() : Optional.of(new Granted(r, audience, above && !atOrUnderAssignee));
    }

    /** A row of a query scoped to the caller; should it not be theirs after all, the view that says least. */
    static Granted sightOf(AdminPrincipal admin, HazardReportEntity r) {
        return sight(admin, r).orElseGet(() -> new Granted(r, Audience.WORKPLACE, false));
    }

    static boolean mayOpen(AdminPrincipal admin, HazardReportEntity r) {
        return sight(admin, r).isPresent();
    }

    static boolean reviews(AdminPrincipal admin, HazardReportEntity r) {
        return sight(admin, r).map(g -> g.audience() == Audience.REVIEWER).orElse(false);
    }

    HazardReportEntity own(long workerId, long reportId) {
        HazardReportEntity r = reports.selectById(reportId);
        if (r == null || r.getReporterId() != workerId) {
            throw HazardErrorCodes.REPORT_NOT_FOUND.exception();
        }
        return r;
    }

    static HazardWorkflow.Actor actor(AdminPrincipal admin, Audience audience) {
        return new HazardWorkflow.Actor(audience, HazardEventEntity.STAFF, admin.accountId(), admin.username(), "a:" + admin.accountId());
    }
}
