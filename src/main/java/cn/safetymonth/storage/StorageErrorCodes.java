package cn.safetymonth.storage;

import cn.safetymonth.common.ErrorCode;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONTENT_TOO_LARGE;
import static org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;

/** Range 5000–5099: object storage and the image intake every upload passes through. */
public final class StorageErrorCodes {

    public static final ErrorCode UNAVAILABLE = new ErrorCode(5001, SERVICE_UNAVAILABLE, "文件存储暂时不可用，请稍后重试");
    public static final ErrorCode IMAGE_UNSUPPORTED = new ErrorCode(5002, BAD_REQUEST, "只支持 JPEG 或 PNG 格式的图片");
    public static final ErrorCode IMAGE_TOO_LARGE = new ErrorCode(5003, CONTENT_TOO_LARGE, "图片文件过大");
    public static final ErrorCode IMAGE_DIMENSIONS = new ErrorCode(5004, BAD_REQUEST, "图片尺寸不符合要求");
    public static final ErrorCode IMAGE_BROKEN = new ErrorCode(5005, BAD_REQUEST, "图片已损坏或不完整，请重新拍摄或选择");

    private StorageErrorCodes() {
    }
}
