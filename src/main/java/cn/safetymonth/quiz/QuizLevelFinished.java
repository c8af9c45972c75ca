package cn.safetymonth.quiz;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A daily level was closed, by the worker finishing it or by the day ending. {@code unionId} is the
 * worker's union when the level started (null for 社会公众); flagged attempts are not to be counted.
 */
public record QuizLevelFinished(long attemptId, long workerId, Long unionId, long campaignId, String levelCode, Scene scene,
                                LocalDate playDate, int found, int correct, int score, boolean flagged,
                                String closedReason, LocalDateTime closedAt) {
}
