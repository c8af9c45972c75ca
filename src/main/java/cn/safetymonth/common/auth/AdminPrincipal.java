package cn.safetymonth.common.auth;

/**
 * The union staff member making the request, resolved once per request. {@code unionPath} is the
 * materialized path of the bound node ("/1/7/"): a node is in scope when its path starts with it. This record is the
 * one place that answers which records a staff member reaches; which endpoints they may call is {@link Access}.
 */
public record AdminPrincipal(long accountId, String username, AdminRole role, long unionId, String unionPath) {

    public boolean covers(String nodePath) {
        return nodePath != null && nodePath.startsWith(unionPath);
    }

    /** The platform's staff are bound to no union: their scope is every node, and what belongs to none. */
    public boolean wholePlatform() {
        return role == AdminRole.PLATFORM_ADMIN;
    }

    /** Acting for a union (typing its numbers, handing in its table) is for its own staff, or the platform's for support. */
    public boolean actsFor(long union) {
        return wholePlatform() || unionId == union;
    }
}
