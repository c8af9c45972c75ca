package cn.safetymonth.quiz;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/** Per-worker cap on taps and answers per second, shared by every instance through Redis. */
@Component
class QuizRateLimiter {

    private final StringRedisTemplate redis;
    private final QuizRedisKeys keys;
    private final QuizProperties props;
    private final Clock clock;

    QuizRateLimiter(StringRedisTemplate redis, QuizRedisKeys keys, QuizProperties props, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.props = props;
        this.clock = clock;
    }

    void check(long workerId) {
        String key = keys.rate(workerId, clock.instant().getEpochSecond());
        Long count = redis.opsForValue().increment(key);
        if (count != null && count == 1) {
            redis.expire(key, Duration.ofSeconds(2));
        }
        if (count != null && count > props.tapsPerSecond()) {
            throw QuizErrorCodes.TOO_FAST.exception();
        }
    }
}
