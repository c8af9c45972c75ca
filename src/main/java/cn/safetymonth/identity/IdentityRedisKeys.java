package cn.safetymonth.identity;

import cn.safetymonth.common.redis.RedisKeyPrefix;
import org.springframework.stereotype.Component;

/**
 * Keys of the identity module (after the service-wide prefix):
 * <ul>
 *   <li>{@code auth:worker:{sha256(token)}} → worker id, TTL = worker token TTL</li>
 *   <li>{@code auth:worker-tokens:{workerId}} → set of that worker's token hashes (revoked together by 注销)</li>
 *   <li>{@code auth:admin:{sha256(token)}} → admin account id, TTL = admin token TTL</li>
 *   <li>{@code auth:admin-tokens:{accountId}} → set of that account's token hashes (revoked together)</li>
 *   <li>{@code auth:staff-binding:{code}} → admin account id, TTL 10 minutes, deleted when used</li>
 *   <li>{@code auth:login-code:{accountId}} → "{SHA-256 of the login code}:{expiry, epoch ms}" of the code last sent to
 *       the holder's WeChat (the expiry read by the service's clock), TTL = its life, deleted when used or when its
 *       tries run out</li>
 * </ul>
 * Counters (wrong passwords, binding and login-code tries) are {@link cn.safetymonth.common.limit.RateLimits} buckets,
 * under {@code limit:…}.
 * Only hashes of tokens are stored, so a copy of Redis holds no usable token.
 */
@Component
class IdentityRedisKeys {

    private final RedisKeyPrefix prefix;

    IdentityRedisKeys(RedisKeyPrefix prefix) {
        this.prefix = prefix;
    }

    String workerToken(String tokenHash) {
        return prefix.key("auth:worker:" + tokenHash);
    }

    String adminToken(String tokenHash) {
        return prefix.key("auth:admin:" + tokenHash);
    }

    String workerTokens(long workerId) {
        return prefix.key("auth:worker-tokens:" + workerId);
    }

    String adminTokens(long accountId) {
        return prefix.key("auth:admin-tokens:" + accountId);
    }

    /** A one-time code that binds a staff account to the WeChat user who types it in the mini-program. */
    String staffBinding(String code) {
        return prefix.key("auth:staff-binding:" + code);
    }

    String loginCode(long accountId) {
        return prefix.key("auth:login-code:" + accountId);
    }
}
