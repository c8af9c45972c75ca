package cn.safetymonth.hazard;

import cn.safetymonth.notice.Notifier;
import cn.safetymonth.notice.StaffNotice;
import cn.safetymonth.notice.SubscribeMessage;
import cn.safetymonth.notice.WorkerNotice;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * What the reporter and union staff are told about a report, in the writing transaction. Nothing sent
 * to staff names the reporter: it may reach the responsible unit, and the reporter's own union.
 */
@Component
class HazardNotices {

    static final String REF = "hazard-report";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The staff inbox of the platform's admins, who belong to no union. */
    static final long PLATFORM_INBOX = 0L;

    private final Notifier notifier;
    private final HazardCategories categories;
    private final HazardProperties props;
    private final UnionDirectory unions;

    HazardNotices(Notifier notifier, HazardCategories categories, HazardProperties props, UnionDirectory unions) {
        this.notifier = notifier;
        this.categories = categories;
        this.props = props;
        this.unions = unions;
    }

    /**
     * The reporter hears of every step in-app; a subscribe message (one per grant) for each change after
     * submission, where a grant is best spent ({@code action} is null for the submission itself). The
     * responsible unit hears when a job is handed to it.
     */
    void stateChanged(HazardReportEntity r, HazardAction action, HazardState to, String detail, LocalDateTime at) {
        String what = categories.label(r.getCategory()) + "隐患";
        SubscribeMessage subscribe = to == HazardState.PENDING ? null : new SubscribeMessage("hazard-progress",
                "pages/hazard/detail?id=" + r.getId(), Map.of("thing1", what, "phrase2", to.label(), "time3", MINUTE.format(at)));
        notifier.toWorker(r.getReporterId(), new WorkerNotice("hazard." + to.name().toLowerCase(), "你上报的" + what + to.label(),
                body(r, action, to, detail), REF, r.getId(), subscribe));
        if (action == HazardAction.ASSIGN && r.getAssigneeUnionId() != null) {
            notifier.toUnionStaff(r.getAssigneeUnionId(), new StaffNotice("hazard.assigned", "隐患 #" + r.getId() + " 交由本单位整改",
                    what + "，整改期限 " + r.getDeadline() + "。" + place(r), REF, r.getId()));
        }
    }

    /** The parent union of a late responsible unit hears of it. */
    void escalated(long parentUnionId, HazardReportEntity r) {
        notifier.toUnionStaff(parentUnionId, new StaffNotice("hazard.overdue", "隐患 #" + r.getId() + " 整改逾期",
                categories.label(r.getCategory()) + "隐患的整改期限 " + r.getDeadline() + " 已过，尚未整改完成。" + place(r), REF, r.getId()));
    }

    /** The responsible unit is reminded that its deadline passed. */
    void remindAssignee(long assigneeUnionId, HazardReportEntity r) {
        notifier.toUnionStaff(assigneeUnionId, new StaffNotice("hazard.reminder", "请尽快整改隐患 #" + r.getId(),
                "整改期限 " + r.getDeadline() + " 已过，已报上级工会。整改后请上传整改照片。" + place(r), REF, r.getId()));
    }

    /** The reviewers learn that WeChat judged something in a report risky. */
    void flagged(HazardReportEntity r, String reason) {
        notifier.toUnionStaff(reviewerInbox(r), new StaffNotice("hazard.flagged", "隐患 #" + r.getId() + " 内容安全未通过",
                reason + "，已对职工隐藏，请审核。", REF, r.getId()));
    }

    /**
     * Whose inbox reaches the reviewers of a report: the parent of the reporter's union (a union does not review its
     * own workplace), or the platform's for 社会公众 and for a union without a parent.
     */
    long reviewerInbox(HazardReportEntity r) {
        Long parent = r.getUnionId() == null ? null : unions.find(r.getUnionId()).map(UnionRef::parentId).orElse(null);
        return parent == null ? PLATFORM_INBOX : parent;
    }

    private String body(HazardReportEntity r, HazardAction action, HazardState to, String detail) {
        return switch (to) {
            case PENDING -> "已收到你的上报，工会将尽快核实。";
            case VERIFIED -> "经核实为" + r.getHazardLevel().label() + "，感谢你的发现，已为你记 "
                    + props.reward().points(r.getHazardLevel()) + " 积分。";
            case REJECTED -> "未予采纳：" + (detail == null ? "" : detail);
            case RECTIFYING -> action == HazardAction.REOPEN ? "已重新整改：" + detail : "已交办整改，整改期限 " + r.getDeadline() + "。";
            case RECTIFIED -> "责任单位已完成整改，请查看整改照片并确认是否整改到位。";
            case CLOSED -> "该隐患已办结，感谢你为安全出力。";
        };
    }

    private static String place(HazardReportEntity r) {
        String where = r.getPlaceName() != null ? r.getPlaceName() : r.getAddress();
        return where == null ? "" : "地点：" + where;
    }
}
