package cn.safetymonth.identity;

import cn.safetymonth.audit.AuditKind;
import cn.safetymonth.audit.AuditLog;
import cn.safetymonth.common.limit.RateLimits;
import cn.safetymonth.common.web.ClientAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The owner's way in that a stranger who knows the username lacks: a six-digit code sent to the WeChat already bound to
 * the account. Given with the password, it passes the account's lock. It is good once, for a few minutes, for a few
 * tries; asking for one answers the same whether or not the account exists or has a WeChat, so nothing is learnt.
 */
@Component
class LoginCodes {

    static final String TEMPLATE = "staff-login-code";
    private static final String TRIES = "login-code-tries";
    private static final String REQUESTS = "login-code-requests";
    private static final String REQUESTS_CLIENT = "login-code-requests-client";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Deletes the code only if it is still the one given: of two logins with one code, one wins. */
    private static final RedisScript<Long> TAKE = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end", Long.class);

    private final AdminAccountMapper accounts;
    private final StringRedisTemplate redis;
    private final IdentityRedisKeys keys;
    private final RateLimits limits;
    private final IdentityProperties props;
    private final AccountActors actors;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginCodes(AdminAccountMapper accounts, StringRedisTemplate redis, IdentityRedisKeys keys, RateLimits limits,
               IdentityProperties props, AccountActors actors, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.redis = redis;
        this.keys = keys;
        this.limits = limits;
        this.props = props;
        this.actors = actors;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    IdentityWeb.LoginCodeResp send(String typedUsername) {
        String username = Usernames.normalise(typedUsername);
        String client = ClientAddress.current();
        if (client != null) {
            limits.take(REQUESTS_CLIENT, client, props.loginCodeRequestsPerClient(), "此网络获取验证码过于频繁");
        }
        limits.take(REQUESTS, username, props.loginCodeRequests(), "验证码获取过于频繁");
        AdminAccountEntity account = accounts.findByUsername(username);
        if (account != null && Boolean.TRUE.equals(account.getEnabled()) && account.getWorkerId() != null) {
            String code = String.format("%06d", RANDOM.nextInt(1_000_000));
            // the expiry is kept with the code and read by the service's clock; Redis's own TTL only clears it away
            long expires = clock.millis() + props.loginCodeTtl().toMillis();
            redis.opsForValue().set(keys.loginCode(account.getId()), hash(code) + ":" + expires, props.loginCodeTtl());
            limits.reset(TRIES, account.getId());
            String until = MINUTE.format(LocalDateTime.now(clock).plus(props.loginCodeTtl()));
            events.publishEvent(new StaffAccountMessage(account.getId(), account.getWorkerId(), null, "staff.login-code",
                    "管理后台登录验证码：" + code,
                    "验证码 " + code + "，用于登录管理后台账号 " + account.getUsername() + "，" + until + " 前有效，只能用一次。"
                            + "请勿告诉任何人；不是本人操作请忽略，并留意账号安全。",
                    TEMPLATE, "pages/index/index", Map.of("character_string1", code, "time2", until)));
            audit.record(AuditKind.LOGIN_CODE_SENT, actors.actor(account), "admin-account", account.getId(), "验证码已发送到本人绑定的微信");
        }
        return new IdentityWeb.LoginCodeResp(props.loginCodeTtl().toSeconds());
    }

    /**
     * The account's current code if {@code code} is it; a wrong one uses a try, the last try voids it. Refuses with 400.
     * Returns what {@link #consume} needs to use it up.
     */
    String check(AdminAccountEntity account, String code) {
        String stored = account == null ? null : redis.opsForValue().get(keys.loginCode(account.getId()));
        int colon = stored == null ? -1 : stored.indexOf(':');
        if (colon < 0 || Long.parseLong(stored.substring(colon + 1)) <= clock.millis()) {
            throw IdentityErrorCodes.LOGIN_CODE_INVALID.exception();
        }
        if (limits.tryTake(TRIES, account.getId(), props.loginCodeTries()).isPresent()) {
            redis.delete(keys.loginCode(account.getId()));
            throw IdentityErrorCodes.LOGIN_CODE_INVALID.exception();
        }
        if (!MessageDigest.isEqual(stored.substring(0, colon).getBytes(StandardCharsets.US_ASCII), hash(code).getBytes(StandardCharsets.US_ASCII))) {
            throw IdentityErrorCodes.LOGIN_CODE_INVALID.exception();
        }
        return stored;
    }

    /** Uses up the code {@link #check} returned; false if another login used it first. */
    boolean consume(long accountId, String checked) {
        Long n = redis.execute(TAKE, List.of(keys.loginCode(accountId)), checked);
        return n != null && n == 1;
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
