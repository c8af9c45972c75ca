package cn.safetymonth.hazard;

import java.time.LocalDateTime;

/**
 * Every state transition. unionId/unionPath are the report's (the reporter's union at submission).
 * States are the enum names: PENDING REJECTED VERIFIED RECTIFYING RECTIFIED CLOSED; hazardLevel GENERAL|MAJOR|null;
 * hidden: WeChat's content security found its text or a photo risky. action: what moved it (REJECT, LINK_DUPLICATE,
 * RECONSIDER, VERIFY …).
 */
public record HazardReportStateChanged(long reportId, long reporterId, Long unionId, String unionPath, String action, String fromState,
                                       String toState, String hazardLevel, boolean hidden, LocalDateTime changedAt) {
}
