package cn.safetymonth.common;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisReadOnlyException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.MyBatisSystemException;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Redis and database outages, in the shapes the libraries throw them, answer 503 with a retry hint; bugs stay 500s. */
class OutageResponseTest {

    private final AtomicBoolean redisBack = new AtomicBoolean();
    private final Outages outages = new Outages(probes());
    private final GlobalExceptionHandler handler = new GlobalExceptionHandler(outages);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        logged.start();
        ((Logger) LoggerFactory.getLogger(Outages.class)).addAppender(logged);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(Outages.class)).detachAppender(logged);
        outages.destroy();
    }

    @Test
    void redisOutOfReachIsA503WithRetryAfterHoweverItIsWrapped() {
        assertUnavailable(new RedisConnectionFailureException("Unable to connect to Redis",
                new RedisConnectionException("Unable to connect to 127.0.0.1:6379", new ConnectException("Connection refused"))));
        // Spring Data's translation of a command timeout (Redis paused)
        assertUnavailable(new QueryTimeoutException("Redis command timed out", new RedisCommandTimeoutException("Command timed out after 2 second(s)")));
        // Lettuce rejecting commands while disconnected, through Spring Data
        assertUnavailable(new RedisSystemException("Unknown redis exception", new RedisException("Currently not connected. Commands are rejected.")));
        // Bucket4j talks to Lettuce directly: nothing translates its exceptions
        assertUnavailable(new RedisCommandTimeoutException("Command timed out after 2 second(s)"));
    }

    @Test
    void aRedisClusterInAFailoverIsA503() {
        // a master failed and its replica is not promoted yet: every node refuses
        assertUnavailable(new RedisSystemException("Error in execution",
                new RedisCommandExecutionException("CLUSTERDOWN The cluster is down")));
        // a slot being moved, for a command of several keys
        assertUnavailable(new RedisCommandExecutionException("TRYAGAIN Multiple keys request during rehashing of slot"));
        // the old master, now a replica, written to before the client re-read the topology
        assertUnavailable(new RedisSystemException("Error in execution",
                new RedisReadOnlyException("READONLY You can't write against a read only replica.")));
    }

    @Test
    void aDatabaseOutOfReachIsA503WithRetryAfterHoweverItIsWrapped() {
        var poolTimeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 2000ms");
        // @Transactional opening its connection
        assertUnavailable(new CannotCreateTransactionException("Could not open JDBC Connection for transaction", poolTimeout));
        // a MyBatis mapper outside a transaction
        assertUnavailable(new MyBatisSystemException(new PersistenceException(
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout))));
        // the server went away in the middle of a statement
        assertUnavailable(new DataAccessResourceFailureException("Connection closed",
                new SQLNonTransientConnectionException("Socket error", "08000")));
    }

    @Test
    void aRefusalByABackendThatIsUpStaysA500() {
        var wrongType = new RedisSystemException("Error in execution",
                new RedisCommandExecutionException("WRONGTYPE Operation against a key holding the wrong kind of value"));
        var badSql = new BadSqlGrammarException("select", "SELECT nope", new SQLSyntaxErrorException("Unknown column 'nope'", "42S22"));
        for (Exception bug : new Exception[] {wrongType, badSql, new IllegalStateException("bug")}) {
            ResponseEntity<ApiResponse<Void>> r = handler.unexpected(bug);
            assertThat(r.getStatusCode().value()).as(bug.toString()).isEqualTo(500);
            assertThat(r.getBody().code()).isEqualTo(CommonErrorCodes.INTERNAL.code());
        }
        assertThat(outages.isDown(Outages.Backend.REDIS)).isFalse();
        assertThat(outages.isDown(Outages.Backend.DATABASE)).isFalse();
    }

    @Test
    void anOutageIsLoggedWhenItBeginsAndWhenItEndsNotOncePerRequest() {
        for (int i = 0; i < 50; i++) {
            handler.unexpected(new QueryTimeoutException("Redis command timed out", new RedisCommandTimeoutException("timed out")));
        }
        assertThat(outages.isDown(Outages.Backend.REDIS)).isTrue();
        assertThat(messages()).hasSize(1).first().asString().contains("outage of Redis began").contains("RedisCommandTimeoutException");

        redisBack.set(true);
        await().until(() -> !outages.isDown(Outages.Backend.REDIS));
        assertThat(messages()).hasSize(2).last().asString().contains("outage of Redis ended").contains("50 requests answered 503");

        redisBack.set(false);
        handler.unexpected(new RedisConnectionFailureException("Unable to connect to Redis"));
        assertThat(messages()).hasSize(3).last().asString().contains("outage of Redis began");
    }

    private void assertUnavailable(Exception e) {
        ResponseEntity<ApiResponse<Void>> r = handler.unexpected(e);
        assertThat(r.getStatusCode().value()).as(e.toString()).isEqualTo(503);
        assertThat(r.getBody().code()).isEqualTo(1098);
        assertThat(r.getBody().msg()).isEqualTo("服务暂时不可用，请稍后重试");
        assertThat(r.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
    }

    private java.util.List<String> messages() {
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private Map<Outages.Backend, Outages.Probe> probes() {
        Map<Outages.Backend, Outages.Probe> probes = new EnumMap<>(Outages.Backend.class);
        probes.put(Outages.Backend.REDIS, () -> {
            if (!redisBack.get()) {
                throw new RedisConnectionException("still down");
            }
        });
        probes.put(Outages.Backend.DATABASE, () -> {
            throw new SQLTransientConnectionException("still down");
        });
        return probes;
    }
}
