package cn.safetymonth.storage;

import cn.safetymonth.common.ErrorCode;

import static org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;

/** Range 5000–5099: object storage. */
public final class StorageErrorCodes {

    public static final ErrorCode UNAVAILABLE = new ErrorCode(5001, SERVICE_UNAVAILABLE, "文件存储暂时不可用，请稍后重试");

    private StorageErrorCodes() {
    }
}
