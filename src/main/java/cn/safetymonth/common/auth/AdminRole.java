package cn.safetymonth.common.auth;

/** Roles of union staff. Each account is bound to one union node and acts only inside its subtree. */
public enum AdminRole {
    /** 平台管理员: the whole platform, content and imports. */
    PLATFORM_ADMIN,
    /** 工会管理员: manages its union's subtree and creates accounts below it. */
    UNION_ADMIN,
    /** 审核员: reviews what is reported inside its subtree. */
    REVIEWER;

    /** Whether this role may create or manage an account of the other role. */
    public boolean mayGrant(AdminRole other) {
        return switch (this) {
            case PLATFORM_ADMIN -> true;
            case UNION_ADMIN -> other != PLATFORM_ADMIN;
            case REVIEWER -> false;
        };
    }
}
