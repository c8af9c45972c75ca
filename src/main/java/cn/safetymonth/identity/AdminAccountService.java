package cn.safetymonth.identity;

import cn.safetymonth.audit.AuditActor;
import cn.safetymonth.audit.AuditKind;
import cn.safetymonth.audit.AuditLog;
import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.auth.AdminRole;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import cn.safetymonth.org.OrgErrorCodes;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.Objects;

/**
 * Union staff manage accounts below them, as {@link AccountGrants} says: a union admin creates reviewers at its node or
 * below and union admins strictly below; only an unbound platform admin creates another; nobody manages an account
 * outside their subtree or their own. Every change is in the audit log.
 */
@Service
class AdminAccountService {

    static final String SUBJECT = "admin-account";

    private final AdminAccountMapper accounts;
    private final Passwords passwords;
    private final TokenStore tokens;
    private final UnionDirectory directory;
    private final LoginGuard guard;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    AdminAccountService(AdminAccountMapper accounts, Passwords passwords, TokenStore tokens, UnionDirectory directory,
                        LoginGuard guard, AuditLog audit, TransactionTemplate tx) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.directory = directory;
        this.guard = guard;
        this.audit = audit;
        this.tx = tx;
    }

    IdentityWeb.AccountResp me(AdminPrincipal admin) {
        return toResp(accounts.selectById(admin.accountId()));
    }

    /** Accounts bound to one node in scope (the caller's own node by default; platform admins when unbound). */
    PageResult<IdentityWeb.AccountResp> list(AdminPrincipal admin, Long unionId, PageQuery page) {
        Long node = unionId != null ? unionId : (admin.wholePlatform() ? null : admin.unionId());
        if (node != null) {
            directory.requireInScope(admin, node);
        } else if (!admin.wholePlatform()) {
            throw CommonErrorCodes.FORBIDDEN.exception();
        }
        var rows = accounts.selectPage(page.toPage(), new LambdaQueryWrapper<AdminAccountEntity>()
                .isNull(node == null, AdminAccountEntity::getUnionId)
                .eq(node != null, AdminAccountEntity::getUnionId, node)
                .orderByAsc(AdminAccountEntity::getId));
        Map<Long, UnionRef> unions = directory.findAll(rows.getRecords().stream()
                .map(AdminAccountEntity::getUnionId).filter(Objects::nonNull).distinct().toList());
        return PageResult.of(rows, a -> toResp(a, a.getUnionId() == null ? null : unions.get(a.getUnionId())));
    }

    IdentityWeb.InitialPasswordResp create(AdminPrincipal admin, IdentityWeb.CreateAccountReq req) {
        String username = Usernames.normalise(req.username());
        UnionRef union = checkGrant(admin, req.role(), req.unionId());
        String initial = Passwords.generate();
        AdminAccountEntity row = new AdminAccountEntity();
        row.setUsername(username);
        row.setDisplayName(req.displayName().trim());
        row.setRole(req.role());
        row.setUnionId(union == null ? null : union.id());
        row.setPasswordHash(passwords.hash(initial));
        row.setMustChangePassword(true);
        row.setEnabled(true);
        try {
            accounts.insert(row);
        } catch (DuplicateKeyException e) {
            throw IdentityErrorCodes.USERNAME_TAKEN.exception();
        }
        audit.record(AuditKind.ACCOUNT_CREATED, AuditActor.of(admin), SUBJECT, row.getId(),
                describe(row) + (union == null ? "，不属于任何工会" : "，工会 #" + union.id()));
        return new IdentityWeb.InitialPasswordResp(toResp(row, union), initial);
    }

    IdentityWeb.InitialPasswordResp resetPassword(AdminPrincipal admin, long accountId) {
        AdminAccountEntity row = manageable(admin, accountId);
        String initial = Passwords.generate();
        row.setPasswordHash(passwords.hash(initial));
        row.setMustChangePassword(true);
        tx.executeWithoutResult(status -> {
            update(row);
            tokens.revokeAllAdminTokens(accountId);
        });
        audit.record(AuditKind.PASSWORD_RESET, AuditActor.of(admin), SUBJECT, accountId, describe(row));
        return new IdentityWeb.InitialPasswordResp(toResp(row), initial);
    }

    IdentityWeb.AccountResp setEnabled(AdminPrincipal admin, long accountId, boolean enabled) {
        AdminAccountEntity row = manageable(admin, accountId);
        row.setEnabled(enabled);
        tx.executeWithoutResult(status -> {
            update(row);
            if (!enabled) {
                tokens.revokeAllAdminTokens(accountId);
            }
        });
        audit.record(enabled ? AuditKind.ACCOUNT_ENABLED : AuditKind.ACCOUNT_DISABLED, AuditActor.of(admin), SUBJECT, accountId, describe(row));
        return toResp(row);
    }

    /** A higher admin lets the holder try passwords again, after a stranger (or the holder) locked the account. */
    IdentityWeb.AccountResp unlock(AdminPrincipal admin, long accountId) {
        AdminAccountEntity row = manageable(admin, accountId);
        guard.unlock(accountId);
        audit.record(AuditKind.ACCOUNT_UNLOCKED, AuditActor.of(admin), SUBJECT, accountId, describe(row));
        return toResp(row);
    }

    private static String describe(AdminAccountEntity a) {
        return a.getUsername() + "（" + a.getRole() + "）";
    }

    private void update(AdminAccountEntity row) {
        if (accounts.updateById(row) == 0) {
            throw CommonErrorCodes.CONFLICT.exception();
        }
    }

    private AdminAccountEntity manageable(AdminPrincipal admin, long accountId) {
        if (accountId == admin.accountId()) {
            throw IdentityErrorCodes.CANNOT_MANAGE_SELF.exception();
        }
        AdminAccountEntity row = accounts.selectById(accountId);
        if (row == null) {
            throw IdentityErrorCodes.ACCOUNT_NOT_FOUND.exception();
        }
        if (row.getUnionId() == null ? !admin.wholePlatform() : !inScope(admin, row.getUnionId())) {
            throw IdentityErrorCodes.ACCOUNT_NOT_FOUND.exception();
        }
        checkGrant(admin, row.getRole(), row.getUnionId());
        return row;
    }

    private boolean inScope(AdminPrincipal admin, long unionId) {
        return directory.find(unionId).map(u -> admin.covers(u.path())).orElse(false);
    }

    /** Whether the caller may hold power over an account of {@code role} at {@code unionId} ({@link AccountGrants}); returns the node. */
    private UnionRef checkGrant(AdminPrincipal admin, AdminRole role, Long unionId) {
        UnionRef union = unionId == null ? null : directory.find(unionId).orElseThrow(OrgErrorCodes.UNION_NOT_FOUND::exception);
        AccountGrants.check(admin, role, union == null ? null : union.path());
        return union;
    }

    private IdentityWeb.AccountResp toResp(AdminAccountEntity a) {
        return toResp(a, a.getUnionId() == null ? null : directory.find(a.getUnionId()).orElse(null));
    }

    private IdentityWeb.AccountResp toResp(AdminAccountEntity a, UnionRef union) {
        return new IdentityWeb.AccountResp(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getUnionId(),
                union == null ? null : union.name(), Boolean.TRUE.equals(a.getEnabled()),
                Boolean.TRUE.equals(a.getMustChangePassword()), a.getLastLoginAt(), a.getWorkerId() != null,
                guard.accountLocked(a.getId()));
    }
}
