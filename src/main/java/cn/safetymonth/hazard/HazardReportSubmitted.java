package cn.safetymonth.hazard;

import java.time.LocalDateTime;

/**
 * A worker sent a report: one 部 for the reporter's union at that moment (unionId/unionPath null for 社会公众), unless
 * {@code hidden}: its text failed WeChat's content security, and a hidden report never counts.
 */
public record HazardReportSubmitted(long reportId, long reporterId, Long unionId, String unionPath, String category,
                                   String scene, boolean hidden, LocalDateTime submittedAt) {
}
