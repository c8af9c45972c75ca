package cn.safetymonth;

import cn.safetymonth.support.Concurrently;
import cn.safetymonth.support.TestBackend;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the first deployment start at the same moment on one empty database: both come up, and what the
 * start-up tasks write (the union tree seed, the platform admin, the quiz content) is there once.
 */
class StartTogetherIT {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Test
    void twoInstancesStartedAtOnceOnAnEmptyDatabaseBothComeUpAndSeedOnce() throws Exception {
        String database = TestBackend.get().newDatabaseUrl("together" + RUN.incrementAndGet());
        String[] args = args(database);

        // what is raced is the start-up tasks, not Boot's logging set-up: two applications initialising the one logback
        // context at once fail with "Unable to find Spring Environment in logger context", so these two leave it alone
        String logging = System.getProperty(LoggingSystem.SYSTEM_PROPERTY);
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        List<ConfigurableApplicationContext> instances;
        try {
            instances = Concurrently.run(2, () -> new SpringApplicationBuilder(SafetyMonthApplication.class).profiles("test").run(args));
        } finally {
            if (logging == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, logging);
            }
        }
        try {
            JdbcTemplate jdbc = instances.get(0).getBean(JdbcTemplate.class);
            assertThat(instances).allMatch(ConfigurableApplicationContext::isActive);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_union", Integer.class))
                    .as("the seed's unions, once").isPositive()
                    .isEqualTo(jdbc.queryForObject("SELECT COUNT(DISTINCT code) FROM org_union", Integer.class));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_account WHERE role = 'PLATFORM_ADMIN'", Integer.class))
                    .as("one platform admin").isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quiz_level", Integer.class)).as("the quiz levels, once")
                    .isPositive().isEqualTo(jdbc.queryForObject("SELECT COUNT(DISTINCT code) FROM quiz_level", Integer.class));
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
        }
    }

    private static String[] args(String database) {
        return TestBackend.get().instanceArgs(Map.of("spring.datasource.url", database,
                "safety.redis.key-prefix", TestBackend.get().keyPrefix() + "together" + RUN.get() + ":"));
    }
}
