package cn.safetymonth.identity;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.auth.AdminRole;
import cn.safetymonth.org.OrgErrorCodes;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static cn.safetymonth.common.auth.AdminRole.PLATFORM_ADMIN;
import static cn.safetymonth.common.auth.AdminRole.REVIEWER;
import static cn.safetymonth.common.auth.AdminRole.UNION_ADMIN;

/**
 * Who may create (and then reset, disable, unlock) an account of which role, and at which node relative to their own.
 * The one table of the rule; {@code AccountGrantsTest} walks all of it. A platform admin belongs to no union, and only
 * such an unbound platform admin appoints another.
 */
final class AccountGrants {

    /** Where the new account's node may lie, seen from the creator's. */
    enum Where {
        /** No node at all: a platform admin covers every tree. */
        NO_UNION,
        /** Any node (the creator covers them all). */
        ANY_NODE,
        /** The creator's own node or one below it. */
        OWN_NODE_OR_BELOW,
        /** Strictly below the creator's node: a union admin appoints the admins below, not a peer who could lock them out. */
        STRICTLY_BELOW
    }

    private static final Map<AdminRole, Map<AdminRole, Where>> TABLE = new EnumMap<>(Map.of(
            PLATFORM_ADMIN, Map.of(PLATFORM_ADMIN, Where.NO_UNION, UNION_ADMIN, Where.ANY_NODE, REVIEWER, Where.ANY_NODE),
            UNION_ADMIN, Map.of(UNION_ADMIN, Where.STRICTLY_BELOW, REVIEWER, Where.OWN_NODE_OR_BELOW),
            REVIEWER, Map.of()));

    private AccountGrants() {
    }

    /** The table's entry, if {@code creator} may create {@code role} at all. */
    static Optional<Where> where(AdminRole creator, AdminRole role) {
        return Optional.ofNullable(TABLE.get(creator).get(role));
    }

    /**
     * Refuses unless {@code creator} may hold power over an account of {@code role} at the node with {@code nodePath}
     * (null: no node). 403 for a role or node out of reach, 400 for a node where the role takes none or needs one.
     */
    static void check(AdminPrincipal creator, AdminRole role, String nodePath) {
        boolean wellFormed = creator.role() == PLATFORM_ADMIN ? AdminAuthService.ALL.equals(creator.unionPath())
                : !AdminAuthService.ALL.equals(creator.unionPath());
        Where where = wellFormed ? where(creator.role(), role).orElse(null) : null;
        if (where == null) {
            throw IdentityErrorCodes.ROLE_NOT_GRANTABLE.exception();
        }
        if (where == Where.NO_UNION) {
            if (nodePath != null) {
                throw IdentityErrorCodes.PLATFORM_ADMIN_UNBOUND.exception();
            }
            return;
        }
        if (nodePath == null) {
            throw IdentityErrorCodes.UNION_REQUIRED.exception();
        }
        if (!creator.covers(nodePath)) {
            throw OrgErrorCodes.UNION_OUT_OF_SCOPE.exception();
        }
        if (where == Where.STRICTLY_BELOW && nodePath.equals(creator.unionPath())) {
            throw IdentityErrorCodes.ROLE_NOT_GRANTABLE.exception("字段 unionId：只能为下级工会创建工会管理员账号");
        }
    }
}
