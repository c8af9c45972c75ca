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
        String token = newToken();
        String hash = hash(token);
        Duration ttl = props.workerTokenTtl();
        redis.opsForValue().set(keys.workerToken(hash), Long.toString(workerId), ttl);
        String set = keys.workerTokens(workerId);
        redis.opsForSet().add(set, hash);
        redis.expire(set, ttl);
        return token;
    }

    /** 注销 ends every session of the worker at once. */
    void revokeAllWorkerTokens(long workerId) {
        String set = keys.workerTokens(workerId);
        Set<String> hashes = redis.opsForSet().members(set);
        if (hashes != null && !hashes.isEmpty()) {
            redis.delete(hashes.stream().map(keys::workerToken).toList());
        }
        redis.delete(set);
    }

    Optional<Long> workerOf(String token) {
        return read(keys.workerToken(hash(token)));
    }

    void revokeWorkerToken(String token) {
        redis.delete(keys.workerToken(hash(token)));
    }

    String issueAdminToken(long accountId) {
        String token = newToken();
        String hash = hash(token);
        Duration ttl = props.adminTokenTtl();
        redis.opsForValue().set(keys.adminToken(hash), Long.toString(accountId), ttl);
        String set = keys.adminTokens(accountId);
        redis.opsForSet().add(set, hash);
        redis.expire(set, ttl);
        return token;
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
        String set = keys.adminTokens(accountId);
        Set<String> hashes = redis.opsForSet().members(set);
        if (hashes != null && !hashes.isEmpty()) {
            redis.delete(hashes.stream().map(keys::adminToken).toList());
        }
        redis.delete(set);
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
