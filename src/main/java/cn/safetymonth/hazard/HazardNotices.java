package cn.safetymonth.hazard;

import org.springframework.stereotype.Component;

import java.time.LocalDateTime;

/**
 * What the reporter and union staff are told about a report. Called inside the writing transaction.
 * Placeholder until the notice module (Notifier) lands in main: the calls are in place, nothing is sent.
 */
@Component
class HazardNotices {

    /** The reporter hears of every state change (in-app, and a subscribe message when granted). */
    void stateChanged(HazardReportEntity report, HazardState to, String detail, LocalDateTime at) {
    }

    /** The parent union of a late responsible unit hears of it. */
    void escalated(long parentUnionId, HazardReportEntity report) {
    }

    /** The responsible unit is reminded that its deadline passed. */
    void remindAssignee(long assigneeUnionId, HazardReportEntity report) {
    }
}
