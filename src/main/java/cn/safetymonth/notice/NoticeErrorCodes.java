package cn.safetymonth.notice;

import cn.safetymonth.common.ErrorCode;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Range 5100–5199: the inbox and subscribe grants. */
final class NoticeErrorCodes {

    static final ErrorCode MESSAGE_NOT_FOUND = new ErrorCode(5101, NOT_FOUND, "消息不存在");
    static final ErrorCode TEMPLATE_UNKNOWN = new ErrorCode(5102, BAD_REQUEST, "字段 templateIds：包含未知的订阅消息模板");

    private NoticeErrorCodes() {
    }
}
