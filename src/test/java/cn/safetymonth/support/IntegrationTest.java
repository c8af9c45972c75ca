package cn.safetymonth.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the integration suite: the whole service on a random port, over HTTP, into a real
 * database, a real Redis server, a real S3 server and the WeChat stub (see {@link TestBackend}).
 * All such tests share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(TestClockConfig.class)
public abstract class IntegrationTest {

    /** What the suite changes the bootstrap admin's first password to (a fixture, not a secret). */
    public static final String ADMIN_PASSWORD = "Platform-2025-ok";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static String platformToken;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected PublishedEvents published;

    protected Api api;

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        TestBackend.get().register(registry);
    }

    @BeforeEach
    void setUpApi() {
        // the clock is wall time plus every earlier test's advances: no test starts within half an hour of a day's end
        // (Asia/Shanghai), where a level, a check-in or a count would straddle two days by chance (16:00 UTC in CI)
        clock.clearOfMidnight(Duration.ofMinutes(30));
        api = new Api(port);
        wechat().pushTo("http://127.0.0.1:" + port + "/api/wechat/push", WeChatStub.PUSH_TOKEN);
        wechat().useTime(clock::instant);
    }

    protected static WeChatStub wechat() {
        return TestBackend.get().wechat();
    }

    /** A unique wx.login code for a fresh user name, as the stub understands it. */
    protected static String freshUser(String name) {
        return name + SEQ.incrementAndGet() + "x" + System.nanoTime() % 100000;
    }

    /** Logs a worker in through WeChat (the stub), accepts the privacy notice in force, and returns their token. */
    protected String workerToken(String user) {
        String token = workerTokenWithoutConsent(user);
        String version = api.get("/api/app/privacy/notice", token).data().path("version").asString();
        Api.Res accepted = api.post("/api/app/privacy/consents", token, Map.of("version", version));
        assertThat(accepted.code()).as(accepted.toString()).isZero();
        return token;
    }

    /** A worker logged in who has not (yet) accepted the privacy notice: writes of personal data are refused. */
    protected String workerTokenWithoutConsent(String user) {
        Api.Res r = api.post("/api/app/auth/login", null, Map.of("code", user + "-" + SEQ.incrementAndGet()));
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data().path("token").asString();
    }

    /** The union with this code in the synthetic city (config/org/demo-city.csv). */
    protected JsonNode unionByCode(String code) {
        Long id = jdbc.queryForObject("SELECT id FROM org_union WHERE code = ?", Long.class, code);
        return api.get("/api/admin/unions/" + id, platformAdminToken()).data();
    }

    protected long unionId(String code) {
        return jdbc.queryForObject("SELECT id FROM org_union WHERE code = ?", Long.class, code);
    }

    protected String joinCode(String code) {
        return jdbc.queryForObject("SELECT join_code FROM org_union WHERE code = ?", String.class, code);
    }

    /** The bootstrap platform admin, with its first password changed once for the whole suite. */
    protected synchronized String platformAdminToken() {
        if (platformToken == null || api.get("/api/admin/auth/me", platformToken).status() != 200) {
            Api.Res login = api.post("/api/admin/auth/login", null, Map.of("username", "admin", "password", ADMIN_PASSWORD));
            if (login.code() != 0) {
                login = api.post("/api/admin/auth/login", null, Map.of("username", "admin", "password", "ChangeMe2025"));
                assertThat(login.code()).as(login.toString()).isZero();
                Api.Res changed = api.post("/api/admin/auth/password", login.data().path("token").asString(),
                        Map.of("oldPassword", "ChangeMe2025", "newPassword", ADMIN_PASSWORD));
                assertThat(changed.code()).as(changed.toString()).isZero();
                login = changed;
            }
            platformToken = login.data().path("token").asString();
        }
        return platformToken;
    }

    /**
     * A ready-to-use staff account of {@code role} bound to the union {@code unionCode}, created by the
     * platform admin, its first password already changed. Returns its token.
     */
    protected String staffToken(String role, String unionCode) {
        String username = "u" + role.substring(0, 3).toLowerCase() + SEQ.incrementAndGet() + "n" + System.nanoTime() % 10000;
        Api.Res created = api.post("/api/admin/accounts", platformAdminToken(), Map.of(
                "username", username, "displayName", "测试 " + role, "role", role, "unionId", unionId(unionCode)));
        assertThat(created.code()).as(created.toString()).isZero();
        String initial = created.data().path("initialPassword").asString();
        String token = api.post("/api/admin/auth/login", null, Map.of("username", username, "password", initial))
                .data().path("token").asString();
        Api.Res changed = api.post("/api/admin/auth/password", token, Map.of("oldPassword", initial, "newPassword", "Changed" + initial));
        assertThat(changed.code()).as(changed.toString()).isZero();
        return changed.data().path("token").asString();
    }
}
