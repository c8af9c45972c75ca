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
        env.put("SAFETY_REDIS_CLUSTER_NODES", TestBackend.get().redisClusterNodes());
        env.put("SAFETY_REDIS_KEY_PREFIX", TestBackend.get().keyPrefix() + "prod:");
        env.put("SAFETY_S3_ENDPOINT", backend.get("safety.storage.endpoint").get());
        env.put("SAFETY_S3_PUBLIC_URL", "https://safety.example.cn/files");
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

            assertThat(api.get("/actuator/health", null).body().path("status").asString()).isEqualTo("UP");
            assertThat(ctx.getEnvironment().getProperty("safety.wechat.api-host-url")).isNullOrEmpty();
            assertThat(ctx.getEnvironment().getProperty("server.tomcat.remoteip.internal-proxies"))
                    .as("X-Forwarded-For is believed from this machine only, unless SAFETY_TRUSTED_PROXIES says otherwise")
                    .isEqualTo("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
            Api.Res login = api.post("/api/admin/auth/login", null, Map.of("username", " ADMIN ", "password", "FirstBoot2025"));
            assertThat(login.code()).as("the bootstrap admin, however its name is typed: " + login).isZero();
        }
    }

    @Test
    void productionServesNoApiDescriptionTheContractShipsInTheRepository() throws Exception {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(SafetyMonthApplication.class)
                .profiles("prod").properties(productionVariables("prodapi")).run()) {
            Api api = new Api(Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port")));

            for (String path : java.util.List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/swagger-ui.html",
                    "/swagger-ui/index.html")) {
                Api.Res r = api.get(path, null);
                assertThat(r.status()).as(path + " in production").isEqualTo(404);
                assertThat(new String(r.raw(), java.nio.charset.StandardCharsets.UTF_8)).as(path).doesNotContain("openapi").doesNotContain("/api/admin/");
            }
            assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("miniprogram-api/openapi.json")))
                    .as("the contract is in the repository instead").contains("\"openapi\"").contains("/api/app/hazard/reports");
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

    @Test
    void theProductionProfileRefusesToStartWithoutAPublicObjectUrl() {
        Map<String, Object> env = productionVariables("prodnourl");
        env.remove("SAFETY_S3_PUBLIC_URL");

        assertThatThrownBy(() -> new SpringApplicationBuilder(SafetyMonthApplication.class).profiles("prod").properties(env).run())
                .hasStackTraceContaining("SAFETY_S3_PUBLIC_URL (safety.storage.public-url) is required in the prod profile");
    }

    @Test
    void theProductionProfileRefusesAPlainHttpPublicObjectUrl() {
        Map<String, Object> env = productionVariables("prodhttpurl");
        env.put("SAFETY_S3_PUBLIC_URL", "http://safety.example.cn/files");

        assertThatThrownBy(() -> new SpringApplicationBuilder(SafetyMonthApplication.class).profiles("prod").properties(env).run())
                .hasStackTraceContaining("SAFETY_S3_PUBLIC_URL must be https in the prod profile");
    }
}
