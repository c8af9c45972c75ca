package cn.safetymonth.common.redis;

import cn.safetymonth.support.IntegrationTest;
import cn.safetymonth.support.TestBackend;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite runs where it says it does: with {@code -Dit.redis=cluster}, on the three masters of a Redis Cluster. */
class RedisModeIT extends IntegrationTest {

    @Autowired
    LettuceConnectionFactory redis;

    @Test
    void theServiceTalksToTheRedisOfThisRun() {
        assertThat(redis.isClusterAware()).as("cluster mode").isEqualTo(TestBackend.isRedisCluster());
        if (TestBackend.isRedisCluster()) {
            try (RedisClusterConnection cluster = redis.getClusterConnection()) {
                assertThat(cluster.clusterGetNodes()).filteredOn(node -> node.isMaster()).hasSize(3);
                assertThat(cluster.clusterGetClusterInfo().getSlotsAssigned()).isEqualTo(16384);
            }
            ClientOptions options = redis.getRequiredNativeClient().getOptions();
            assertThat(options).isInstanceOf(ClusterClientOptions.class);
            ClusterTopologyRefreshOptions refresh = ((ClusterClientOptions) options).getTopologyRefreshOptions();
            assertThat(refresh.isPeriodicRefreshEnabled()).as("a failover is seen without waiting for a MOVED").isTrue();
            assertThat(refresh.getAdaptiveRefreshTriggers()).as("MOVED, ASK, lost connections re-read the topology")
                    .containsAll(ClusterTopologyRefreshOptions.DEFAULT_ADAPTIVE_REFRESH_TRIGGERS);
            assertThat(options.getDisconnectedBehavior()).isEqualTo(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        }
    }
}
