package cn.safetymonth.identity;

import cn.safetymonth.audit.AuditActor;
import cn.safetymonth.audit.AuditKind;
import cn.safetymonth.audit.AuditLog;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.limit.RateLimits;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Duration;

/**
 * Binds a staff account to its holder's own WeChat: the console shows a one-time six-digit code, the staff member
 * types it in the mini-program. Nothing else is needed, and the account's password never meets the phone. The bound
 * WeChat is where login codes go, so binding and unbinding are in the audit log.
 */
@Service
class StaffBindingService {

    static final Duration CODE_TTL = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;
    private final IdentityRedisKeys keys;
    private final AdminAccountMapper accounts;
    private final RateLimits limits;
    private final IdentityProperties props;
    private final AccountActors actors;
    private final AuditLog audit;

    StaffBindingService(StringRedisTemplate redis, IdentityRedisKeys keys, AdminAccountMapper accounts, RateLimits limits,
                        IdentityProperties props, AccountActors actors, AuditLog audit) {
        this.redis = redis;
        this.keys = keys;
        this.accounts = accounts;
        this.limits = limits;
        this.props = props;
        this.actors = actors;
        this.audit = audit;
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
     * The code works once: taken and deleted in one step, so two phones cannot both bind with it. A worker gets a few
     * tries in ten minutes ({@code safety.auth.binding-tries}), so a million codes cannot be walked through.
     */
    void bind(long workerId, String code) {
        limits.take("staff-binding-tries", workerId, props.bindingTries(), "绑定码输错次数过多");
        String account = redis.opsForValue().getAndDelete(keys.staffBinding(code));
        if (account == null || accounts.bindWorker(Long.parseLong(account), workerId) == 0) {
            throw IdentityErrorCodes.BINDING_CODE_INVALID.exception();
        }
        AdminAccountEntity bound = accounts.selectById(Long.parseLong(account));
        audit.record(AuditKind.WECHAT_BOUND, actors.actor(bound), "admin-account", bound.getId(), "在小程序中输入绑定码");
    }

    void unbind(AdminPrincipal admin) {
        accounts.bindWorker(admin.accountId(), null);
        audit.record(AuditKind.WECHAT_UNBOUND, AuditActor.of(admin), "admin-account", admin.accountId(), null);
    }
}
