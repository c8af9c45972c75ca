package cn.safetymonth.identity;

import cn.safetymonth.SafetyMonthApplication;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.RedisProcess;
import cn.safetymonth.support.TestBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances of the service on one database and one Redis of the test's own, as deployed. Workers and staff stay
 * logged in when Redis is killed and comes back empty, and while it is away; a logout, a password change or reset,
 * disabling and 注销 on one instance end the sessions on the other at once, and no Redis restart brings one back.
 */
class SessionsIT {

    private static final String ME = "/api/app/me";
    private static final String STAFF_ME = "/api/admin/auth/me";
    /** A staff read that needs no Redis (their own account shows whether it is locked, a Redis count). */
    private static final String UNIONS = "/api/admin/unions";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private static RedisProcess redis;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static Api a;
    private static Api b;
    private static String platform;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(RedisProcess.available(), "needs /usr/bin/redis-server");
        redis = RedisProcess.start(30200, 30299);
        String database = TestBackend.get().newDatabaseUrl("sessions");
        first = instance(database);
        second = instance(database);
        a = new Api(port(first));
        b = new Api(port(second));
        Api.Res login = a.post("/api/admin/auth/login", null, Map.of("username", "admin", "password", "ChangeMe2025"));
        Api.Res changed = a.post("/api/admin/auth/password", login.data().path("token").asString(),
                Map.of("oldPassword", "ChangeMe2025", "newPassword", "Sessions-2025-ok"));
        assertThat(changed.code()).as(changed.toString()).isZero();
        platform = changed.data().path("token").asString();
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (redis != null) {
            redis.stop();
        }
    }

    @Test
    void workersAndStaffStayLoggedInWhileRedisIsDownAndAfterItComesBackEmpty() throws Exception {
        String worker = worker("stay");
        String staff = staff().token();

        redis.kill();
        assertThat(status(a, ME, worker)).as("while Redis is down").isEqualTo(200);
        assertThat(status(b, UNIONS, staff)).as("while Redis is down").isEqualTo(200);
        redis.start();
        awaitRedisBack();

        for (Api instance : new Api[] {a, b}) {
            assertThat(status(instance, ME, worker)).as("after Redis came back empty").isEqualTo(200);
            assertThat(status(instance, STAFF_ME, staff)).as("after Redis came back empty").isEqualTo(200);
        }
    }

    @Test
    void aLogoutOnOneInstanceEndsThatSessionOnTheOtherAndARedisRestartBringsNothingBack() throws Exception {
        String worker = worker("logout");
        Staff staff = staff();
        String otherStaffSession = login(b, staff);

        assertThat(a.post("/api/app/auth/logout", worker, Map.of()).code()).isZero();
        assertThat(b.post("/api/admin/auth/logout", staff.token(), Map.of()).code()).isZero();

        assertThat(status(b, ME, worker)).isEqualTo(401);
        assertThat(status(a, STAFF_ME, staff.token())).isEqualTo(401);
        assertThat(status(a, STAFF_ME, otherStaffSession)).as("only the session that logged out ends").isEqualTo(200);
        restartRedisEmpty();
        for (Api instance : new Api[] {a, b}) {
            assertThat(status(instance, ME, worker)).isEqualTo(401);
            assertThat(status(instance, STAFF_ME, staff.token())).isEqualTo(401);
        }
    }

    @Test
    void aPasswordChangeEndsEveryOtherSessionOfTheAccountOnEveryInstance() throws Exception {
        Staff staff = staff();
        String onB = login(b, staff);

        Api.Res changed = b.post("/api/admin/auth/password", onB, Map.of("oldPassword", staff.password(), "newPassword", "Again" + staff.password()));
        assertThat(changed.code()).as(changed.toString()).isZero();
        String fresh = changed.data().path("token").asString();

        restartRedisEmpty();
        for (Api instance : new Api[] {a, b}) {
            assertThat(status(instance, STAFF_ME, staff.token())).isEqualTo(401);
            assertThat(status(instance, STAFF_ME, onB)).isEqualTo(401);
            assertThat(status(instance, STAFF_ME, fresh)).as("the session the change handed back").isEqualTo(200);
        }
    }

    @Test
    void aResetOrDisablingByAHigherAdminEndsTheAccountsSessionsOnEveryInstance() {
        Staff reset = staff();
        Staff disabled = staff();

        assertThat(a.post("/api/admin/accounts/" + reset.id() + "/password/reset", platform, Map.of()).code()).isZero();
        assertThat(a.put("/api/admin/accounts/" + disabled.id() + "/enabled", platform, Map.of("enabled", false)).code()).isZero();

        assertThat(status(b, STAFF_ME, reset.token())).isEqualTo(401);
        assertThat(status(b, STAFF_ME, disabled.token())).isEqualTo(401);
    }

    @Test
    void closingTheAccountEndsEverySessionOfTheWorkerOnEveryInstance() throws Exception {
        String person = "closer" + SEQ.incrementAndGet();
        String onA = workerLogin(a, person);
        String onB = workerLogin(b, person);
        String version = b.get("/api/app/privacy/notice", onB).data().path("version").asString();
        assertThat(b.post("/api/app/privacy/consents", onB, Map.of("version", version)).code()).isZero();

        Api.Res closed = b.post("/api/app/me/close", onB, Map.of("confirmation", "确认注销"));
        assertThat(closed.code()).as(closed.toString()).isZero();

        restartRedisEmpty();
        assertThat(status(a, ME, onA)).isEqualTo(401);
        assertThat(status(a, ME, onB)).isEqualTo(401);
    }

    @Test
    void anExpiredSessionIsRefusedAndThenPurgedWhileLiveOnesStay() {
        String expired = worker("expired");
        String live = worker("live");
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        jdbc.update("UPDATE auth_session SET expires_at = TIMESTAMPADD(SECOND, -1, CURRENT_TIMESTAMP(3)) WHERE token_hash = ?",
                TokenStore.hash(expired));

        assertThat(status(b, ME, expired)).isEqualTo(401);
        second.getBean(SessionPurgeJob.class).purge();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM auth_session WHERE token_hash = ?", Integer.class,
                TokenStore.hash(expired))).isZero();
        assertThat(status(a, ME, live)).isEqualTo(200);
    }

    private record Staff(long id, String username, String password, String token) {
    }

    /** A union admin created by the platform admin, the first password changed; logged in on instance a. */
    private static Staff staff() {
        String username = "sess" + SEQ.incrementAndGet() + "n" + System.nanoTime() % 10000;
        long union = first.getBean(JdbcTemplate.class).queryForObject("SELECT id FROM org_union WHERE code = 'QH-01'", Long.class);
        Api.Res created = a.post("/api/admin/accounts", platform, Map.of(
                "username", username, "displayName", "会话 测试", "role", "UNION_ADMIN", "unionId", union));
        assertThat(created.code()).as(created.toString()).isZero();
        String initial = created.data().path("initialPassword").asString();
        String token = a.post("/api/admin/auth/login", null, Map.of("username", username, "password", initial)).data().path("token").asString();
        Api.Res changed = a.post("/api/admin/auth/password", token, Map.of("oldPassword", initial, "newPassword", "Changed" + initial));
        assertThat(changed.code()).as(changed.toString()).isZero();
        return new Staff(created.data().path("account").path("id").asLong(), username, "Changed" + initial,
                changed.data().path("token").asString());
    }

    private static String login(Api instance, Staff staff) {
        Api.Res login = instance.post("/api/admin/auth/login", null, Map.of("username", staff.username(), "password", staff.password()));
        assertThat(login.code()).as(login.toString()).isZero();
        return login.data().path("token").asString();
    }

    private static String worker(String name) {
        return workerLogin(a, name + SEQ.incrementAndGet());
    }

    /** The WeChat stub names the person by the part of the code before '-'. */
    private static String workerLogin(Api instance, String person) {
        Api.Res login = instance.post("/api/app/auth/login", null, Map.of("code", person + "-" + SEQ.incrementAndGet()));
        assertThat(login.code()).as(login.toString()).isZero();
        return login.data().path("token").asString();
    }

    private static int status(Api instance, String path, String token) {
        return instance.get(path, token).status();
    }

    private static void restartRedisEmpty() throws Exception {
        redis.kill();
        redis.start();
        awaitRedisBack();
    }

    /** Until both instances' Lettuce has reconnected: the next request may need Redis (a login does). */
    private static void awaitRedisBack() {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {first, second}) {
            StringRedisTemplate template = instance.getBean(StringRedisTemplate.class);
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> template.hasKey("sm-sessions:none") != null);
        }
    }

    private static ConfigurableApplicationContext instance(String database) {
        return new SpringApplicationBuilder(SafetyMonthApplication.class).profiles("test").run(TestBackend.get().instanceArgs(Map.of(
                "spring.datasource.url", database, "spring.data.redis.port", redis.port(), "safety.redis.key-prefix", "sm-sessions:")));
    }

    private static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }
}
