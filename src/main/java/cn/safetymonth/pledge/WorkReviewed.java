package cn.safetymonth.pledge;

import java.time.LocalDateTime;

/** A union reviewer decided on a work. outcome: ACCEPTED | RETURNED. unionId/unionPath: the author's union at submission. */
public record WorkReviewed(long workId, long workerId, Long unionId, String unionPath, String kind, String outcome,
                           LocalDateTime reviewedAt) {
}
