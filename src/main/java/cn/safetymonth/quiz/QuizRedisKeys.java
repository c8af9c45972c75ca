package cn.safetymonth.quiz;

import cn.safetymonth.common.redis.RedisKeyPrefix;
import org.springframework.stereotype.Component;

/**
 * Keys of the quiz module (after the service-wide prefix):
 * <ul>
 *   <li>{@code quiz:content-version} → counter bumped by every content import; instances reload when it moves</li>
 * </ul>
 */
@Component
class QuizRedisKeys {

    private final RedisKeyPrefix prefix;

    QuizRedisKeys(RedisKeyPrefix prefix) {
        this.prefix = prefix;
    }

    String contentVersion() {
        return prefix.key("quiz:content-version");
    }
}
