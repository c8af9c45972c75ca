package cn.safetymonth.identity;

import cn.safetymonth.common.ErrorCode;

import static org.springframework.http.HttpStatus.*;

/** Range 2000–2999: login, accounts, workers. */
public final class IdentityErrorCodes {

    public static final ErrorCode BAD_CREDENTIALS = new ErrorCode(2001, UNAUTHORIZED, "用户名或密码错误");
    public static final ErrorCode ACCOUNT_LOCKED = new ErrorCode(2002, TOO_MANY_REQUESTS,
            "密码错误次数过多，账号已临时锁定（本人可用绑定的微信获取验证码登录，或请上级管理员解锁）");
    public static final ErrorCode ACCOUNT_DISABLED = new ErrorCode(2003, FORBIDDEN, "账号已停用，请联系上级工会管理员");
    public static final ErrorCode PASSWORD_CHANGE_REQUIRED = new ErrorCode(2004, FORBIDDEN, "首次登录或密码被重置，请先修改密码");
    public static final ErrorCode WEAK_PASSWORD = new ErrorCode(2005, BAD_REQUEST, "字段 newPassword：密码须为 8–64 位，且同时包含字母和数字");
    public static final ErrorCode SAME_PASSWORD = new ErrorCode(2006, BAD_REQUEST, "字段 newPassword：新密码不能与原密码相同");
    public static final ErrorCode WRONG_OLD_PASSWORD = new ErrorCode(2007, BAD_REQUEST, "字段 oldPassword：原密码不正确");
    public static final ErrorCode USERNAME_TAKEN = new ErrorCode(2008, CONFLICT, "字段 username：用户名已被使用");
    public static final ErrorCode ROLE_NOT_GRANTABLE = new ErrorCode(2009, FORBIDDEN, "字段 role：您无权创建该角色的账号");
    public static final ErrorCode ACCOUNT_NOT_FOUND = new ErrorCode(2010, NOT_FOUND, "账号不存在或不在您的管辖范围内");
    public static final ErrorCode CANNOT_MANAGE_SELF = new ErrorCode(2011, BAD_REQUEST, "不能对自己的账号执行此操作");
    public static final ErrorCode UNION_REQUIRED = new ErrorCode(2012, BAD_REQUEST, "字段 unionId：工会管理员和审核员必须绑定一个工会");
    public static final ErrorCode WORKER_NOT_FOUND = new ErrorCode(2013, NOT_FOUND, "职工不存在");
    public static final ErrorCode BINDING_CODE_INVALID = new ErrorCode(2014, BAD_REQUEST, "字段 code：绑定码无效或已过期，请在管理后台重新获取");
    public static final ErrorCode USERNAME_INVALID = new ErrorCode(2015, BAD_REQUEST,
            "字段 username：用户名须为字母开头的 4–32 位字母、数字或下划线（不区分大小写，不能含空格、全角或带声调的字母）");
    public static final ErrorCode LOGIN_CODE_INVALID = new ErrorCode(2016, BAD_REQUEST, "字段 loginCode：验证码错误或已失效，请重新获取");
    public static final ErrorCode PLATFORM_ADMIN_UNBOUND = new ErrorCode(2017, BAD_REQUEST, "字段 unionId：平台管理员不属于任何工会，请不要选择工会");

    // 2031+: privacy notice and account closure (issue 16), numbered apart from the codes others add meanwhile
    public static final ErrorCode PRIVACY_NOTICE_OUTDATED = new ErrorCode(2031, CONFLICT,
            "字段 version：《隐私保护指引》已更新，请阅读最新版本后再同意");
    public static final ErrorCode CLOSURE_NOT_CONFIRMED = new ErrorCode(2032, BAD_REQUEST,
            "字段 confirmation：请输入“确认注销”四个字以确认注销账号（注销后不可恢复）");

    private IdentityErrorCodes() {
    }
}
