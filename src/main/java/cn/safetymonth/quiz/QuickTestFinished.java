package cn.safetymonth.quiz;

import java.time.LocalDateTime;

/**
 * A 测测你的"安全力" test was answered to the end. {@code counted}: it is one of the few a person's day counts (one 人次
 * for the union the worker was in when it started); beyond them a test is for learning only.
 */
public record QuickTestFinished(long testId, long workerId, Long unionId, long campaignId, int correct, int total,
                                boolean counted, LocalDateTime finishedAt) {
}
