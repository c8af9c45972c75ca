package cn.safetymonth.common;

import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import io.lettuce.core.RedisReadOnlyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells a backend that is out of reach (Redis, the database) from a bug, and logs each outage twice: once when the
 * first request meets it and once when a probe finds the backend back. The requests in between answer 503 without a
 * log line each, so a 20-second outage under load is two lines instead of thousands of stack traces.
 *
 * <p>Not a scanned component: {@link GlobalExceptionHandler} imports it, so web-slice tests have it too.
 */
public class Outages implements DisposableBean {

    /** What the 503 tells the client to wait: the pools' timeouts are about as long, and Lettuce reconnects faster. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    static final Duration PROBE_INTERVAL = Duration.ofMillis(200);

    private static final Logger log = LoggerFactory.getLogger(Outages.class);

    public enum Backend { REDIS, DATABASE }

    /** Succeeds only when the backend answers. */
    @FunctionalInterface
    interface Probe {
        void check() throws Exception;
    }

    private final Map<Backend, Probe> probes;
    private final Map<Backend, Outage> current = new EnumMap<>(Backend.class);
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outage-probe");
        t.setDaemon(true);
        return t;
    });

    private record Outage(long startedNanos, AtomicInteger refused) {
    }

    @Autowired
    Outages(ObjectProvider<RedisConnectionFactory> redis, ObjectProvider<DataSource> database) {
        this(Map.of(
                Backend.REDIS, () -> {
                    try (var c = redis.getObject().getConnection()) {
                        c.ping();
                    }
                },
                Backend.DATABASE, () -> {
                    try (Connection c = database.getObject().getConnection()) {
                        if (!c.isValid(1)) {
                            throw new SQLException("connection not valid");
                        }
                    }
                }));
    }

    Outages(Map<Backend, Probe> probes) {
        this.probes = probes;
    }

    /** The backend this failure says is out of reach, looking through the wrappers (MyBatis, Spring, Lettuce). */
    public static Optional<Backend> backendOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isRedisOutage(t)) {
                return Optional.of(Backend.REDIS);
            }
            if (isDatabaseOutage(t)) {
                return Optional.of(Backend.DATABASE);
            }
        }
        return Optional.empty();
    }

    private static boolean isRedisOutage(Throwable t) {
        if (t instanceof RedisConnectionFailureException || t instanceof RedisLoadingException || t instanceof RedisBusyException
                || t instanceof RedisReadOnlyException || isClusterInTransition(t)) {
            return true;
        }
        // a command Redis executed and refused (WRONGTYPE, a script error) is a bug; everything else Lettuce throws
        // is about reaching it: timeouts, not connected, connection closed
        return t instanceof RedisException && !(t instanceof RedisCommandExecutionException);
    }

    /**
     * A Redis Cluster between a master's failure and its replica's promotion refuses with CLUSTERDOWN, one resharding
     * a slot with TRYAGAIN; a demoted master the client still writes to until its next topology refresh answers
     * READONLY (above). All pass within seconds.
     */
    private static boolean isClusterInTransition(Throwable t) {
        String reply = t instanceof RedisCommandExecutionException ? t.getMessage() : null;
        return reply != null && (reply.startsWith("CLUSTERDOWN") || reply.startsWith("TRYAGAIN"));
    }

    private static boolean isDatabaseOutage(Throwable t) {
        if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true; // SQLSTATE class 08: connection exception
        }
        return t instanceof DataAccessResourceFailureException && !(t instanceof RedisConnectionFailureException);
    }

    /** A request met the backend out of reach: the first one of an outage logs it and starts probing for its end. */
    public void failed(Backend backend, Throwable cause) {
        synchronized (current) {
            Outage outage = current.get(backend);
            if (outage != null) {
                outage.refused().incrementAndGet();
                return;
            }
            current.put(backend, new Outage(System.nanoTime(), new AtomicInteger(1)));
        }
        log.warn("outage of {} began: {}; requests that need it answer 503 until it is back", name(backend), describe(cause));
        schedule(backend);
    }

    /** Whether an outage of the backend has been seen and not yet found over. */
    public boolean isDown(Backend backend) {
        synchronized (current) {
            return current.containsKey(backend);
        }
    }

    private void schedule(Backend backend) {
        if (!prober.isShutdown()) {
            prober.schedule(() -> probe(backend), PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void probe(Backend backend) {
        try {
            probes.get(backend).check();
        } catch (Exception stillDown) {
            schedule(backend);
            return;
        }
        Outage ended;
        synchronized (current) {
            ended = current.remove(backend);
        }
        if (ended != null) {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ended.startedNanos());
            log.warn("outage of {} ended after {} ms; {} requests answered 503 meanwhile", name(backend), ms, ended.refused().get());
        }
    }

    private static String name(Backend backend) {
        return backend == Backend.REDIS ? "Redis" : "the database";
    }

    /** The innermost cause's type and message: enough to tell a refused connection from a timeout. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
    }

    @Override
    public void destroy() {
        prober.shutdownNow();
    }
}
