package cn.safetymonth.identity;

import cn.safetymonth.identity.AuthSessionEntity.Kind;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Opaque bearer tokens, each a row of {@code auth_session} (its SHA-256, its owner, its expiry), so any instance can
 * check them, logout and a password change end them at once everywhere, and a Redis restarted empty logs nobody out.
 *
 * <p>Not cached in Redis: a cache saves no round trip (a hit is one to Redis instead of one to the database, by a
 * primary key), and it would have to be told of every revocation, including one made while Redis was paused, when the
 * cached entry would come back alive with Redis. So sessions need only the database, and work through a Redis outage.
 */
@Component
class TokenStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthSessionMapper sessions;
    private final IdentityProperties props;

    TokenStore(AuthSessionMapper sessions, IdentityProperties props) {
        this.sessions = sessions;
        this.props = props;
    }

    String issueWorkerToken(long workerId) {
        return issue(Kind.WORKER, workerId, props.workerTokenTtl());
    }

    /** 注销 ends every session of the worker at once. */
    void revokeAllWorkerTokens(long workerId) {
        sessions.closeAll(Kind.WORKER, workerId);
    }

    Optional<Long> workerOf(String token) {
        return Optional.ofNullable(sessions.ownerOf(hash(token), Kind.WORKER));
    }

    void revokeWorkerToken(String token) {
        sessions.close(hash(token), Kind.WORKER);
    }

    String issueAdminToken(long accountId) {
        return issue(Kind.ADMIN, accountId, props.adminTokenTtl());
    }

    Optional<Long> adminOf(String token) {
        return Optional.ofNullable(sessions.ownerOf(hash(token), Kind.ADMIN));
    }

    void revokeAdminToken(String token) {
        sessions.close(hash(token), Kind.ADMIN);
    }

    /** Ends every session of an account: after a password change or reset, or when it is disabled. */
    void revokeAllAdminTokens(long accountId) {
        sessions.closeAll(Kind.ADMIN, accountId);
    }

    private String issue(Kind kind, long owner, Duration ttl) {
        String token = newToken();
        sessions.open(hash(token), kind, owner, ttl.toSeconds());
        return token;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the table keeps of a token: its SHA-256 in hex. */
    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
