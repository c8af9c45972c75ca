package cn.safetymonth.audit;

/** What a staff audit record is about. The names are stored; add new kinds at will, never rename one. */
public enum AuditKind {
    LOGIN_SUCCEEDED("登录成功"),
    LOGIN_FAILED("登录失败（密码错误）"),
    ACCOUNT_LOCKED("账号因密码错误被临时锁定"),
    LOGIN_CODE_SENT("登录验证码已发送到本人微信"),
    ACCOUNT_UNLOCKED("解除账号锁定"),
    ACCOUNT_CREATED("创建账号"),
    PASSWORD_RESET("重置密码"),
    PASSWORD_CHANGED("修改本人密码"),
    ACCOUNT_ENABLED("启用账号"),
    ACCOUNT_DISABLED("停用账号"),
    WECHAT_BOUND("绑定本人微信"),
    WECHAT_UNBOUND("解除微信绑定"),
    REPORTER_VIEWED("查看举报人身份");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
