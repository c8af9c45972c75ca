package cn.safetymonth.common;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * Scheduled jobs run once across instances: each takes a lock in the shared database (table shedlock) before it
 * runs. Not in Redis: a lock command Lettuce had given up on after its timeout still ran when a paused Redis
 * resumed, and the lock then belonged to nobody until lockAtMostFor (30 minutes of no statistics fold). A JDBC
 * client has no such timeout of its own: it waits for its statement's answer, so whoever's statement took the lock
 * hears so and runs the job, and a database that is down refuses the connection before anything is sent.
 * The database's clock decides when a lock has expired, so instances with skewed clocks agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
