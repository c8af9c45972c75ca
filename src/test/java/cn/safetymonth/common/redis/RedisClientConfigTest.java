package cn.safetymonth.common.redis;

import org.junit.jupiter.api.Test;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SAFETY_REDIS_CLUSTER_NODES decides the mode: no nodes, one Redis; some, a cluster (of database 0 only). */
class RedisClientConfigTest {

    @Test
    void noClusterNodesMeanTheOneRedisOfHostAndPort() {
        for (List<String> unset : List.of(List.<String>of(), List.of(" ", ""))) {
            DataRedisProperties properties = withClusterNodes(unset);

            RedisClientConfig.decideMode(properties);

            assertThat(properties.getCluster()).as("nodes " + unset).isNull();
        }
    }

    @Test
    void clusterNodesMeanACluster() {
        DataRedisProperties properties = withClusterNodes(List.of("10.0.0.1:6379", " 10.0.0.2:6379"));

        RedisClientConfig.decideMode(properties);

        assertThat(properties.getCluster().getNodes()).containsExactly("10.0.0.1:6379", "10.0.0.2:6379");
    }

    @Test
    void aClusterWithADatabaseOtherThanZeroIsRefused() {
        DataRedisProperties properties = withClusterNodes(List.of("10.0.0.1:6379"));
        properties.setDatabase(2);

        assertThatThrownBy(() -> RedisClientConfig.decideMode(properties))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SAFETY_REDIS_DATABASE must be 0");
    }

    private static DataRedisProperties withClusterNodes(List<String> nodes) {
        DataRedisProperties properties = new DataRedisProperties();
        DataRedisProperties.Cluster cluster = new DataRedisProperties.Cluster();
        cluster.setNodes(nodes);
        properties.setCluster(cluster);
        return properties;
    }
}
