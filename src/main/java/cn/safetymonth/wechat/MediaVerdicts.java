package cn.safetymonth.wechat;

import cn.safetymonth.common.redis.RedisKeyPrefix;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * Every media-check verdict WeChat pushes, kept a day under {@code wechat:media-verdict:<traceId>} before anyone is
 * told of it. A verdict may arrive before the module that sent the image has stored its trace id; that module looks
 * here after storing it ({@link WeChatContentSecurity#verdictArrived}), and the listener of {@link MediaCheckVerdict}
 * looks for the trace id after the verdict is kept: whichever comes second applies it. One mechanism for every module.
 */
@Component
class MediaVerdicts {

    static final Duration KEPT = Duration.ofDays(1);

    private final StringRedisTemplate redis;
    private final RedisKeyPrefix prefix;

    MediaVerdicts(StringRedisTemplate redis, RedisKeyPrefix prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    void keep(String traceId, ContentVerdict verdict) {
        redis.opsForValue().set(key(traceId), verdict.name(), KEPT);
    }

    Optional<ContentVerdict> arrived(String traceId) {
        String v = redis.opsForValue().get(key(traceId));
        return v == null ? Optional.empty() : Optional.of(ContentVerdict.valueOf(v));
    }

    private String key(String traceId) {
        return prefix.key("wechat:media-verdict:" + traceId);
    }
}
