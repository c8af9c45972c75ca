package cn.safetymonth.hazard;

import cn.safetymonth.common.persistence.DuplicateKeys;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Rectifications past their deadline: marked overdue, escalated to the parent union of the responsible
 * unit, the unit reminded. Once per (report, deadline), whatever day the job runs: a missed day is made up.
 */
@Service
class HazardDeadlines {

    private final HazardReportMapper reports;
    private final HazardWorkflow workflow;
    private final HazardNotices notices;
    private final UnionDirectory unions;
    private final TransactionTemplate tx;
    private final Clock clock;

    HazardDeadlines(HazardReportMapper reports, HazardWorkflow workflow, HazardNotices notices, UnionDirectory unions,
                    TransactionTemplate tx, Clock clock) {
        this.reports = reports;
        this.workflow = workflow;
        this.notices = notices;
        this.unions = unions;
        this.tx = tx;
        this.clock = clock;
    }

    /** Returns how many rectifications it escalated. */
    int escalateOverdue(int batch) {
        LocalDate today = LocalDate.now(clock);
        int escalated = 0;
        List<HazardReportEntity> due;
        do {
            due = reports.overdueNotEscalated(today, batch);
            for (HazardReportEntity r : due) {
                if (Boolean.TRUE.equals(tx.execute(s -> escalate(r)))) {
                    escalated++;
                }
            }
        } while (due.size() == batch);
        return escalated;
    }

    private static Long platformAsNull(long inbox) {
        return inbox == HazardNotices.PLATFORM_INBOX ? null : inbox;
    }

    private boolean escalate(HazardReportEntity r) {
        LocalDateTime now = LocalDateTime.now(clock);
        Long unitId = r.getAssigneeUnionId();
        // a person without a unit answers to the reviewers who assigned them: escalate there (never to the reporter's
        // own union, which does not review its workplace); a unit without a parent, to the platform
        Long parent = unitId == null ? platformAsNull(notices.reviewerInbox(r)) : unions.find(unitId).map(UnionRef::parentId).orElse(null);
        boolean first = DuplicateKeys.insertOr(() -> reports.insertEscalation(r.getId(), r.getDeadline(), parent, now) == 1, () -> false);
        if (!first) {
            return false; // another instance or an earlier run did it
        }
        reports.update(null, new LambdaUpdateWrapper<HazardReportEntity>()
                .set(HazardReportEntity::getOverdue, true).set(HazardReportEntity::getUpdatedAt, now)
                .set(HazardReportEntity::getUpdatedBy, "job").eq(HazardReportEntity::getId, r.getId()));
        workflow.record(r.getId(), "OVERDUE", null, null, HazardWorkflow.system(),
                "整改期限 " + r.getDeadline() + " 已过，已提醒责任单位并报上级工会", now);
        notices.escalated(parent == null ? HazardNotices.PLATFORM_INBOX : parent, r);
        if (unitId != null) {
            notices.remindAssignee(unitId, r);
        }
        return true;
    }
}
