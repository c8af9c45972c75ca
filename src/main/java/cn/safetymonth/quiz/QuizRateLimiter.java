package cn.safetymonth.quiz;

import cn.safetymonth.common.limit.RateLimits;
import org.springframework.stereotype.Component;

/** The quiz's limits per worker, shared by every instance: taps and answers, and how often a quick test starts. */
@Component
class QuizRateLimiter {

    private final QuizProperties props;
    private final RateLimits limits;

    QuizRateLimiter(QuizProperties props, RateLimits limits) {
        this.props = props;
        this.limits = limits;
    }

    void check(long workerId) {
        if (limits.tryTake("quiz-moves", workerId, props.moves()).isPresent()) {
            throw QuizErrorCodes.TOO_FAST.exception();
        }
    }

    /** A quick test is for learning: one every so often is plenty, a script's thousand an hour is not. */
    void quickTestStart(long workerId) {
        limits.take("quick-test-start", workerId, props.quickTestStarts(), "测一测开始得太频繁了");
    }
}
