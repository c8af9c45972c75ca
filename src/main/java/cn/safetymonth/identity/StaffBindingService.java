package cn.safetymonth.identity;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Duration;

/**
 * Binds a staff account to its holder's own WeChat: the console shows a one-time six-digit code, the staff member
 * types it in the mini-program. Nothing else is needed, and the account's password never meets the phone.
 */
@Service
class StaffBindingService {

    static final Duration CODE_TTL = Duration.ofMinutes(10);
    static final int MAX_TRIES = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;
    private final IdentityRedisKeys keys;
    private final AdminAccountMapper accounts;

    StaffBindingService(StringRedisTemplate redis, IdentityRedisKeys keys, AdminAccountMapper accounts) {
        this.redis = redis;
        this.keys = keys;
        this.accounts = accounts;
    }

    IdentityWeb.BindingCodeResp newCode(long accountId) {
        for (int i = 0; i < 10; i++) {
            String code = String.format("%06d", RANDOM.nextInt(1_000_000));
            if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(keys.staffBinding(code), Long.toString(accountId), CODE_TTL))) {
                return new IdentityWeb.BindingCodeResp(code, CODE_TTL.toSeconds());
            }
        }
        throw new IllegalStateException("no free binding code");
    }

    /**
     * The code works once: taken and deleted in one step, so two phones cannot both bind with it. A worker gets five
     * tries in ten minutes, so a million codes cannot be walked through.
     */
    void bind(long workerId, String code) {
        Long tries = redis.opsForValue().increment(keys.staffBindingTries(workerId));
        if (tries != null && tries == 1) {
            redis.expire(keys.staffBindingTries(workerId), CODE_TTL);
        }
        if (tries != null && tries > MAX_TRIES) {
            throw cn.safetymonth.common.CommonErrorCodes.TOO_MANY_REQUESTS.exception("绑定码输错次数过多，请 10 分钟后再试");
        }
        String account = redis.opsForValue().getAndDelete(keys.staffBinding(code));
        if (account == null || accounts.bindWorker(Long.parseLong(account), workerId) == 0) {
            throw IdentityErrorCodes.BINDING_CODE_INVALID.exception();
        }
    }

    void unbind(long accountId) {
        accounts.bindWorker(accountId, null);
    }
}
