package cn.safetymonth.common.limit;

import cn.safetymonth.common.BizException;
import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.common.ErrorCode;

import java.time.Duration;

/** A limit was reached: 429 with {@code Retry-After}, and the wait said in words after the message. */
public class LimitExceeded extends BizException {

    private final transient Duration retryAfter;

    public LimitExceeded(String message, Duration retryAfter) {
        this(CommonErrorCodes.TOO_MANY_REQUESTS, message, retryAfter);
    }

    public LimitExceeded(ErrorCode code, String message, Duration retryAfter) {
        super(code, message + "，" + whenAgain(retryAfter));
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** "请 30 秒后再试", "请 3 分钟后再试", "请 2 小时后再试", "请明天再试". */
    static String whenAgain(Duration d) {
        long s = Math.max(1, (d.toMillis() + 999) / 1000);
        if (s < 60) {
            return "请 " + s + " 秒后再试";
        }
        long m = (s + 59) / 60;
        if (m < 60) {
            return "请 " + m + " 分钟后再试";
        }
        long h = (m + 59) / 60;
        return h < 24 ? "请 " + h + " 小时后再试" : "请明天再试";
    }
}
