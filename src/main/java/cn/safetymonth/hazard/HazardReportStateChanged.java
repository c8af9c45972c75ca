package cn.safetymonth.hazard;

import java.time.LocalDateTime;

/**
 * Every state transition. unionId/unionPath are the report's (the reporter's union at submission).
 * States are the enum names: PENDING REJECTED VERIFIED RECTIFYING RECTIFIED CLOSED; hazardLevel GENERAL|MAJOR|null.
 */
public record HazardReportStateChanged(long reportId, long reporterId, Long unionId, String unionPath, String fromState,
                                       String toState, String hazardLevel, LocalDateTime changedAt) {
}
