package cn.safetymonth.common;

import cn.safetymonth.common.redis.RedisKeyPrefix;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.redis.spring.RedisLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/** Scheduled jobs run once across instances: each takes a lock in Redis before it runs. */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfig {

    @Bean
    LockProvider lockProvider(RedisConnectionFactory redis, RedisKeyPrefix prefix) {
        return new RedisLockProvider(redis, "jobs", prefix.key("lock"));
    }
}
