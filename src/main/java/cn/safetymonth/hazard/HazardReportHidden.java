package cn.safetymonth.hazard;

import java.time.LocalDateTime;

/** WeChat's content security found a photo of the report risky after it was sent: it is hidden, and stops counting. */
public record HazardReportHidden(long reportId, LocalDateTime hiddenAt) {
}
