package cn.safetymonth.audit;

import cn.safetymonth.common.ErrorCode;

import static org.springframework.http.HttpStatus.BAD_REQUEST;

/** Range 5200–5299: the staff audit log. */
public final class AuditErrorCodes {

    public static final ErrorCode RANGE_INVALID = new ErrorCode(5202, BAD_REQUEST, "字段 from：起始日期不能晚于截止日期");

    private AuditErrorCodes() {
    }
}
