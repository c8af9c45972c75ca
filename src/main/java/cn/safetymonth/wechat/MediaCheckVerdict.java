package cn.safetymonth.wechat;

/**
 * WeChat's late verdict on an image sent to media_check_async, published as an application event when its push
 * (event {@code wxa_media_check}) arrives with a valid signature. Modules match {@code traceId} to what they stored.
 */
public record MediaCheckVerdict(String traceId, ContentVerdict verdict, int label) {
}
