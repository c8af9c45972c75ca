package cn.safetymonth.statistics;

import cn.safetymonth.pledge.CheckedIn;
import cn.safetymonth.pledge.EventSignedIn;
import cn.safetymonth.pledge.OfflineEventCreated;
import cn.safetymonth.pledge.OfflineEventRecorded;
import cn.safetymonth.pledge.PledgeSigned;
import cn.safetymonth.pledge.WorkReviewed;
import cn.safetymonth.pledge.WorkSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Pledges, check-ins, works and offline events. A worker's act counts for their union at that moment; an event (its
 * session, its attendance scanned or recorded) counts for the organising union, on the event's day.
 */
@Component
class PledgeActs {

    static final String WORK = "pledge.work";

    private final FactRecorder recorder;
    private final EventNameMapper names;

    PledgeActs(FactRecorder recorder, EventNameMapper names) {
        this.recorder = recorder;
        this.names = names;
    }

    @EventListener
    void on(PledgeSigned e) {
        recorder.count(new FactRecorder.Act(Metric.PLEDGE_SIGNATURES, e.kind(), "pledge.signature", e.signatureId(), e.workerId(),
                e.unionId(), e.unionPath(), e.signedAt(), e.signedAt().toLocalDate(), 1, "pledge.signature:" + e.signatureId()));
    }

    @EventListener
    void on(CheckedIn e) {
        recorder.count(new FactRecorder.Act(Metric.CHECKIN_CHECKINS, e.themeCode(), "pledge.checkin", e.checkInId(), e.workerId(),
                e.unionId(), e.unionPath(), e.checkedInAt(), e.checkedInAt().toLocalDate(), 1, "pledge.checkin:" + e.checkInId()));
    }

    /** A work counts from its (re)submission; a returned one stops counting until it comes back. */
    @EventListener
    void on(WorkSubmitted e) {
        if (!recorder.counts(Metric.WORK_WORKS, WORK, e.workId())) {
            recorder.count(new FactRecorder.Act(Metric.WORK_WORKS, e.kind(), WORK, e.workId(), e.workerId(), e.unionId(), e.unionPath(),
                    e.submittedAt(), e.submittedAt().toLocalDate(), 1, null));
        }
    }

    @EventListener
    void on(WorkReviewed e) {
        if ("RETURNED".equals(e.outcome())) {
            recorder.undo(Metric.WORK_WORKS, WORK, e.workId(), e.reviewedAt());
        }
    }

    @EventListener
    void on(OfflineEventCreated e) {
        recorder.count(new FactRecorder.Act(Metric.EVENT_SESSIONS, e.eventType(), "pledge.event", e.eventId(), null, e.unionId(),
                e.unionPath(), e.startsAt(), e.startsAt().toLocalDate(), 1, "pledge.event:" + e.eventId()));
        // its name, for the 活动名称 a form lets the platform fill
        names.insert(e.eventId(), e.unionId(), e.unionPath(), e.eventType(), e.name(), e.startsAt().toLocalDate());
    }

    @EventListener
    void on(EventSignedIn e) {
        recorder.count(new FactRecorder.Act(Metric.EVENT_ATTENDANCE, e.eventType(), "pledge.event-signin", e.signInId(), e.workerId(),
                e.eventUnionId(), e.eventUnionPath(), e.signedInAt(), e.signedInAt().toLocalDate(), 1, "pledge.event-signin:" + e.signInId()));
    }

    /** A recorded head count replaces the previous one: the difference is what changes, on the event's day. */
    @EventListener
    void on(OfflineEventRecorded e) {
        recorder.count(new FactRecorder.Act(Metric.EVENT_RECORDED_ATTENDANCE, e.eventType(), "pledge.event", e.eventId(), null,
                e.unionId(), e.unionPath(), e.recordedAt(), e.startsAt().toLocalDate(), e.headCount() - e.previousHeadCount(), null));
    }
}
