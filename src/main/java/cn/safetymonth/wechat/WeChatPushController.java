package cn.safetymonth.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaMessage;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.redis.RedisKeyPrefix;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;

import static cn.safetymonth.common.auth.Access.Caller.ANYONE;

/**
 * WeChat's message push (消息推送), JSON in plain mode. The signature covers the console's Token, the timestamp and the
 * nonce (not the body, in plain mode), so a call is taken only when signed, fresh (five minutes) and never seen before:
 * a captured URL cannot be replayed with another body. Only the media-check verdict is used today.
 */
@Hidden
@Access(ANYONE)
@RestController
@RequestMapping("/api/wechat/push")
class WeChatPushController {

    private static final Logger log = LoggerFactory.getLogger(WeChatPushController.class);

    static final Duration FRESH = Duration.ofMinutes(5);

    private final WxMaService wx;
    private final WeChatProperties props;
    private final ApplicationEventPublisher events;
    private final MediaVerdicts verdicts;
    private final StringRedisTemplate redis;
    private final RedisKeyPrefix prefix;
    private final Clock clock;

    WeChatPushController(WxMaService wx, WeChatProperties props, ApplicationEventPublisher events, MediaVerdicts verdicts,
                         StringRedisTemplate redis, RedisKeyPrefix prefix, Clock clock) {
        this.verdicts = verdicts;
        this.wx = wx;
        this.props = props;
        this.events = events;
        this.redis = redis;
        this.prefix = prefix;
        this.clock = clock;
    }

    /** The console's URL check: echo echostr when the signature is ours. */
    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    String verify(@RequestParam String signature, @RequestParam String timestamp, @RequestParam String nonce,
                  @RequestParam String echostr) {
        requireSigned(signature, timestamp, nonce);
        return echostr;
    }

    @PostMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    String receive(@RequestParam String signature, @RequestParam String timestamp, @RequestParam String nonce,
                   @RequestBody String body) {
        requireSigned(signature, timestamp, nonce);
        WxMaMessage message;
        try {
            message = WxMaMessage.fromJson(body);
        } catch (RuntimeException e) {
            throw WeChatErrorCodes.PUSH_MALFORMED.exception();
        }
        if (message != null && "wxa_media_check".equals(message.getEvent()) && message.getTraceId() != null) {
            ContentVerdict verdict = ContentVerdict.of(message.getResult() == null ? null : message.getResult().getSuggest());
            int label = parseLabel(message.getResult() == null ? null : message.getResult().getLabel());
            log.info("wechat media check verdict {} for trace {}", verdict, message.getTraceId());
            verdicts.keep(message.getTraceId(), verdict); // first kept, then told: see MediaVerdicts
            events.publishEvent(new MediaCheckVerdict(message.getTraceId(), verdict, label));
        }
        // WeChat retries anything but "success"; events we do not use are acknowledged too
        return "success";
    }

    private void requireSigned(String signature, String timestamp, String nonce) {
        boolean valid;
        try {
            valid = props.pushToken() != null && !props.pushToken().isBlank() && wx.checkSignature(timestamp, nonce, signature);
        } catch (RuntimeException e) {
            valid = false;
        }
        if (!valid || !fresh(timestamp) || !firstUse(timestamp, nonce)) {
            throw WeChatErrorCodes.PUSH_SIGNATURE_INVALID.exception();
        }
    }

    private boolean fresh(String timestamp) {
        try {
            long at = Long.parseLong(timestamp);
            return Math.abs(clock.instant().getEpochSecond() - at) <= FRESH.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Key {@code wechat:push-nonce:{timestamp}:{nonce}}, kept twice the freshness window. */
    private boolean firstUse(String timestamp, String nonce) {
        String key = prefix.key("wechat:push-nonce:" + timestamp + ":" + (nonce.length() > 64 ? nonce.substring(0, 64) : nonce));
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, "1", FRESH.multipliedBy(2)));
    }

    private static int parseLabel(String label) {
        try {
            return label == null ? 0 : Integer.parseInt(label.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
