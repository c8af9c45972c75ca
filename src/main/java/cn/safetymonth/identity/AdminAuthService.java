package cn.safetymonth.identity;

import cn.safetymonth.audit.AuditActor;
import cn.safetymonth.audit.AuditKind;
import cn.safetymonth.audit.AuditLog;
import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.ClientAddress;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Union staff: password login, sessions, password changes. The account is found by its one spelling
 * ({@link Usernames}) and compared exactly; wrong passwords count per account and per client ({@link LoginGuard}); a
 * login code sent to the holder's own WeChat ({@link LoginCodes}) gets them past a lock a stranger caused. Every login,
 * failed or not, is in the audit log.
 */
@Service
class AdminAuthService {

    /** The platform admin is bound to no node and covers every tree. */
    static final String ALL = "/";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AdminAccountMapper accounts;
    private final Passwords passwords;
    private final TokenStore tokens;
    private final LoginGuard guard;
    private final LoginCodes codes;
    private final AccountActors actors;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final IdentityProperties props;
    private final UnionDirectory directory;
    private final TransactionTemplate tx;
    private final Clock clock;

    AdminAuthService(AdminAccountMapper accounts, Passwords passwords, TokenStore tokens, LoginGuard guard, LoginCodes codes,
                     AccountActors actors, AuditLog audit, ApplicationEventPublisher events, IdentityProperties props,
                     UnionDirectory directory, TransactionTemplate tx, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.guard = guard;
        this.codes = codes;
        this.actors = actors;
        this.audit = audit;
        this.events = events;
        this.props = props;
        this.directory = directory;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code loginCode} (nullable): the code sent to the holder's WeChat, which passes the lock. */
    IdentityWeb.LoginResp login(String typedUsername, String password, String loginCode) {
        String username = Usernames.normalise(typedUsername);
        String client = ClientAddress.current();
        AdminAccountEntity account = accounts.findByUsername(username);
        if (account != null && !account.getUsername().equals(username)) {
            account = null; // a PAD SPACE collation still equals "admin" and "admin "; the name is trimmed, but be exact
        }
        String subject = LoginGuard.subject(account, username);
        boolean viaCode = loginCode != null;
        String checkedCode = null;
        if (viaCode) {
            checkedCode = codes.check(account, loginCode);
        } else {
            guard.reserve(subject, client);
        }
        if (!passwords.matches(password, account == null ? null : account.getPasswordHash())) {
            throw failed(account, subject, client, viaCode);
        }
        if (!Boolean.TRUE.equals(account.getEnabled())) {
            if (!viaCode) {
                guard.giveBack(subject, client);
            }
            throw IdentityErrorCodes.ACCOUNT_DISABLED.exception();
        }
        if (viaCode && !codes.consume(account.getId(), checkedCode)) {
            throw IdentityErrorCodes.LOGIN_CODE_INVALID.exception(); // another login used it a moment ago
        }
        if (!viaCode) {
            guard.succeeded(subject, client); // with a code the counts stay: whoever caused them may still be at it
        }
        AdminAccountEntity touch = new AdminAccountEntity();
        touch.setId(account.getId());
        touch.setLastLoginAt(LocalDateTime.now(clock));
        accounts.updateById(touch);
        audit.record(AuditKind.LOGIN_SUCCEEDED, actors.actor(account), "admin-account", account.getId(),
                viaCode ? "密码 + 微信验证码" : "密码");
        String token = tokens.issueAdminToken(account.getId());
        return new IdentityWeb.LoginResp(token, props.adminTokenTtl().toSeconds(),
                Boolean.TRUE.equals(account.getMustChangePassword()));
    }

    /** A wrong password: counted, written down, and if it locked the account, its holder is told (once per lock). */
    private RuntimeException failed(AdminAccountEntity account, String subject, String client, boolean viaCode) {
        if (viaCode) {
            guard.countBypassed(subject, client);
        }
        audit.record(AuditKind.LOGIN_FAILED, account == null ? AuditActor.unknown() : actors.actor(account),
                account == null ? null : "admin-account", account == null ? null : account.getId(),
                account == null ? "用户名不存在" : viaCode ? "密码错误（带验证码）" : "密码错误");
        if (!guard.locked(subject)) {
            return IdentityErrorCodes.BAD_CREDENTIALS.exception();
        }
        Duration wait = guard.lockedFor(subject);
        if (account != null && guard.firstAlertOfThisLock(subject)) {
            audit.record(AuditKind.ACCOUNT_LOCKED, actors.actor(account), "admin-account", account.getId(),
                    "锁定约 " + Math.max(1, (wait.toSeconds() + 59) / 60) + " 分钟");
            tellHolderOfLock(account, wait);
        }
        return viaCode ? IdentityErrorCodes.BAD_CREDENTIALS.exception() : guard.locked(wait);
    }

    private void tellHolderOfLock(AdminAccountEntity account, Duration wait) {
        String until = MINUTE.format(LocalDateTime.now(clock).plus(wait));
        String body = "管理后台账号 " + account.getUsername() + " 的密码被连续输错，已锁定到 " + until + "。如果不是本人在登录，"
                + "说明有人在尝试这个账号：本人可在登录页用绑定的微信获取验证码登录，或请上级管理员解锁，并尽快修改密码。";
        events.publishEvent(new StaffAccountMessage(account.getId(), account.getWorkerId(),
                account.getUnionId() == null ? 0L : account.getUnionId(), "staff.login-locked",
                "账号 " + account.getUsername() + " 因密码错误被临时锁定", body, null, null, null));
    }

    IdentityWeb.LoginCodeResp sendLoginCode(String username) {
        return codes.send(username);
    }

    void logout(String token) {
        tokens.revokeAdminToken(token);
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
        // the new password and the end of the old sessions commit together: never one without the other
        String token = tx.execute(status -> {
            if (accounts.updateById(account) == 0) {
                throw CommonErrorCodes.CONFLICT.exception();
            }
            tokens.revokeAllAdminTokens(accountId);
            return tokens.issueAdminToken(accountId);
        });
        audit.record(AuditKind.PASSWORD_CHANGED, actors.actor(account), "admin-account", accountId, null);
        return new IdentityWeb.LoginResp(token, props.adminTokenTtl().toSeconds(), false);
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
