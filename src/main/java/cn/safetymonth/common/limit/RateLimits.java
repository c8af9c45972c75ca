package cn.safetymonth.common.limit;

import cn.safetymonth.common.redis.RedisKeyPrefix;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Every limit of the service, in one place: token buckets (Bucket4j) kept in Redis, so all instances share them and
 * a key never outlives the time its bucket needs to fill up again. The service's own {@link Clock} drives refills,
 * so a limit behaves the same whichever instance is asked.
 *
 * <p>Keys: {@code limit:<name>:<subject>} after the service-wide prefix, e.g. {@code sm:limit:quick-test:42}. A bucket keeps
 * the quota it was made with until its key expires: a changed setting applies to subjects from their next fresh bucket.
 * A bucket is one key, and Bucket4j's compare-and-swap script touches that key alone, so on a Redis Cluster (a
 * connection of the cluster client, below) each bucket is served by the node of its slot.
 *
 * <p>The buckets hold a connection of their own, opened from the connection factory's Lettuce client. The factory
 * replaces that client whenever it is stopped and started again (Spring 7 does so to every cached test context it
 * pauses), so the connection follows the factory's lifecycle: opened after it starts, closed before it stops.
 */
@Component
public class RateLimits implements SmartLifecycle {

    private final LettuceConnectionFactory redis;
    private final RedisKeyPrefix prefix;
    private final Clock clock;
    private volatile Connected connected;

    private record Connected(StatefulConnection<byte[], byte[]> connection, ProxyManager<byte[]> buckets) {
    }

    RateLimits(LettuceConnectionFactory redis, RedisKeyPrefix prefix, Clock clock) {
        this.redis = redis;
        this.prefix = prefix;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (connected != null) {
            return;
        }
        AbstractRedisClient client = redis.getRequiredNativeClient();
        StatefulConnection<byte[], byte[]> connection;
        Bucket4jLettuce.LettuceBasedProxyManagerBuilder<byte[]> builder;
        if (client instanceof RedisClusterClient cluster) {
            StatefulRedisClusterConnection<byte[], byte[]> c = cluster.connect(ByteArrayCodec.INSTANCE);
            connection = c;
            builder = Bucket4jLettuce.casBasedBuilder(c);
        } else {
            StatefulRedisConnection<byte[], byte[]> c = ((RedisClient) client).connect(ByteArrayCodec.INSTANCE);
            connection = c;
            builder = Bucket4jLettuce.casBasedBuilder(c);
        }
        connected = new Connected(connection, builder
                .clientClock(new ServiceClock(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(5)))
                .build());
    }

    @Override
    public synchronized void stop() {
        Connected c = connected;
        connected = null;
        if (c != null) {
            c.connection().close();
        }
    }

    @Override
    public boolean isRunning() {
        return connected != null;
    }

    /** After the connection factory on the way up, before it on the way down. */
    @Override
    public int getPhase() {
        return redis.getPhase() + 1;
    }

    /**
     * Takes one from the subject's allowance.
     *
     * @return empty when allowed; otherwise how long until one is free again
     */
    public Optional<Duration> tryTake(String name, Object subject, Quota quota) {
        ConsumptionProbe probe = bucket(name, subject, quota).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Takes one, or refuses with 429 and {@code message} (to which the wait is added, in words). */
    public void take(String name, Object subject, Quota quota, String message) {
        tryTake(name, subject, quota).ifPresent(wait -> {
            throw new LimitExceeded(message, wait);
        });
    }

    /** Whether the subject has any allowance left, without taking it. */
    public boolean allows(String name, Object subject, Quota quota) {
        return bucket(name, subject, quota).getAvailableTokens() > 0;
    }

    /** How long until the subject may act again; zero when it may now. */
    public Duration waitFor(String name, Object subject, Quota quota) {
        return Duration.ofNanos(bucket(name, subject, quota).estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /**
     * Gives one back: for a try taken before its outcome was known (so that concurrent requests cannot all slip past a
     * check) that turned out not to count, such as a right password.
     */
    public void giveBack(String name, Object subject, Quota quota) {
        bucket(name, subject, quota).addTokens(1);
    }

    /** Gives the subject its whole allowance back (an unlock by someone entitled to it). */
    public void reset(String name, Object subject) {
        buckets().removeProxy(key(name, subject));
    }

    private ProxyManager<byte[]> buckets() {
        Connected c = connected;
        if (c == null) {
            throw new IllegalStateException("rate limits are not running (Redis connection factory stopped)");
        }
        return c.buckets();
    }

    private BucketProxy bucket(String name, Object subject, Quota quota) {
        return buckets().builder().build(key(name, subject), () -> BucketConfiguration.builder()
                .addLimit(limit -> quota.window()
                        ? limit.capacity(quota.capacity()).refillIntervally(quota.capacity(), quota.period())
                        : limit.capacity(quota.capacity()).refillGreedy(quota.capacity(), quota.period()))
                .build());
    }

    private byte[] key(String name, Object subject) {
        return prefix.key("limit:" + name + ":" + subject).getBytes(StandardCharsets.UTF_8);
    }

    /** Bucket4j's time, read from the service's clock (tests move it; production reads the system clock). */
    private record ServiceClock(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
