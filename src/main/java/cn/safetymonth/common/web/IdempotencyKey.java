package cn.safetymonth.common.web;

import cn.safetymonth.common.CommonErrorCodes;

/**
 * The one idempotency key of the request, for a handler that also keeps it on its own row (a report's unique key): the
 * {@code Idempotency-Key} header, or for an old client the body's field that carried it (the filter checks they agree).
 * Arrives as a controller parameter; {@code value} is null when the request has none.
 */
public record IdempotencyKey(String value) {

    /** The key, or 1001 naming the header when the request has none. */
    public String required() {
        if (value == null) {
            throw CommonErrorCodes.INVALID_FIELD.exception("字段 " + IdempotencyInterceptor.HEADER + "：必填，每次操作生成一个，重试时原样重发");
        }
        return value;
    }
}
