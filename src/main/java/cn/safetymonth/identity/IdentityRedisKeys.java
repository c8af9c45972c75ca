package cn.safetymonth.identity;

import cn.safetymonth.common.redis.RedisKeyPrefix;
import org.springframework.stereotype.Component;

/**
 * Keys of the identity module (after the service-wide prefix):
 * <ul>
 *   <li>{@code auth:staff-binding:{code}} → admin account id, TTL 10 minutes, deleted when used</li>
 *   <li>{@code auth:login-code:{accountId}} → "{SHA-256 of the login code}:{expiry, epoch ms}" of the code last sent to
 *       the holder's WeChat (the expiry read by the service's clock), TTL = its life, deleted when used or when its
 *       tries run out</li>
 * </ul>
 * Counters (wrong passwords, binding and login-code tries) are {@link cn.safetymonth.common.limit.RateLimits} buckets,
 * under {@code limit:…}.
 * Sessions (bearer tokens) are not in Redis but in the database ({@link TokenStore}), so they outlive a Redis restart.
 */
@Component
class IdentityRedisKeys {

    private final RedisKeyPrefix prefix;

    IdentityRedisKeys(RedisKeyPrefix prefix) {
        this.prefix = prefix;
    }

    /** A one-time code that binds a staff account to the WeChat user who types it in the mini-program. */
    String staffBinding(String code) {
        return prefix.key("auth:staff-binding:" + code);
    }

    String loginCode(long accountId) {
        return prefix.key("auth:login-code:" + accountId);
    }
}
