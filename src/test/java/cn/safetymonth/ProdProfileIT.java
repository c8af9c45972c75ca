package cn.safetymonth;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.EmbeddedServers;
import cn.safetymonth.support.TestBackend;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production profile is configured only through the SAFETY_* variables of
 * config/application-prod.example.env, and can never be pointed at the WeChat stub.
 */
class ProdProfileIT {

    /** The variables a deployment sets, filled from the test backend (its database, Redis and S3 server). */
    private static Map<String, Object> productionVariables(String database) {
        Map<String, Supplier<Object>> backend = new HashMap<>();
        TestBackend.get().register(new DynamicPropertyRegistry() {
            @Override
            public void add(String name, Supplier<Object> supplier) {
                backend.put(name, supplier);
            }
        });
        String redisPort = String.valueOf(backend.get("spring.data.redis.port").get());
        Map<String, Object> env = new HashMap<>();
        env.put("SAFETY_DB_URL", TestBackend.get().newDatabaseUrl(database));
        env.put("SAFETY_DB_USERNAME", backend.get("spring.datasource.username").get());
        env.put("SAFETY_DB_PASSWORD", "");
        env.put("SAFETY_REDIS_HOST", "127.0.0.1");
        env.put("SAFETY_REDIS_PORT", redisPort);
        env.put("SAFETY_REDIS_KEY_PREFIX", TestBackend.get().keyPrefix() + "prod:");
        env.put("SAFETY_S3_ENDPOINT", backend.get("safety.storage.endpoint").get());
        env.put("SAFETY_S3_ACCESS_KEY", EmbeddedServers.S3_ACCESS_KEY);
        env.put("SAFETY_S3_SECRET_KEY", EmbeddedServers.S3_SECRET_KEY);
        env.put("SAFETY_S3_BUCKET", "safety-month-prod-check");
        env.put("SAFETY_WX_APPID", "wx-production-appid");
        env.put("SAFETY_WX_SECRET", "production-secret-from-env");
        env.put("SAFETY_WX_PUSH_TOKEN", "production-push-token");
        env.put("SAFETY_BOOTSTRAP_ADMIN_PASSWORD", "FirstBoot2025");
        env.put("SERVER_PORT", "0");
        return env;
    }

    @Test
    void theProductionProfileStartsFromEnvironmentVariablesAlone() {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(SafetyMonthApplication.class)
                .profiles("prod").properties(productionVariables("prod")).run()) {
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            Api api = new Api(port);

            assertThat(api.get("/actuator/health", null).body().path("status").asText()).isEqualTo("UP");
            assertThat(api.get("/swagger-ui.html", null).status()).as("no API console in production").isEqualTo(404);
            assertThat(ctx.getEnvironment().getProperty("safety.wechat.api-host-url")).isNullOrEmpty();
        }
    }

    @Test
    void theProductionProfileRefusesTheWeChatStub() {
        Map<String, Object> env = productionVariables("prodstub");
        // as if an operator set SAFETY_WECHAT_API_HOST_URL: outranks every settings file
        String override = "--safety.wechat.api-host-url=" + TestBackend.get().wechat().url();

        assertThatThrownBy(() -> new SpringApplicationBuilder(SafetyMonthApplication.class).profiles("prod").properties(env).run(override))
                .hasStackTraceContaining("must be empty in the prod profile");
    }
}
