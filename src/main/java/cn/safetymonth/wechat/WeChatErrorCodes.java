package cn.safetymonth.wechat;

import cn.safetymonth.common.ErrorCode;

import static org.springframework.http.HttpStatus.*;

/** Range 4000–4999: what WeChat answered, in words a worker understands. */
public final class WeChatErrorCodes {

    public static final ErrorCode LOGIN_CODE_INVALID = new ErrorCode(4001, BAD_REQUEST, "字段 code：登录凭证无效，请重新进入小程序后再试");
    public static final ErrorCode LOGIN_CODE_USED = new ErrorCode(4002, BAD_REQUEST, "字段 code：登录凭证已使用过，请重新登录");
    public static final ErrorCode LOGIN_TOO_FREQUENT = new ErrorCode(4003, TOO_MANY_REQUESTS, "登录过于频繁，请一分钟后再试");
    public static final ErrorCode LOGIN_BLOCKED = new ErrorCode(4004, FORBIDDEN, "该微信账号存在安全风险，暂时无法登录");
    public static final ErrorCode WECHAT_BUSY = new ErrorCode(4005, SERVICE_UNAVAILABLE, "微信服务繁忙，请稍后重试");
    public static final ErrorCode WECHAT_FAILED = new ErrorCode(4006, BAD_GATEWAY, "微信服务调用失败，请稍后重试");
    public static final ErrorCode PHONE_CODE_INVALID = new ErrorCode(4007, BAD_REQUEST, "字段 code：手机号授权已失效，请重新授权");
    public static final ErrorCode PUSH_SIGNATURE_INVALID = new ErrorCode(4008, FORBIDDEN, "字段 signature：消息推送签名无效");
    public static final ErrorCode PUSH_MALFORMED = new ErrorCode(4009, BAD_REQUEST, "消息推送内容不是合法的 JSON");

    private WeChatErrorCodes() {
    }
}
