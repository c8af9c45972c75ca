package cn.safetymonth.common;

import cn.safetymonth.SafetyMonthApplication;
import cn.safetymonth.support.EmbeddedServers;
import cn.safetymonth.support.FaultyProxy;
import cn.safetymonth.support.RedisProcess;
import cn.safetymonth.support.TestBackend;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The service on a Redis and a database of its own that the test takes away as an operator's faults do: Redis paused
 * (SIGSTOP) or killed and started again empty, the database's connections cut and refused. Every request that needs
 * the missing backend answers 503 1098 with {@code Retry-After} within the bound the client waits for, never a 500,
 * and the service serves again within moments of the backend's return, having logged the outage once.
 */
class OutageIT {

    /** What issue 22 allows a failed request to take, and the first success after the fault ends. */
    private static final Duration BOUND = Duration.ofSeconds(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger SEQ = new AtomicInteger();

    private static RedisProcess redis;
    private static FaultyProxy databaseLink;
    private static Server h2;
    private static ConfigurableApplicationContext service;
    private static int port;

    private final ListAppender<ILoggingEvent> outageLog = new ListAppender<>();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(RedisProcess.available(), "needs /usr/bin/redis-server");
        redis = RedisProcess.start(31000, 31499);
        String[] args = TestBackend.get().instanceArgs(Map.of("spring.data.redis.port", redis.port(),
                "spring.data.redis.cluster.nodes", "", // its own one Redis, to pause and kill, in a cluster run too
                "safety.redis.key-prefix", "sm-outage:", "spring.datasource.url", databaseBehindLink()));
        service = new SpringApplicationBuilder(SafetyMonthApplication.class).profiles("test").run(args);
        port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
    }

    /** A fresh database reached through a link the test can cut: H2 over TCP, or the MariaDB of {@code -Pmariadb}. */
    private static String databaseBehindLink() throws Exception {
        String url = TestBackend.get().newDatabaseUrl("outage");
        if (TestBackend.isMariaDb()) {
            databaseLink = FaultyProxy.start(3306);
            return url.replace("127.0.0.1:3306", "127.0.0.1:" + databaseLink.port());
        }
        h2 = Server.createTcpServer("-tcpPort", Integer.toString(EmbeddedServers.freePort()), "-ifNotExists").start();
        databaseLink = FaultyProxy.start(h2.getPort());
        return url.replace("jdbc:h2:mem:", "jdbc:h2:tcp://127.0.0.1:" + databaseLink.port() + "/mem:");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (redis != null) {
            redis.stop();
        }
        if (h2 != null) {
            h2.stop();
        }
    }

    @BeforeEach
    void captureOutageLog() {
        outageLog.start();
        ((Logger) LoggerFactory.getLogger(Outages.class)).addAppender(outageLog);
    }

    @AfterEach
    void backendsBack() {
        redis.resume();
        databaseLink.restore();
        Outages outages = service.getBean(Outages.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> !outages.isDown(Outages.Backend.REDIS) && !outages.isDown(Outages.Backend.DATABASE));
        ((Logger) LoggerFactory.getLogger(Outages.class)).detachAppender(outageLog);
    }

    @Test
    void whileRedisIsPausedRequestsThatNeedItAnswer503WithinTheBoundAndServeAgainWhenItResumes() {
        String token = login();
        redis.pause();

        for (int i = 0; i < 3; i++) {
            assertUnavailable(timed(() -> post("/api/app/auth/login", Map.of("code", freshCode()))));
        }
        Answer me = timed(() -> get("/api/app/me", token));
        assertThat(me.status()).as("sessions are in the database: a read that needs no Redis is served " + me).isEqualTo(200);
        Answer health = timed(() -> get("/actuator/health", null));
        assertThat(health.status()).as("health says so as fast: " + health).isEqualTo(503);
        assertThat(health.took()).isLessThan(BOUND);

        redis.resume();
        Answer back = firstSuccess(() -> post("/api/app/auth/login", Map.of("code", freshCode())));
        assertThat(back.took()).as("first success after Redis resumed").isLessThan(BOUND);
    }

    @Test
    void whenRedisIsKilledRequestsAnswer503AtOnceAndTheFirstLoginAfterItsRestartSucceedsWithinASecondOrSo() throws Exception {
        login();
        redis.kill();

        for (int i = 0; i < 20; i++) {
            assertUnavailable(timed(() -> post("/api/app/auth/login", Map.of("code", freshCode()))));
        }
        assertThat(timed(() -> get("/actuator/health", null)).status()).isEqualTo(503);

        redis.start();
        Answer back = firstSuccess(() -> post("/api/app/auth/login", Map.of("code", freshCode())));
        assertThat(back.took()).as("first login after Redis came back (empty)").isLessThan(Duration.ofMillis(1500));

        await().atMost(BOUND).until(() -> lines("ended").size() == 1);
        assertThat(lines("outage of Redis began")).as("one line when it began, for 20 refused requests").hasSize(1);
        assertThat(lines("outage of Redis ended")).as("and one when it ended").hasSize(1);
    }

    @Test
    void whileTheDatabaseIsUnreachableRequestsAnswer503WithinTheBoundAndServeAgainWhenItIsBack() {
        // H2 over TCP names a broken session with codes Hikari does not know (90067, 90098), so the pool keeps handing
        // out dead connections after the link is back; MariaDB's SQLSTATE 08 makes Hikari drop them, as in production
        assumeTrue(TestBackend.isMariaDb(), "the database outage is played on MariaDB (-Pmariadb)");
        String token = login();
        databaseLink.cut();

        for (int i = 0; i < 3; i++) {
            assertUnavailable(timed(() -> get("/api/app/me", token)));
        }
        Answer health = timed(() -> get("/actuator/health", null));
        assertThat(health.status()).as("health: " + health).isEqualTo(503);
        assertThat(health.took()).isLessThan(BOUND);

        databaseLink.restore();
        Answer back = firstSuccess(() -> get("/api/app/me", token));
        assertThat(back.took()).as("first success after the database came back").isLessThan(BOUND);
        assertThat(lines("outage of the database began")).hasSize(1);
    }

    private static void assertUnavailable(Answer a) {
        assertThat(a.status()).as(a.toString()).isEqualTo(503);
        assertThat(a.body()).as(a.toString()).contains("\"code\":1098");
        assertThat(a.retryAfter()).as(a.toString()).isEqualTo("2");
        assertThat(a.took()).as(a.toString()).isLessThan(BOUND);
    }

    private String login() {
        Answer r = post("/api/app/auth/login", Map.of("code", freshCode()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private static String freshCode() {
        return "outage" + SEQ.incrementAndGet() + "x" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
    }

    private List<String> lines(String containing) {
        return outageLog.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(containing)).toList();
    }

    /** Asks until it gets a 200, at most 10 s; {@code took} counts from the first try. */
    private static Answer firstSuccess(Supplier<Answer> request) {
        long start = System.nanoTime();
        while (true) {
            Answer a = request.get();
            if (a.status() == 200 || System.nanoTime() - start > Duration.ofSeconds(10).toNanos()) {
                assertThat(a.status()).as("no success within 10 s: " + a).isEqualTo(200);
                return new Answer(a.status(), a.body(), a.retryAfter(), Duration.ofNanos(System.nanoTime() - start));
            }
            assertThat(a.status()).as("while coming back: " + a).isIn(200, 503);
            sleep(50);
        }
    }

    private static Answer timed(Supplier<Answer> request) {
        long start = System.nanoTime();
        Answer a = request.get();
        return new Answer(a.status(), a.body(), a.retryAfter(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static Answer get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    private static Answer post(String path, Map<String, String> body) {
        String json = body.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .reduce((x, y) -> x + "," + y).map(s -> "{" + s + "}").orElse("{}");
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null), Duration.ZERO);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Answer(int status, String body, String retryAfter, Duration took) {
    }
}
