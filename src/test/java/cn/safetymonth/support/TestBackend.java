package cn.safetymonth.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Where the integration suite runs, chosen by the system property {@code it.backend}:
 * <ul>
 *   <li>{@code embedded} (default): H2 in MySQL mode and an embedded Redis server</li>
 *   <li>{@code mariadb} ({@code mvn test -Pmariadb}): the MariaDB and Redis on 127.0.0.1, in a fresh
 *       database and a fresh key prefix for this run, both removed at the end</li>
 * </ul>
 * and, whichever of them, by {@code it.redis}: {@code cluster} ({@code mvn test -Dit.redis=cluster}) puts every Spring
 * context on a Redis Cluster of three masters started once per JVM ({@link RedisCluster}, on the first free ports from
 * 30101) instead of that backend's one Redis. S3 (S3Proxy) and WeChat (the stub) are in-process in all.
 */
public final class TestBackend {

    private static TestBackend instance;

    private final String run;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final int redisPort;
    private final String redisClusterNodes;
    private final String keyPrefix;
    private final int s3Port;
    private final FaultyProxy s3Link;
    private final WeChatStub wechat;

    private TestBackend() throws Exception {
        run = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss")) + "_"
                + UUID.randomUUID().toString().substring(0, 6);
        s3Port = EmbeddedServers.freePort();
        var s3 = EmbeddedServers.s3(s3Port, null);
        s3Link = FaultyProxy.start(s3Port);
        wechat = WeChatStub.start(0);
        if (isMariaDb()) {
            String db = "sm_it_" + run;
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
                 Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            jdbcUrl = "jdbc:mariadb://127.0.0.1:3306/" + db;
            jdbcUser = "root";
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropMariaDb(db)));
        } else {
            jdbcUrl = "jdbc:h2:mem:sm_" + run + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
            jdbcUser = "sa";
        }
        if (isRedisCluster()) {
            RedisCluster cluster = RedisCluster.start(30101, 30149);
            redisPort = cluster.firstPort();
            redisClusterNodes = cluster.nodes();
            keyPrefix = "sm-it:";
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop));
        } else if (isMariaDb()) {
            redisPort = 6379;
            redisClusterNodes = "";
            keyPrefix = "sm-it-" + run + ":";
            Runtime.getRuntime().addShutdownHook(new Thread(this::cleanUpSharedRedis));
        } else {
            redisPort = EmbeddedServers.freePort();
            redisClusterNodes = "";
            var redis = EmbeddedServers.redis(redisPort, null);
            keyPrefix = "sm-it:";
            Runtime.getRuntime().addShutdownHook(new Thread(() -> EmbeddedServers.stopQuietly(redis)));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            wechat.stop();
            try {
                s3.stop();
            } catch (Exception ignored) {
                // JVM is exiting
            }
        }));
    }

    public static synchronized TestBackend get() {
        if (instance == null) {
            try {
                instance = new TestBackend();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the test backend", e);
            }
        }
        return instance;
    }

    public static boolean isMariaDb() {
        return "mariadb".equalsIgnoreCase(System.getProperty("it.backend", "embedded"));
    }

    public static boolean isRedisCluster() {
        return "cluster".equalsIgnoreCase(System.getProperty("it.redis", ""));
    }

    /** Another empty database on the same server, for a test that boots a context of its own. */
    public String newDatabaseUrl(String name) {
        if (!isMariaDb()) {
            return "jdbc:h2:mem:sm_" + run + "_" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        }
        String db = "sm_it_" + run + "_" + name;
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropMariaDb(db)));
        return "jdbc:mariadb://127.0.0.1:3306/" + db;
    }

    /** The service reaches S3 through this link; a test cuts it to play a storage outage. */
    public FaultyProxy s3Link() {
        return s3Link;
    }

    public WeChatStub wechat() {
        return wechat;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    /** {@code SAFETY_REDIS_CLUSTER_NODES} of this run: the cluster's nodes, or empty for one Redis. */
    public String redisClusterNodes() {
        return redisClusterNodes;
    }

    public void register(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", () -> jdbcUrl);
        r.add("spring.datasource.username", () -> jdbcUser);
        r.add("spring.datasource.password", () -> "");
        r.add("spring.data.redis.host", () -> "127.0.0.1");
        r.add("spring.data.redis.port", () -> redisPort);
        r.add("spring.data.redis.cluster.nodes", () -> redisClusterNodes);
        r.add("safety.redis.key-prefix", () -> keyPrefix);
        r.add("safety.storage.endpoint", () -> "http://127.0.0.1:" + s3Link.port());
        r.add("safety.storage.access-key", () -> EmbeddedServers.S3_ACCESS_KEY);
        r.add("safety.storage.secret-key", () -> EmbeddedServers.S3_SECRET_KEY);
        r.add("safety.wechat.api-host-url", wechat::url);
    }

    /** What {@link #register} gives, as a map. */
    private Map<String, Object> properties() {
        Map<String, Object> props = new LinkedHashMap<>();
        register(new DynamicPropertyRegistry() {
            @Override
            public void add(String name, Supplier<Object> value) {
                props.put(name, value.get());
            }
        });
        return props;
    }

    /**
     * The command line of an instance of the service a test starts itself: this backend, a random port, and then
     * {@code overrides} (its own database, Redis or key prefix).
     */
    public String[] instanceArgs(Map<String, Object> overrides) {
        Map<String, Object> props = properties();
        props.put("server.port", 0);
        props.putAll(overrides);
        return props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    private static void dropMariaDb(String db) {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + db);
        } catch (Exception ignored) {
            // best effort at exit
        }
    }

    /** This run's keys on the machine's Redis (never a flush: others use it too). */
    private void cleanUpSharedRedis() {
        try (var client = io.lettuce.core.RedisClient.create("redis://127.0.0.1:6379");
             var conn = client.connect()) {
            var cmd = conn.sync();
            var cursor = io.lettuce.core.ScanCursor.INITIAL;
            do {
                var page = cmd.scan(cursor, io.lettuce.core.ScanArgs.Builder.matches(keyPrefix + "*").limit(500));
                if (!page.getKeys().isEmpty()) {
                    cmd.del(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
        } catch (Exception ignored) {
            // best effort at exit
        }
    }
}
