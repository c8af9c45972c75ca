package cn.safetymonth.quiz;

import java.time.LocalDateTime;

/** A 测测你的"安全力" test was answered to the end: one 人次 for the union the worker was in when it started. */
public record QuickTestFinished(long testId, long workerId, Long unionId, long campaignId, int correct, int total,
                                LocalDateTime finishedAt) {
}
