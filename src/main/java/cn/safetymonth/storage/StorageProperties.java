package cn.safetymonth.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param endpoint  the S3 API as the service reaches it (the compose network's object store; the in-process S3Proxy
 *                  in the embedded default)
 * @param publicUrl the base every object link is signed for: what phones and WeChat's servers reach, e.g.
 *                  {@code https://safety.example.cn/files}. A path in it is a prefix the front strips before passing the
 *                  request, with its Host, to the object store (docker/nginx). Empty: links are signed for the endpoint
 *                  (the embedded default, where both are the same); required, and https, in the prod profile
 * @param accessKey from the environment only
 * @param secretKey from the environment only
 * @param bucket    created at start-up when missing; objects are private
 * @param signedUrlTtl how long a signed download link stays valid
 */
@ConfigurationProperties("safety.storage")
public record StorageProperties(String endpoint, String publicUrl, String accessKey, String secretKey,
                                @DefaultValue("safety-month") String bucket,
                                @DefaultValue("us-east-1") String region,
                                @DefaultValue("PT10M") Duration signedUrlTtl) {
}
