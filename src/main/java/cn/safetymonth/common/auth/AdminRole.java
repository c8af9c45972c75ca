package cn.safetymonth.common.auth;

/**
 * Roles of union staff. Each account is bound to one union node and acts only inside its subtree, except a platform
 * admin, which belongs to no union. Who may create which role is identity's AccountGrants table.
 */
public enum AdminRole {
    /** 平台管理员: the whole platform, content and imports; never bound to a union. */
    PLATFORM_ADMIN,
    /** 工会管理员: manages its union's subtree and creates accounts below it. */
    UNION_ADMIN,
    /** 审核员: reviews what is reported inside its subtree. */
    REVIEWER
}
