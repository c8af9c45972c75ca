package cn.safetymonth.identity;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** Union staff: password login with lockout, sessions, password changes. */
@Service
class AdminAuthService {

    /** The platform admin is bound to no node and covers every tree. */
    static final String ALL = "/";

    private final AdminAccountMapper accounts;
    private final Passwords passwords;
    private final TokenStore tokens;
    private final StringRedisTemplate redis;
    private final IdentityRedisKeys keys;
    private final IdentityProperties props;
    private final UnionDirectory directory;
    private final Clock clock;

    AdminAuthService(AdminAccountMapper accounts, Passwords passwords, TokenStore tokens, StringRedisTemplate redis,
                     IdentityRedisKeys keys, IdentityProperties props, UnionDirectory directory, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.redis = redis;
        this.keys = keys;
        this.props = props;
        this.directory = directory;
        this.clock = clock;
    }

    IdentityWeb.LoginResp login(String username, String password) {
        String failKey = keys.failedLogins(username);
        String failures = redis.opsForValue().get(failKey);
        if (failures != null && Integer.parseInt(failures) >= props.maxFailedLogins()) {
            throw IdentityErrorCodes.ACCOUNT_LOCKED.exception();
        }
        AdminAccountEntity account = accounts.findByUsername(username);
        boolean ok = passwords.matches(password, account == null ? null : account.getPasswordHash());
        if (!ok || account == null) {
            Long count = redis.opsForValue().increment(failKey);
            if (count != null && count == 1) {
                redis.expire(failKey, props.lockout());
            }
            if (count != null && count >= props.maxFailedLogins()) {
                redis.expire(failKey, props.lockout());
                throw IdentityErrorCodes.ACCOUNT_LOCKED.exception();
            }
            throw IdentityErrorCodes.BAD_CREDENTIALS.exception();
        }
        if (!Boolean.TRUE.equals(account.getEnabled())) {
            throw IdentityErrorCodes.ACCOUNT_DISABLED.exception();
        }
        redis.delete(failKey);
        AdminAccountEntity touch = new AdminAccountEntity();
        touch.setId(account.getId());
        touch.setLastLoginAt(LocalDateTime.now(clock));
        accounts.updateById(touch);
        String token = tokens.issueAdminToken(account.getId());
        return new IdentityWeb.LoginResp(token, props.adminTokenTtl().toSeconds(),
                Boolean.TRUE.equals(account.getMustChangePassword()));
    }

    void logout(long accountId, String token) {
        tokens.revokeAdminToken(accountId, token);
    }

    /** Changes the password, ends every other session, and hands back a fresh session. */
    IdentityWeb.LoginResp changePassword(long accountId, String oldPassword, String newPassword) {
        AdminAccountEntity account = accounts.selectById(accountId);
        if (account == null) {
            throw IdentityErrorCodes.ACCOUNT_NOT_FOUND.exception();
        }
        if (!passwords.matches(oldPassword, account.getPasswordHash())) {
            throw IdentityErrorCodes.WRONG_OLD_PASSWORD.exception();
        }
        if (!Passwords.acceptable(newPassword)) {
            throw IdentityErrorCodes.WEAK_PASSWORD.exception();
        }
        if (oldPassword.equals(newPassword)) {
            throw IdentityErrorCodes.SAME_PASSWORD.exception();
        }
        account.setPasswordHash(passwords.hash(newPassword));
        account.setMustChangePassword(false);
        if (accounts.updateById(account) == 0) {
            throw cn.safetymonth.common.CommonErrorCodes.CONFLICT.exception();
        }
        tokens.revokeAllAdminTokens(accountId);
        return new IdentityWeb.LoginResp(tokens.issueAdminToken(accountId), props.adminTokenTtl().toSeconds(), false);
    }

    /** Who a token belongs to, if it is valid and the account still enabled. */
    Optional<Resolved> resolve(String token) {
        return tokens.adminOf(token).map(accounts::selectById)
                .filter(a -> Boolean.TRUE.equals(a.getEnabled()))
                .flatMap(a -> {
                    String path = ALL;
                    if (a.getUnionId() != null) {
                        Optional<UnionRef> union = directory.find(a.getUnionId());
                        if (union.isEmpty()) {
                            return Optional.empty();
                        }
                        path = union.get().path();
                    }
                    return Optional.of(new Resolved(
                            new AdminPrincipal(a.getId(), a.getUsername(), a.getRole(), a.getUnionId() == null ? 0 : a.getUnionId(), path),
                            Boolean.TRUE.equals(a.getMustChangePassword())));
                });
    }

    record Resolved(AdminPrincipal principal, boolean mustChangePassword) {
    }
}
