package cn.safetymonth.common.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param retention how long the first answer to a key is kept for its retries (then {@link IdempotencyRetentionJob}
 *                  deletes it); the mini-program retries within seconds, a person taps 重试 within minutes
 * @param inProgressWait how long a retry waits for the first request with its key to finish before it is answered 1012
 */
@ConfigurationProperties("safety.idempotency")
public record IdempotencyProperties(
        @DefaultValue("PT24H") Duration retention,
        @DefaultValue("PT5S") Duration inProgressWait) {
}
