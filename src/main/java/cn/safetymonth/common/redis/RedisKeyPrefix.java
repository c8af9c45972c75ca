package cn.safetymonth.common.redis;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The prefix in front of every Redis key of this service ("sm:" by default), so several
 * deployments or test runs can share one Redis server without touching each other's keys.
 */
@Component
public class RedisKeyPrefix {

    private final String prefix;

    public RedisKeyPrefix(@Value("${safety.redis.key-prefix:sm:}") String prefix) {
        this.prefix = prefix;
    }

    public String key(String suffix) {
        return prefix + suffix;
    }

    public String value() {
        return prefix;
    }
}
