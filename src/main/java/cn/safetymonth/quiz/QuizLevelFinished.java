package cn.safetymonth.quiz;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A daily level was closed, by the worker finishing it or by the day ending, or an admin cleared its flag (published
 * again, unflagged). {@code unionId} is the worker's union when the level started (null for 社会公众). Only real play
 * counts: not a flagged attempt, and not one where no question was answered.
 */
public record QuizLevelFinished(long attemptId, long workerId, Long unionId, long campaignId, String levelCode, Scene scene,
                                LocalDate playDate, int found, int answered, int correct, int score, boolean flagged,
                                String closedReason, LocalDateTime closedAt) {

    /** Whether it is participation the statistics count. */
    public boolean counts() {
        return !flagged && answered > 0;
    }
}
