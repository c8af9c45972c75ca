package cn.safetymonth.statistics;

import cn.safetymonth.quiz.QuickTestFinished;
import cn.safetymonth.quiz.QuizLevelFinished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The quiz's acts, real participation only: a daily level in which at least one question was answered and that was not
 * flagged as scripted (人次, and its player among 人; a flag an admin clears makes it count then), and a finished quick
 * test among the first few of its person's day.
 */
@Component
class QuizActs {

    private final FactRecorder recorder;

    QuizActs(FactRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void on(QuizLevelFinished e) {
        if (!e.counts()) {
            return; // flagged (kept by the quiz for admins to review) or nothing answered: no participation
        }
        recorder.count(new FactRecorder.Act(Metric.QUIZ_ATTEMPTS, e.scene().name(), "quiz.attempt", e.attemptId(),
                e.workerId(), e.unionId(), null, e.closedAt(), e.playDate(), 1, "quiz.attempt:" + e.attemptId()));
    }

    @EventListener
    void on(QuickTestFinished e) {
        if (!e.counted()) {
            return; // beyond the day's counted tests: for learning only
        }
        recorder.count(new FactRecorder.Act(Metric.QUIZ_QUICKTESTS, null, "quiz.quicktest", e.testId(), e.workerId(),
                e.unionId(), null, e.finishedAt(), e.finishedAt().toLocalDate(), 1, "quiz.quicktest:" + e.testId()));
    }
}
