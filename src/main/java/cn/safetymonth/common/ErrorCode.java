package cn.safetymonth.common;

import org.springframework.http.HttpStatus;

/**
 * A business error: a stable number the client can switch on, the HTTP status it travels with,
 * and the default Chinese message. Each module keeps its own range in a {@code …ErrorCodes} class.
 */
public record ErrorCode(int code, HttpStatus status, String msg) {

    public BizException exception() {
        return new BizException(this, msg);
    }

    /** The same error with a message that names what went wrong (a field, a value). */
    public BizException exception(String detail) {
        return new BizException(this, detail);
    }
}
