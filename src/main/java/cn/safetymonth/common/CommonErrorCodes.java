package cn.safetymonth.common;

import org.springframework.http.HttpStatus;

/** Range 1000–1999: errors any endpoint can give. */
public final class CommonErrorCodes {

    public static final ErrorCode BAD_REQUEST = new ErrorCode(1000, HttpStatus.BAD_REQUEST, "请求参数有误");
    public static final ErrorCode INVALID_FIELD = new ErrorCode(1001, HttpStatus.BAD_REQUEST, "字段取值无效");
    public static final ErrorCode MALFORMED_JSON = new ErrorCode(1002, HttpStatus.BAD_REQUEST, "请求体不是合法的 JSON");
    public static final ErrorCode BODY_TOO_LARGE = new ErrorCode(1003, HttpStatus.CONTENT_TOO_LARGE, "请求体过大");
    public static final ErrorCode UNSUPPORTED_MEDIA_TYPE = new ErrorCode(1004, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的请求内容类型");
    public static final ErrorCode METHOD_NOT_ALLOWED = new ErrorCode(1005, HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方法");
    public static final ErrorCode NOT_FOUND = new ErrorCode(1006, HttpStatus.NOT_FOUND, "接口不存在");
    public static final ErrorCode UNAUTHORIZED = new ErrorCode(1007, HttpStatus.UNAUTHORIZED, "未登录或登录已过期，请重新登录");
    public static final ErrorCode FORBIDDEN = new ErrorCode(1008, HttpStatus.FORBIDDEN, "无权访问");
    public static final ErrorCode TOO_MANY_REQUESTS = new ErrorCode(1009, HttpStatus.TOO_MANY_REQUESTS, "操作过于频繁，请稍后再试");
    public static final ErrorCode CONFLICT = new ErrorCode(1010, HttpStatus.CONFLICT, "数据已被修改，请刷新后重试");
    public static final ErrorCode NOT_ACCEPTABLE = new ErrorCode(1011, HttpStatus.NOT_ACCEPTABLE, "无法提供所请求的响应格式");
    public static final ErrorCode IDEMPOTENCY_IN_PROGRESS = new ErrorCode(1012, HttpStatus.CONFLICT, "同一操作正在处理，请稍候再试");
    public static final ErrorCode IDEMPOTENCY_KEY_REUSED = new ErrorCode(1013, HttpStatus.UNPROCESSABLE_CONTENT,
            "字段 Idempotency-Key：已用于另一个请求，新的操作请生成新的键");
    public static final ErrorCode STAFF_ONLY = new ErrorCode(1020, HttpStatus.FORBIDDEN,
            "该操作仅限工会工作人员，请用管理后台账号登录");
    public static final ErrorCode WORKERS_ONLY = new ErrorCode(1021, HttpStatus.FORBIDDEN,
            "该操作仅限职工在小程序中使用，工会工作人员的登录凭证不能用于此操作");
    public static final ErrorCode PRIVACY_CONSENT_REQUIRED = new ErrorCode(1014, HttpStatus.FORBIDDEN,
            "请先阅读并同意《隐私保护指引》，之后才能提交手机号、姓名、位置、照片或签名");
    public static final ErrorCode SERVICE_UNAVAILABLE = new ErrorCode(1098, HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用，请稍后重试");
    public static final ErrorCode INTERNAL = new ErrorCode(1099, HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误");

    private CommonErrorCodes() {
    }
}
