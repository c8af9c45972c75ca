package cn.safetymonth.common.limit;

import cn.safetymonth.common.redis.RedisKeyPrefix;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The one limit mechanism, against the real Redis of the suite: shared by instances, driven by the service's clock. */
class RateLimitsIT extends IntegrationTest {

    private static final Quota THREE_A_MINUTE = Quota.of(3, Duration.ofMinutes(1));

    @Autowired
    RateLimits limits;
    @Autowired
    LettuceConnectionFactory redisFactory;
    @Autowired
    RedisKeyPrefix prefix;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void aBurstThenOneEveryPeriodOverCapacity() {
        String who = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryTake("it", who, THREE_A_MINUTE)).as("take %d", i + 1).isEmpty();
        }
        assertThat(limits.tryTake("it", who, THREE_A_MINUTE)).get()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(20)));
        assertThat(limits.allows("it", who, THREE_A_MINUTE)).isFalse();
        assertThat(limits.allows("it", "someone-else-" + who, THREE_A_MINUTE)).as("subjects are apart").isTrue();

        clock.advance(Duration.ofSeconds(21));
        assertThat(limits.tryTake("it", who, THREE_A_MINUTE)).as("one came back after a third of the period").isEmpty();
        assertThat(limits.tryTake("it", who, THREE_A_MINUTE)).isPresent();
    }

    @Test
    void aWindowGivesNothingBackUntilItsPeriodIsOverThenEverything() {
        String who = UUID.randomUUID().toString();
        Quota threeAnHour = Quota.perWindow(3, Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryTake("it-window", who, threeAnHour)).as("take %d", i + 1).isEmpty();
            clock.advance(Duration.ofMinutes(10));
        }
        assertThat(limits.tryTake("it-window", who, threeAnHour)).get().as("until the hour since the first take is over")
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31)));

        clock.advance(Duration.ofMinutes(25));
        assertThat(limits.tryTake("it-window", who, threeAnHour)).as("a gradual bucket would have given two back by now").isPresent();

        clock.advance(Duration.ofMinutes(6));
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryTake("it-window", who, threeAnHour)).as("a new hour, take %d", i + 1).isEmpty();
        }
        assertThat(limits.tryTake("it-window", who, threeAnHour)).isPresent();
    }

    @Test
    void aTryThatDidNotCountIsGivenBack() {
        String who = UUID.randomUUID().toString();
        Quota two = Quota.perWindow(2, Duration.ofHours(1));
        limits.tryTake("it-back", who, two);
        limits.tryTake("it-back", who, two);
        limits.giveBack("it-back", who, two);

        assertThat(limits.tryTake("it-back", who, two)).isEmpty();
        assertThat(limits.tryTake("it-back", who, two)).isPresent();
        limits.giveBack("it-back", who, two);
        limits.giveBack("it-back", who, two);
        limits.giveBack("it-back", who, two);
        assertThat(limits.tryTake("it-back", who, two)).isEmpty();
        assertThat(limits.tryTake("it-back", who, two)).isEmpty();
        assertThat(limits.tryTake("it-back", who, two)).as("never more than the capacity").isPresent();
    }

    @Test
    void theRefusalTravelsAs429WithRetryAfter() {
        String who = UUID.randomUUID().toString();
        limits.take("it", who, Quota.of(1, Duration.ofSeconds(30)), "操作过于频繁");
        LimitExceeded refused = org.assertj.core.api.Assertions.catchThrowableOfType(LimitExceeded.class,
                () -> limits.take("it", who, Quota.of(1, Duration.ofSeconds(30)), "操作过于频繁"));
        assertThat(refused.getMessage()).isEqualTo("操作过于频繁，请 30 秒后再试");
        assertThat(refused.retryAfterSeconds()).isEqualTo(30);
        assertThat(refused.errorCode().status().value()).isEqualTo(429);
    }

    @Test
    void aResetGivesTheWholeAllowanceBack() {
        String who = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            limits.tryTake("it", who, THREE_A_MINUTE);
        }
        limits.reset("it", who);
        assertThat(limits.waitFor("it", who, THREE_A_MINUTE)).isZero();
        assertThat(limits.tryTake("it", who, THREE_A_MINUTE)).isEmpty();
    }

    @Test
    void twoInstancesShareOneBucketAndItsKeyExpires() throws Exception {
        String who = UUID.randomUUID().toString();
        RateLimits other = new RateLimits(redisFactory, prefix, clock);
        other.start();
        try {
            limits.tryTake("it", who, THREE_A_MINUTE);
            other.tryTake("it", who, THREE_A_MINUTE);
            limits.tryTake("it", who, THREE_A_MINUTE);
            assertThat(other.tryTake("it", who, THREE_A_MINUTE)).as("the fourth, on the other instance").isPresent();
        } finally {
            other.stop();
        }
        Long ttl = redis.getExpire(prefix.key("limit:it:" + who));
        assertThat(ttl).as("a bucket key never lives without an expiry").isPositive().isLessThanOrEqualTo(65);
    }

    /** Spring 7 pauses a cached test context between test classes: the connection factory gets a new client. */
    @Test
    void theLimitsHoldAfterTheApplicationIsPausedAndRestarted() {
        String who = UUID.randomUUID().toString();
        limits.tryTake("it", who, THREE_A_MINUTE);
        context.pause();
        context.restart();
        limits.tryTake("it", who, THREE_A_MINUTE);
        limits.tryTake("it", who, THREE_A_MINUTE);
        assertThat(limits.tryTake("it", who, THREE_A_MINUTE)).as("the bucket survived the restart, in Redis").isPresent();
    }
}
