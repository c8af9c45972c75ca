package cn.safetymonth.hazard;

import cn.safetymonth.common.persistence.DuplicateKeys;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Consumer;

/**
 * Carries out one state change of a report: the rule decides, the conditional update makes sure only
 * one of two simultaneous actors wins, and in the same transaction the timeline line, the statistics
 * event, the reward (on verification) and the reporter's notice are written.
 */
@Component
class HazardWorkflow {

    /** Who is acting, for the rule, the timeline and the audit columns. */
    record Actor(HazardAccess.Audience role, String kind, Long id, String name, String auditRef) {
    }

    private final HazardReportMapper reports;
    private final HazardEventMapper timeline;
    private final HazardRewardMapper rewards;
    private final HazardNotices notices;
    private final HazardProperties props;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    HazardWorkflow(HazardReportMapper reports, HazardEventMapper timeline, HazardRewardMapper rewards, HazardNotices notices,
                   HazardProperties props, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.reports = reports;
        this.timeline = timeline;
        this.rewards = rewards;
        this.notices = notices;
        this.props = props;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Applies {@code action}; {@code extra} sets the action's own columns, {@code afterMove} writes what
     * belongs with it (photos) in the same transaction. Returns the report as it is now.
     */
    HazardReportEntity apply(HazardReportEntity report, HazardAction action, Actor actor, String note,
                             Consumer<LambdaUpdateWrapper<HazardReportEntity>> extra, Runnable afterMove) {
        HazardState from = report.getState();
        HazardState to = HazardTransitions.next(from, action, actor.role());
        return tx.execute(s -> {
            LocalDateTime now = LocalDateTime.now(clock);
            if (reports.move(report.getId(), from, to, now, actor.auditRef(), extra) == 0) {
                HazardReportEntity current = reports.selectById(report.getId());
                throw HazardErrorCodes.STATE_CHANGED.exception("该隐患已被他人处理，当前为“" + current.getState().label() + "”，请刷新后查看");
            }
            afterMove.run();
            HazardReportEntity after = reports.selectById(report.getId());
            record(after.getId(), action.name(), from, to, actor, note, now);
            events.publishEvent(new HazardReportStateChanged(after.getId(), after.getReporterId(), after.getUnionId(),
                    after.getUnionPath(), action.name(), from.name(), to.name(),
                    after.getHazardLevel() == null ? null : after.getHazardLevel().name(), Boolean.TRUE.equals(after.getFlagged()), now));
            if (to == HazardState.VERIFIED) {
                reward(after);
            }
            notices.stateChanged(after, action, to, note, now);
            return after;
        });
    }

    void record(long reportId, String action, HazardState from, HazardState to, Actor actor, String note, LocalDateTime at) {
        HazardEventEntity e = new HazardEventEntity();
        e.setReportId(reportId);
        e.setAction(action);
        e.setFromState(from);
        e.setToState(to);
        e.setActorKind(actor.kind());
        e.setActorId(actor.id());
        e.setActorName(actor.name());
        e.setNote(note);
        e.setAt(at);
        timeline.insert(e);
    }

    /** The first valid reporter is paid once: linked duplicates never reach VERIFIED, the unique key stops a replay. */
    private void reward(HazardReportEntity report) {
        if (report.getDuplicateOf() != null) {
            return;
        }
        HazardRewardEntity line = new HazardRewardEntity();
        line.setWorkerId(report.getReporterId());
        line.setReportId(report.getId());
        line.setPoints(props.reward().points(report.getHazardLevel()));
        line.setReason(HazardRewardEntity.VERIFIED);
        DuplicateKeys.insertOr(() -> rewards.insert(line), () -> 0);
    }

    static Actor reporter(long workerId) {
        return new Actor(HazardAccess.Audience.REPORTER, HazardEventEntity.REPORTER, workerId, null, "w:" + workerId);
    }

    static Actor system() {
        return new Actor(HazardAccess.Audience.REVIEWER, HazardEventEntity.SYSTEM, null, null, "job");
    }
}
