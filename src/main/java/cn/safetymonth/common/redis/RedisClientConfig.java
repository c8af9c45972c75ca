package cn.safetymonth.common.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * How the service's Lettuce client rides out a Redis outage. Boot's own options (connect and command timeouts from
 * {@code spring.data.redis}) stay; these two are added to them.
 */
@Configuration(proxyBeanMethods = false)
class RedisClientConfig {

    /**
     * Lettuce's default back-off doubles up to 30 s, so after a 20 s outage it may wait another 12 s before it looks
     * again; a reconnect attempt to a local Redis costs next to nothing, so it looks every 200 ms.
     */
    static final Duration RECONNECT_DELAY = Duration.ofMillis(200);

    @Bean
    ClientResourcesBuilderCustomizer reconnectAtOnce() {
        return builder -> builder.reconnectDelay(Delay.constant(RECONNECT_DELAY));
    }

    /**
     * While the connection is down a command fails at once (and the request answers 503) instead of waiting in
     * Lettuce's queue for the command timeout: a worker hears "try again" now, and nothing queued during the outage
     * is sent late (a lock taken by a request that already gave up).
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
        return builder -> builder.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }
}
