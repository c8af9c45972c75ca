package cn.safetymonth.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param endpoint  the S3 API (MinIO in production; the in-process S3Proxy in the embedded default)
 * @param accessKey from the environment only
 * @param secretKey from the environment only
 * @param bucket    created at start-up when missing; objects are private
 * @param signedUrlTtl how long a signed download link stays valid
 */
@ConfigurationProperties("safety.storage")
public record StorageProperties(String endpoint, String accessKey, String secretKey,
                                @DefaultValue("safety-month") String bucket,
                                @DefaultValue("us-east-1") String region,
                                @DefaultValue("PT10M") Duration signedUrlTtl) {
}
