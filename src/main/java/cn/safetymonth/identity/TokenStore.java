package cn.safetymonth.identity;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Opaque bearer tokens kept in Redis with a TTL, so any instance can check them and logout revokes them. */
@Component
class TokenStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;
    private final IdentityRedisKeys keys;
    private final IdentityProperties props;

    TokenStore(StringRedisTemplate redis, IdentityRedisKeys keys, IdentityProperties props) {
        this.redis = redis;
        this.keys = keys;
        this.props = props;
    }

    String issueWorkerToken(long workerId) {
        return issue(keys::workerToken, keys.workerTokens(workerId), workerId, props.workerTokenTtl());
    }

    /** 注销 ends every session of the worker at once. */
    void revokeAllWorkerTokens(long workerId) {
        revokeAll(keys::workerToken, keys.workerTokens(workerId));
    }

    Optional<Long> workerOf(String token) {
        return read(keys.workerToken(hash(token)));
    }

    void revokeWorkerToken(String token) {
        redis.delete(keys.workerToken(hash(token)));
    }

    String issueAdminToken(long accountId) {
        return issue(keys::adminToken, keys.adminTokens(accountId), accountId, props.adminTokenTtl());
    }

    Optional<Long> adminOf(String token) {
        return read(keys.adminToken(hash(token)));
    }

    void revokeAdminToken(long accountId, String token) {
        String hash = hash(token);
        redis.delete(keys.adminToken(hash));
        redis.opsForSet().remove(keys.adminTokens(accountId), hash);
    }

    /** Ends every session of an account: after a password change or reset, or when it is disabled. */
    void revokeAllAdminTokens(long accountId) {
        revokeAll(keys::adminToken, keys.adminTokens(accountId));
    }

    /** A token is kept only as its hash, under its own key and in its owner's set, so every session can be ended. */
    private String issue(UnaryOperator<String> tokenKey, String ownerSet, long owner, Duration ttl) {
        String token = newToken();
        String hash = hash(token);
        redis.opsForValue().set(tokenKey.apply(hash), Long.toString(owner), ttl);
        redis.opsForSet().add(ownerSet, hash);
        redis.expire(ownerSet, ttl);
        return token;
    }

    private void revokeAll(UnaryOperator<String> tokenKey, String ownerSet) {
        Set<String> hashes = redis.opsForSet().members(ownerSet);
        if (hashes != null && !hashes.isEmpty()) {
            redis.delete(hashes.stream().map(tokenKey).toList());
        }
        redis.delete(ownerSet);
    }

    private Optional<Long> read(String key) {
        String value = redis.opsForValue().get(key);
        return Optional.ofNullable(value).map(Long::valueOf);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
