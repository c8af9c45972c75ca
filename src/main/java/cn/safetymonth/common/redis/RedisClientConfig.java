package cn.safetymonth.common.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;

/**
 * How the service's Lettuce client rides out a Redis outage, and whether it talks to one Redis or to a Redis Cluster.
 * Boot's own options (connect and command timeouts from {@code spring.data.redis}) stay; these are added to them.
 *
 * <p>The mode is one setting, {@code SAFETY_REDIS_CLUSTER_NODES} (application.yml binds it to Boot's
 * {@code spring.data.redis.cluster.nodes}): some nodes of the cluster as {@code host:port,host:port}, from which Lettuce
 * learns the rest; empty, the one Redis at {@code spring.data.redis.host} and {@code port}. Keys that one script or
 * multi-key command touches share a hash tag, see the modules' {@code …RedisKeys}.
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

    /**
     * Boot takes any bound {@code spring.data.redis.cluster} for a cluster, even one of no nodes, which is what an unset
     * {@code SAFETY_REDIS_CLUSTER_NODES} binds; here no nodes mean one Redis.
     */
    @Bean
    static BeanPostProcessor emptyClusterNodesMeanOneRedis() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataRedisProperties properties) {
                    decideMode(properties);
                }
                return bean;
            }
        };
    }

    static void decideMode(DataRedisProperties properties) {
        DataRedisProperties.Cluster cluster = properties.getCluster();
        if (cluster == null) {
            return;
        }
        List<String> nodes = cluster.getNodes() == null ? List.of()
                : cluster.getNodes().stream().map(String::trim).filter(n -> !n.isEmpty()).toList();
        if (nodes.isEmpty()) {
            properties.setCluster(null);
            return;
        }
        if (properties.getDatabase() != 0) {
            // a cluster has database 0 only: refused rather than silently writing where the operator does not look
            throw new IllegalStateException("SAFETY_REDIS_DATABASE must be 0 with SAFETY_REDIS_CLUSTER_NODES: "
                    + "a Redis Cluster has database 0 only");
        }
        cluster.setNodes(nodes);
    }
}
