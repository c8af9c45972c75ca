package cn.safetymonth.hazard;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What union staff do to a report: review, assign, complete, close, reopen, link duplicates. */
@Service
class HazardReviewService {

    private final HazardAccess access;
    private final HazardWorkflow workflow;
    private final HazardReportMapper reports;
    private final HazardPhotoMapper photos;
    private final HazardSubmitService submits;
    private final UnionDirectory unions;
    private final HazardViews views;
    private final Clock clock;

    HazardReviewService(HazardAccess access, HazardWorkflow workflow, HazardReportMapper reports, HazardPhotoMapper photos,
                        HazardSubmitService submits, UnionDirectory unions, HazardViews views, Clock clock) {
        this.access = access;
        this.workflow = workflow;
        this.reports = reports;
        this.photos = photos;
        this.submits = submits;
        this.unions = unions;
        this.views = views;
        this.clock = clock;
    }

    HazardWeb.AdminReportResp review(AdminPrincipal admin, long id, HazardWeb.ReviewReq req) {
        HazardAccess.Granted g = access.staff(admin, id);
        LocalDateTime now = LocalDateTime.now(clock);
        HazardReportEntity after;
        if (req.decision() == HazardWeb.Decision.VERIFY) {
            if (req.level() == null) {
                throw HazardErrorCodes.LEVEL_REQUIRED.exception();
            }
            after = workflow.apply(g.report(), HazardAction.VERIFY, HazardAccess.actor(admin, g.audience()), blankToNull(req.reason()),
                    w -> w.set(HazardReportEntity::getHazardLevel, req.level()).set(HazardReportEntity::getVerifiedAt, now), () -> { });
        } else {
            String reason = blankToNull(req.reason());
            if (reason == null) {
                throw HazardErrorCodes.REASON_REQUIRED.exception();
            }
            after = workflow.apply(g.report(), HazardAction.REJECT, HazardAccess.actor(admin, g.audience()), reason,
                    w -> w.set(HazardReportEntity::getRejectReason, reason), () -> { });
        }
        return views.forStaff(admin, after);
    }

    HazardWeb.AdminReportResp assign(AdminPrincipal admin, long id, HazardWeb.AssignReq req) {
        HazardAccess.Granted g = access.staff(admin, id);
        String person = blankToNull(req.assigneePerson());
        if (req.assigneeUnionId() == null && person == null) {
            throw HazardErrorCodes.ASSIGNEE_REQUIRED.exception();
        }
        if (req.deadline().isBefore(LocalDate.now(clock))) {
            throw HazardErrorCodes.DEADLINE_INVALID.exception();
        }
        UnionRef unit = req.assigneeUnionId() == null ? null : unions.requireInScope(admin, req.assigneeUnionId());
        String note = blankToNull(req.note());
        HazardReportEntity after = workflow.apply(g.report(), HazardAction.ASSIGN, HazardAccess.actor(admin, g.audience()),
                assignNote(unit, person, req.deadline(), note),
                w -> w.set(HazardReportEntity::getAssigneeUnionId, unit == null ? null : unit.id())
                        .set(HazardReportEntity::getAssigneeUnionPath, unit == null ? null : unit.path())
                        .set(HazardReportEntity::getAssigneePerson, person)
                        .set(HazardReportEntity::getDeadline, req.deadline())
                        .set(HazardReportEntity::getOverdue, false), () -> { });
        return views.forStaff(admin, after);
    }

    HazardWeb.AdminReportResp complete(AdminPrincipal admin, long id, HazardWeb.CompleteReq req) {
        HazardAccess.Granted g = access.staff(admin, id);
        List<HazardPhotoEntity> after = submits.usablePhotos("a:" + admin.accountId(), req.photoTokens(),
                "字段 photoTokens：整改后照片不存在或已过期，请重新上传");
        LocalDateTime now = LocalDateTime.now(clock);
        String note = req.note().trim();
        HazardReportEntity done = workflow.apply(g.report(), HazardAction.COMPLETE, HazardAccess.actor(admin, g.audience()), note,
                w -> w.set(HazardReportEntity::getRectifyNote, note).set(HazardReportEntity::getRectifiedAt, now),
                () -> attach(id, after, now));
        return views.forStaff(admin, done);
    }

    HazardWeb.AdminReportResp close(AdminPrincipal admin, long id, HazardWeb.NoteReq req) {
        HazardAccess.Granted g = access.staff(admin, id);
        LocalDateTime now = LocalDateTime.now(clock);
        HazardReportEntity after = workflow.apply(g.report(), HazardAction.CLOSE, HazardAccess.actor(admin, g.audience()),
                req == null ? null : blankToNull(req.note()), w -> w.set(HazardReportEntity::getClosedAt, now), () -> { });
        return views.forStaff(admin, after);
    }

    HazardWeb.AdminReportResp reopen(AdminPrincipal admin, long id, HazardWeb.NoteReq req) {
        HazardAccess.Granted g = access.staff(admin, id);
        String note = requiredNote(req, "重新整改");
        HazardReportEntity after = workflow.apply(g.report(), HazardAction.REOPEN, HazardAccess.actor(admin, g.audience()), note,
                HazardReviewService::clearRectification, () -> { });
        return views.forStaff(admin, after);
    }

    /** A rejected report gets a second review (with the reason why): it is pending again, and counts when verified. */
    HazardWeb.AdminReportResp reconsider(AdminPrincipal admin, long id, HazardWeb.NoteReq req) {
        HazardAccess.Granted g = access.staff(admin, id);
        String note = requiredNote(req, "重新审核");
        HazardReportEntity after = workflow.apply(g.report(), HazardAction.RECONSIDER, HazardAccess.actor(admin, g.audience()), note,
                w -> w.set(HazardReportEntity::getRejectReason, null).set(HazardReportEntity::getDuplicateOf, null), () -> { });
        return views.forStaff(admin, after);
    }

    /** A move back (to rectification, to review) says why: the reporter and the unit read it in the timeline. */
    private static String requiredNote(HazardWeb.NoteReq req, String move) {
        String note = req == null ? null : blankToNull(req.note());
        if (note == null) {
            throw HazardErrorCodes.REASON_REQUIRED.exception("字段 note：" + move + "时请写明原因");
        }
        return note;
    }

    HazardWeb.AdminReportResp linkDuplicate(AdminPrincipal admin, long id, HazardWeb.LinkReq req) {
        HazardAccess.Granted g = access.staff(admin, id);
        HazardReportEntity target = reports.selectById(req.duplicateOf());
        if (target != null && target.getDuplicateOf() != null) {
            target = reports.selectById(target.getDuplicateOf()); // always link to the first report of the hazard
        }
        if (target == null || target.getId().equals(id) || !HazardAccess.reviews(admin, target) || target.getState() == HazardState.REJECTED) {
            throw HazardErrorCodes.DUPLICATE_TARGET_INVALID.exception();
        }
        long root = target.getId();
        String reason = "与隐患 #" + root + " 为同一处隐患，已合并处理";
        HazardReportEntity after = workflow.apply(g.report(), HazardAction.LINK_DUPLICATE, HazardAccess.actor(admin, g.audience()), reason,
                w -> w.set(HazardReportEntity::getDuplicateOf, root).set(HazardReportEntity::getRejectReason, reason), () -> { });
        return views.forStaff(admin, after);
    }

    private void attach(long reportId, List<HazardPhotoEntity> after, LocalDateTime now) {
        int seq = 1;
        for (HazardPhotoEntity p : after) {
            if (photos.attach(p.getId(), reportId, HazardPhotoEntity.AFTER, seq++, now) == 0) {
                throw HazardErrorCodes.PHOTO_ALREADY_USED.exception();
            }
        }
    }

    static void clearRectification(LambdaUpdateWrapper<HazardReportEntity> w) {
        w.set(HazardReportEntity::getRectifiedAt, null).set(HazardReportEntity::getClosedAt, null);
    }

    private static String assignNote(UnionRef unit, String person, LocalDate deadline, String note) {
        StringBuilder sb = new StringBuilder("责任");
        sb.append(unit != null ? "单位：" + unit.name() : "人：" + person);
        if (unit != null && person != null) {
            sb.append("，责任人：").append(person);
        }
        sb.append("；整改期限：").append(deadline);
        if (note != null) {
            sb.append("；").append(note);
        }
        return sb.toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
