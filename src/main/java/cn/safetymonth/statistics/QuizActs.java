package cn.safetymonth.statistics;

import cn.safetymonth.quiz.QuickTestFinished;
import cn.safetymonth.quiz.QuizLevelFinished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The quiz's acts: a closed daily level (人次, and its player among 人) and a finished quick test. */
@Component
class QuizActs {

    private final FactRecorder recorder;

    QuizActs(FactRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void on(QuizLevelFinished e) {
        if (e.flagged()) {
            return; // too fast for a human: recorded by the quiz for admins, never counted
        }
        recorder.count(new FactRecorder.Act(Metric.QUIZ_ATTEMPTS, e.scene().name(), "quiz.attempt", e.attemptId(),
                e.workerId(), e.unionId(), null, e.closedAt(), e.playDate(), 1, "quiz.attempt:" + e.attemptId()));
    }

    @EventListener
    void on(QuickTestFinished e) {
        recorder.count(new FactRecorder.Act(Metric.QUIZ_QUICKTESTS, null, "quiz.quicktest", e.testId(), e.workerId(),
                e.unionId(), null, e.finishedAt(), e.finishedAt().toLocalDate(), 1, "quiz.quicktest:" + e.testId()));
    }
}
