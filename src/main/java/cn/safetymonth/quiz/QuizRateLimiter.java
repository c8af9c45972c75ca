package cn.safetymonth.quiz;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import org.springframework.data.redis.core.script.RedisScript;

import java.util.List;

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

    /** Counts the request and sets the window's expiry in one round trip. */
    private static final RedisScript<Long> COUNT = RedisScript.of(
            "local c = redis.call('INCR', KEYS[1]) if c == 1 then redis.call('EXPIRE', KEYS[1], 2) end return c", Long.class);

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
        String key = keys.rate(workerId, clock.instant().getEpochSecond());
        Long count = redis.execute(COUNT, List.of(key));
        if (count != null && count > props.tapsPerSecond()) {
            throw QuizErrorCodes.TOO_FAST.exception();
        }
    }
}
