package cn.safetymonth.quiz;

import cn.safetymonth.common.limit.RateLimits;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.util.List;

/** Per-worker cap on taps and answers, shared by every instance through Redis. */
@Component
class QuizRateLimiter {

    private final StringRedisTemplate redis;
    private final QuizRedisKeys keys;
    private final QuizProperties props;
    private final RateLimits limits;

    QuizRateLimiter(StringRedisTemplate redis, QuizRedisKeys keys, QuizProperties props, RateLimits limits) {
        this.redis = redis;
        this.keys = keys;
        this.props = props;
        this.limits = limits;
    }

    /** Misses of one attempt, kept for a day: a person taps a few times beside a hazard, a script sweeps the picture. */
    void countMiss(long attemptId) {
        redis.execute(COUNT_DAY, List.of(keys.misses(attemptId)));
    }

    boolean missesExhausted(long attemptId) {
        String v = redis.opsForValue().get(keys.misses(attemptId));
        return v != null && Long.parseLong(v) >= props.maxMisses();
    }

    private static final RedisScript<Long> COUNT_DAY = RedisScript.of(
            "local c = redis.call('INCR', KEYS[1]) if c == 1 then redis.call('EXPIRE', KEYS[1], 93600) end return c", Long.class);

    void check(long workerId) {
        if (limits.tryTake("quiz-moves", workerId, props.moves()).isPresent()) {
            throw QuizErrorCodes.TOO_FAST.exception();
        }
    }
}
