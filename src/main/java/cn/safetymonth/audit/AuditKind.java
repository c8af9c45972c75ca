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
    REPORTER_VIEWED("查看举报人身份"),
    WORKERS_VIEWED("查看职工名单（脱敏）"),
    RECORDS_VIEWED("查看统计数字背后的记录（脱敏）"),
    STATISTICS_EXPORTED("导出统计表"),
    RECTIFICATIONS_EXPORTED("导出整改清单"),
    STATISTICS_SUBMITTED("报送统计表"),
    TEMPLATE_INSTALLED("安装统计表模板"),
    TEMPLATE_WITHDRAWN("撤下统计表模板"),
    UNIONS_IMPORTED("导入工会组织"),
    QUIZ_CONTENT_IMPORTED("导入闯关关卡"),
    QUICK_QUESTIONS_IMPORTED("导入快测题目"),
    AUDIT_EXPORTED("导出审计日志");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
