package cn.safetymonth;

import cn.safetymonth.support.EmbeddedServers;
import cn.safetymonth.support.WeChatStub;
import org.gaul.s3proxy.S3Proxy;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import redis.embedded.RedisServer;

import java.nio.file.Path;
import java.util.Map;

/**
 * The embedded default: `mvn spring-boot:test-run` starts this. H2 on disk, a real Redis server,
 * an S3 server (S3Proxy) and a stub of WeChat, all in-process, with data kept under ./data.
 * None of these servers is in the production jar (they are test-scoped dependencies).
 */
public final class DevApplication {

    private DevApplication() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(env("SAFETY_DEV_DATA", "data"));
        int redisPort = Integer.parseInt(env("SAFETY_DEV_REDIS_PORT", "16379"));
        int s3Port = Integer.parseInt(env("SAFETY_DEV_S3_PORT", "19000"));
        int wechatPort = Integer.parseInt(env("SAFETY_DEV_WECHAT_PORT", "19100"));

        RedisServer redis = EmbeddedServers.redis(redisPort, data.resolve("redis"));
        S3Proxy s3 = EmbeddedServers.s3(s3Port, data.resolve("s3"));
        WeChatStub wechat = WeChatStub.start(wechatPort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            wechat.stop();
            try {
                s3.stop();
            } catch (Exception ignored) {
                // shutting down anyway
            }
            EmbeddedServers.stopQuietly(redis);
        }));

        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(SafetyMonthApplication.class)
                .profiles("dev")
                .properties(Map.of(
                        "spring.datasource.url", "jdbc:h2:file:" + data.resolve("h2/safety-month").toAbsolutePath()
                                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=FALSE",
                        "spring.data.redis.port", redisPort,
                        "safety.storage.endpoint", "http://127.0.0.1:" + s3Port,
                        "safety.wechat.api-host-url", wechat.url()))
                .run(args);
        String port = ctx.getEnvironment().getProperty("local.server.port", "8080");
        wechat.pushTo("http://127.0.0.1:" + port + "/api/wechat/push", WeChatStub.PUSH_TOKEN);
        System.out.printf("""

                ==== 安全月 safety-month is running (embedded default, data in %s) ====
                  API            http://127.0.0.1:%s/api   (docs: http://127.0.0.1:%s/swagger-ui.html)
                  worker login   curl -s -X POST http://127.0.0.1:%s/api/app/auth/login -H 'Content-Type: application/json' -d '{"code":"alice-1"}'
                                 (WeChat is a local stub: any new code logs in; the part before '-' names the user)
                  union admin    curl -s -X POST http://127.0.0.1:%s/api/admin/auth/login -H 'Content-Type: application/json' -d '{"username":"admin","password":"ChangeMe2025"}'
                                 (first login must change the password: POST /api/admin/auth/password)
                  S3 %s · Redis 127.0.0.1:%d · WeChat stub %s
                """, data.toAbsolutePath(), port, port, port, port, "http://127.0.0.1:" + s3Port, redisPort, wechat.url());
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
