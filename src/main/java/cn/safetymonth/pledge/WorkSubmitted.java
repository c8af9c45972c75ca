package cn.safetymonth.pledge;

import java.time.LocalDateTime;

/**
 * A work was submitted for review: on first submission AND on each resubmission after a return.
 * kind: LETTER (安全微家书, 封) | ESSAY (主题征文, 篇) | SCIENCE (科普作品, 个).
 */
public record WorkSubmitted(long workId, long workerId, Long unionId, String unionPath, String kind,
                            LocalDateTime submittedAt) {
}
