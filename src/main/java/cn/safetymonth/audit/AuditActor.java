package cn.safetymonth.audit;

import cn.safetymonth.common.auth.AdminPrincipal;

/**
 * Who did it: a staff account with the union node it sat at then ({@code unionPath} "/" for a platform admin), or
 * nobody known (a failed login for a username that does not exist: the typed name is not kept, it may be a password).
 */
public record AuditActor(Long accountId, String username, Long unionId, String unionPath) {

    public static AuditActor of(AdminPrincipal admin) {
        return new AuditActor(admin.accountId(), admin.username(), admin.unionId() == 0 ? null : admin.unionId(), admin.unionPath());
    }

    public static AuditActor account(long accountId, String username, Long unionId, String unionPath) {
        return new AuditActor(accountId, username, unionId, unionPath);
    }

    public static AuditActor unknown() {
        return new AuditActor(null, null, null, null);
    }
}
