package cn.safetymonth.common.auth;

/**
 * The union staff member making the request, resolved once per request. {@code unionPath} is the
 * materialized path of the bound node ("/1/7/"): a node is in scope when its path starts with it.
 */
public record AdminPrincipal(long accountId, String username, AdminRole role, long unionId, String unionPath) {

    public boolean covers(String nodePath) {
        return nodePath != null && nodePath.startsWith(unionPath);
    }
}
