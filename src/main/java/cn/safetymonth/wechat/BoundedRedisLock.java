package cn.safetymonth.wechat;

import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.common.redis.RedisTemplateWxRedisOps;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * WxJava's lock around fetching the access token, shared by the instances in Redis, with two bounds WxJava's own lacks.
 * Its lease is {@link #LEASE}, not 60 s: a lock whose {@code SET NX} ran after Lettuce had given up on it (Redis paused)
 * belongs to nobody, and blocks only that long. And no thread waits for it longer than {@link #MAX_WAIT}: WxJava asks
 * {@code tryLock(100 ms)} in a loop until it holds the lock or another holder has stored a fresh token, so in a WeChat
 * outage every request of every instance queued behind each holder's timed-out fetch; here the request gives up with
 * a {@link WxRuntimeException}, which every caller already takes as "WeChat unavailable" (a text is held for review).
 * A second fetch while a lease ran out early is harmless: WeChat keeps the previous token valid for five minutes.
 */
final class BoundedRedisLock implements Lock {

    static final Duration LEASE = Duration.ofSeconds(5);
    static final Duration MAX_WAIT = Duration.ofSeconds(3);
    private static final long POLL_MILLIS = 50;
    /** WxJava's loop asks again at once; a longer gap since a thread's last try means a new wait of a new request. */
    private static final long SAME_WAIT_NANOS = Duration.ofSeconds(1).toNanos();
    private static final RedisScript<Long> RELEASE = new DefaultRedisScript<>(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end", Long.class);

    private final StringRedisTemplate redis;
    private final String key;
    private final ThreadLocal<String> held = new ThreadLocal<>();
    /** {first try, last try} of this thread's current wait, in nanoTime. */
    private final ThreadLocal<long[]> waiting = new ThreadLocal<>();

    BoundedRedisLock(StringRedisTemplate redis, String key) {
        this.redis = redis;
        this.key = key;
    }

    String key() {
        return key;
    }

    @Override
    public boolean tryLock() {
        String value = UUID.randomUUID().toString();
        if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, value, LEASE))) {
            held.set(value);
            waiting.remove();
            return true;
        }
        return false;
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        long now = System.nanoTime();
        long[] wait = waiting.get();
        if (wait == null || now - wait[1] > SAME_WAIT_NANOS) {
            wait = new long[] {now, now};
            waiting.set(wait);
        }
        long giveUp = wait[0] + MAX_WAIT.toNanos();
        long until = Math.min(now + unit.toNanos(time), giveUp);
        while (true) {
            if (tryLock()) {
                return true;
            }
            wait[1] = System.nanoTime();
            if (wait[1] >= giveUp) {
                waiting.remove();
                throw new WxRuntimeException("access token lock " + key + " not free after " + MAX_WAIT.toMillis() + " ms");
            }
            if (wait[1] >= until) {
                return false;
            }
            Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - wait[1]))));
        }
    }

    @Override
    public void lock() {
        try {
            lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WxRuntimeException(e);
        }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        while (!tryLock(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            // tryLock throws once MAX_WAIT has passed
        }
    }

    /** Deletes the key only while it still holds this thread's value: a lease that ran out is someone else's now. */
    @Override
    public void unlock() {
        String value = held.get();
        if (value != null) {
            held.remove();
            redis.execute(RELEASE, List.of(key), value);
        }
    }

    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException();
    }

    /** WxJava's Redis operations with this lock in place of its own. */
    static final class Ops extends RedisTemplateWxRedisOps {

        private final StringRedisTemplate redis;

        Ops(StringRedisTemplate redis) {
            super(redis);
            this.redis = redis;
        }

        @Override
        public Lock getLock(String key) {
            return new BoundedRedisLock(redis, key);
        }
    }
}
