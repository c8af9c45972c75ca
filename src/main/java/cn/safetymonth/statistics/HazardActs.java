package cn.safetymonth.statistics;

import cn.safetymonth.hazard.HazardReportHidden;
import cn.safetymonth.hazard.HazardReportStateChanged;
import cn.safetymonth.hazard.HazardReportSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 随手拍 reports, counted for the reporter's union at submission: each report sent (部) as long as it is a real one
 * (a rejected report stops counting, and counts again if a reviewer reconsiders it; a duplicate of a real hazard still
 * counts; one hidden by content security never counts), each hazard verified (处, once, by its level) and each hazard rectified (处; a reopened one stops counting
 * until it is rectified again).
 */
@Component
class HazardActs {

    static final String REPORT = "hazard.report";

    private final FactRecorder recorder;

    HazardActs(FactRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void on(HazardReportSubmitted e) {
        if (e.hidden()) {
            return;
        }
        recorder.count(new FactRecorder.Act(Metric.HAZARD_SUBMISSIONS, e.category(), REPORT, e.reportId(), e.reporterId(),
                e.unionId(), e.unionPath(), e.submittedAt(), e.submittedAt().toLocalDate(), 1, "hazard.submitted:" + e.reportId()));
    }

    @EventListener
    void on(HazardReportHidden e) {
        recorder.undo(Metric.HAZARD_SUBMISSIONS, REPORT, e.reportId(), e.hiddenAt());
    }

    @EventListener
    void on(HazardReportStateChanged e) {
        if ("REJECT".equals(e.action())) {
            // junk is no 作品; a duplicate of a real hazard (LINK_DUPLICATE) still is one
            recorder.undo(Metric.HAZARD_SUBMISSIONS, REPORT, e.reportId(), e.changedAt());
        } else if ("RECONSIDER".equals(e.action()) && !e.hidden()) {
            recorder.redo(Metric.HAZARD_SUBMISSIONS, REPORT, e.reportId(), e.changedAt()); // pending again, as when it was sent
        }
        if ("VERIFIED".equals(e.toState())) {
            // the reviewer's act, not the reporter's: no worker on it, so it neither counts them again nor names them
            recorder.count(new FactRecorder.Act(Metric.HAZARD_VERIFIED, e.hazardLevel(), REPORT, e.reportId(), null,
                    e.unionId(), e.unionPath(), e.changedAt(), e.changedAt().toLocalDate(), 1, "hazard.verified:" + e.reportId()));
        } else if ("RECTIFIED".equals(e.toState()) && !recorder.counts(Metric.HAZARD_RECTIFIED, REPORT, e.reportId())) {
            recorder.count(new FactRecorder.Act(Metric.HAZARD_RECTIFIED, e.hazardLevel(), REPORT, e.reportId(), null,
                    e.unionId(), e.unionPath(), e.changedAt(), e.changedAt().toLocalDate(), 1, null));
        } else if ("RECTIFYING".equals(e.toState()) && ("RECTIFIED".equals(e.fromState()) || "CLOSED".equals(e.fromState()))) {
            recorder.undo(Metric.HAZARD_RECTIFIED, REPORT, e.reportId(), e.changedAt());
        }
    }
}
