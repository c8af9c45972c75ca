package cn.safetymonth.common.web;

import cn.safetymonth.common.redis.RedisKeyPrefix;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The first answer to each idempotency key, in Redis so every instance sees it.
 * Key {@code <prefix>idem:<actor>:<key>}, actor "w:12" or "a:3"; value "P &lt;claim&gt; &lt;request&gt;" while the
 * first request runs (expires after {@link #PENDING}, so a crashed instance frees the key) or "D &lt;json&gt;" once
 * it answered (kept {@link #KEPT}).
 */
@Component
public class IdempotencyStore {

    static final Duration PENDING = Duration.ofMinutes(2);
    static final Duration KEPT = Duration.ofHours(24);

    /** Replaces or deletes the value only while it is still this request's claim. */
    private static final RedisScript<Long> SETTLE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            if ARGV[2] == '' then return redis.call('DEL', KEYS[1]) end
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) return 1""", Long.class);

    record Claim(String redisKey, String value) {
    }

    /** What the first request answered: replayed byte for byte. */
    record Answer(String request, int status, String contentType, byte[] body) {
    }

    /** Either this request now owns the key, or someone else's claim or answer is already there. */
    record Outcome(Claim claim, String pendingRequest, Answer answer) {
    }

    private final StringRedisTemplate redis;
    private final RedisKeyPrefix prefix;
    private final ObjectMapper json;

    IdempotencyStore(StringRedisTemplate redis, RedisKeyPrefix prefix, ObjectMapper json) {
        this.redis = redis;
        this.prefix = prefix;
        this.json = json;
    }

    Outcome claim(String actor, String key, String request) {
        String redisKey = prefix.key("idem:" + actor + ":" + key);
        String value = "P " + UUID.randomUUID() + " " + request;
        for (int tries = 0; tries < 3; tries++) {
            if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(redisKey, value, PENDING))) {
                return new Outcome(new Claim(redisKey, value), null, null);
            }
            String existing = redis.opsForValue().get(redisKey);
            if (existing != null && existing.startsWith("P ")) {
                return new Outcome(null, existing.substring(existing.indexOf(' ', 2) + 1), null);
            }
            if (existing != null) {
                return new Outcome(null, null, read(existing.substring(2)));
            }
        }
        // the key kept vanishing between SET NX and GET (expiring at that moment): treat it as still in progress
        return new Outcome(null, request, null);
    }

    void keep(Claim claim, Answer answer) {
        redis.execute(SETTLE, List.of(claim.redisKey()), claim.value(), "D " + write(answer), String.valueOf(KEPT.toMillis()));
    }

    void release(Claim claim) {
        redis.execute(SETTLE, List.of(claim.redisKey()), claim.value(), "", "0");
    }

    private String write(Answer answer) {
        return json.writeValueAsString(answer);
    }

    private Answer read(String stored) {
        try {
            return json.readValue(stored, Answer.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("unreadable idempotency answer", e);
        }
    }
}
