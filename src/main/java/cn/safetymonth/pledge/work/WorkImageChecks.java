package cn.safetymonth.pledge.work;

import cn.safetymonth.common.redis.RedisKeyPrefix;
import cn.safetymonth.pledge.PledgeProperties;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.wechat.ContentVerdict;
import cn.safetymonth.wechat.MediaCheckVerdict;
import cn.safetymonth.wechat.WeChatContentSecurity;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Images of works go to WeChat's asynchronous check; the verdict is pushed back later, sometimes before the
 * trace id is even stored. So every verdict is first parked in Redis (key {@code pledge:media-verdict:<traceId>},
 * kept a day), then applied to the work if it already carries the trace id; after storing a trace id the
 * submitter looks for a parked verdict. Whichever side comes second applies it.
 */
@Component
class WorkImageChecks {

    static final int SCENE_FORUM = 3;
    private static final Duration PARKED = Duration.ofDays(1);

    private final WeChatContentSecurity security;
    private final WorkMapper works;
    private final ObjectStorage storage;
    private final StringRedisTemplate redis;
    private final RedisKeyPrefix prefix;
    private final PledgeProperties props;

    WorkImageChecks(WeChatContentSecurity security, WorkMapper works, ObjectStorage storage, StringRedisTemplate redis,
                    RedisKeyPrefix prefix, PledgeProperties props) {
        this.security = security;
        this.works = works;
        this.storage = storage;
        this.redis = redis;
        this.prefix = prefix;
        this.props = props;
    }

    /** Sends the work's image to WeChat; without a trace id (WeChat unreachable) the image stays for reviewers to judge. */
    void submit(long workId, String openid, String imageKey) {
        String traceId = security.submitImageCheck(openid, SCENE_FORUM, storage.signedUrl(imageKey, props.checkUrlTtl()));
        if (traceId == null) {
            return;
        }
        works.traceImage(workId, traceId);
        String parked = redis.opsForValue().get(key(traceId));
        if (parked != null) {
            apply(traceId, ContentVerdict.valueOf(parked));
        }
    }

    @EventListener
    void on(MediaCheckVerdict verdict) {
        redis.opsForValue().set(key(verdict.traceId()), verdict.verdict().name(), PARKED);
        apply(verdict.traceId(), verdict.verdict());
    }

    private void apply(String traceId, ContentVerdict verdict) {
        works.judgeImage(traceId, verdict.name(), verdict == ContentVerdict.RISKY);
    }

    private String key(String traceId) {
        return prefix.key("pledge:media-verdict:" + traceId);
    }
}
