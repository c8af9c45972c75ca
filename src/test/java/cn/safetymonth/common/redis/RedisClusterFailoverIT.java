package cn.safetymonth.common.redis;

import cn.safetymonth.SafetyMonthApplication;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.RedisCluster;
import cn.safetymonth.support.RedisProcess;
import cn.safetymonth.support.TestBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The service on a Redis Cluster whose master fails: three masters with a replica each, one master killed. While its
 * replica takes over, a request that needs that master's slots answers 503 "try again", never a 500; afterwards every
 * slot is served again without restarting the service (Lettuce re-reads the topology).
 */
class RedisClusterFailoverIT {

    private static RedisCluster cluster;
    private static ConfigurableApplicationContext service;
    private static Api api;
    private static int seq;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(RedisProcess.available(), "needs /usr/bin/redis-server");
        // after the suite's own cluster (30101..) when it has one
        cluster = RedisCluster.start(30104, 30149, 1, Duration.ofSeconds(1));
        String[] args = TestBackend.get().instanceArgs(Map.of("spring.data.redis.cluster.nodes", cluster.nodes(),
                "safety.redis.key-prefix", "sm-failover:", "spring.datasource.url", TestBackend.get().newDatabaseUrl("failover")));
        service = new SpringApplicationBuilder(SafetyMonthApplication.class).profiles("test").run(args);
        api = new Api(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (cluster != null) {
            cluster.stop();
        }
    }

    @Test
    void aFailedMasterIsTakenOverAndTheServiceFollowsWithoutA500() throws Exception {
        for (int i = 0; i < 6; i++) {
            assertThat(login().code()).isZero();
        }

        cluster.failOverByKillingAMaster();

        // logins (a rate limit in Redis, WeChat's token lock): asked until 12 in a row succeed, at most 40
        List<Api.Res> answers = new ArrayList<>();
        int inARow = 0;
        while (inARow < 12 && answers.size() < 40) {
            Api.Res r = login();
            answers.add(r);
            assertThat(r.status()).as("during and after the failover: " + r).isIn(200, 503);
            inARow = r.status() == 200 ? inARow + 1 : 0;
            if (r.status() == 503) {
                // 1098 from the service's own Redis calls; 4005 when WxJava's access-token lock met the failed master
                assertThat(r.code()).as(r.toString()).isIn(1098, 4005);
                Thread.sleep(500);
            }
        }
        assertThat(inARow).as("served again after the failover: " + answers.stream().map(Api.Res::status).toList()).isEqualTo(12);

        // logins keep their sessions in the database: whether the client follows to the new master is asked of Redis itself,
        // through the service's own template, for keys of every slot (the failed master's too)
        StringRedisTemplate redis = service.getBean(StringRedisTemplate.class);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            IntStream.range(0, 50).forEach(i -> redis.opsForValue().set("sm-failover:probe:" + i, "v" + i, Duration.ofMinutes(1)));
            assertThat(IntStream.range(0, 50).mapToObj(i -> redis.opsForValue().get("sm-failover:probe:" + i)))
                    .allMatch(v -> v != null && v.startsWith("v"));
        });
    }

    private static Api.Res login() {
        return api.post("/api/app/auth/login", null, Map.of("code", "failover" + (++seq) + "-" + seq));
    }
}
