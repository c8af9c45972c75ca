package cn.safetymonth.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaMediaAsyncCheckResult;
import cn.binarywang.wx.miniapp.bean.safety.request.WxMaUserSafetyRiskRankRequest;
import cn.binarywang.wx.miniapp.bean.safety.response.WxMaUserSafetyRiskRankResponse;
import cn.binarywang.wx.miniapp.bean.security.WxMaMediaSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckResponse;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * WeChat's security APIs. Content security, version 2: text is judged at once (msg_sec_check), images later (media_check_async, whose
 * verdict arrives as a push, see {@link WeChatPushController}). User content reaches nobody but reviewers before it passed.
 * And the user risk rank (getuserriskrank), which tells how likely an account is one of a farm.
 */
@Service
public class WeChatContentSecurity {

    private static final Logger log = LoggerFactory.getLogger(WeChatContentSecurity.class);
    /** msg_sec_check accepts at most 2,500 characters per call. */
    private static final int TEXT_CHUNK = 2500;
    private static final int MEDIA_TYPE_IMAGE = 2;
    private static final int SCENE_ACTIVITY = 1;

    private final WxMaService wx;
    private final MediaVerdicts verdicts;

    WeChatContentSecurity(WxMaService wx, MediaVerdicts verdicts) {
        this.wx = wx;
        this.verdicts = verdicts;
    }

    /**
     * The verdict WeChat already pushed for this trace id, if it came before the caller stored the id: call it right
     * after storing the trace id, and apply what it returns as a {@link MediaCheckVerdict} would be applied.
     */
    public Optional<ContentVerdict> verdictArrived(String traceId) {
        return verdicts.arrived(traceId);
    }

    /**
     * Judges a worker's text. scene: 1 资料, 2 评论, 3 论坛, 4 社交日志. msg_sec_check v2 answers errcode 0 even for risky
     * text, so the verdict is read from result.suggest. When WeChat cannot answer, the text is held for a human
     * (REVIEW) rather than refused: the worker's submission still goes through.
     */
    public ContentVerdict checkText(String openid, int scene, String text) {
        if (text == null || text.isBlank()) {
            return ContentVerdict.PASS;
        }
        ContentVerdict worst = ContentVerdict.PASS;
        int codePoints = text.codePointCount(0, text.length());
        for (int done = 0; done < codePoints; done += TEXT_CHUNK) {
            // cut by characters, not UTF-16 units: an emoji is never split between two calls
            int from = text.offsetByCodePoints(0, done);
            String chunk = text.substring(from, text.offsetByCodePoints(from, Math.min(TEXT_CHUNK, codePoints - done)));
            ContentVerdict v = checkChunk(openid, scene, chunk);
            if (v.compareTo(worst) > 0) {
                worst = v;
            }
        }
        return worst;
    }

    private ContentVerdict checkChunk(String openid, int scene, String chunk) {
        try {
            WxMaMsgSecCheckCheckResponse r = wx.getSecurityService().checkMessage(WxMaMsgSecCheckCheckRequest.builder()
                    .version("2").openid(openid).scene(scene).content(chunk).build());
            return ContentVerdict.of(r == null || r.getResult() == null ? null : r.getResult().getSuggest());
        } catch (WxErrorException e) {
            log.warn("wechat msg_sec_check failed: errcode={}; held for review", e.getError() == null ? 0 : e.getError().getErrorCode());
            return ContentVerdict.REVIEW;
        } catch (WxRuntimeException e) {
            log.warn("wechat msg_sec_check unavailable; held for review");
            return ContentVerdict.REVIEW;
        }
    }

    /**
     * WeChat's risk rank (0 lowest – 4 highest) of a user taking part in an activity (scene 1, 营销作弊), from the address
     * the request came from. Empty when WeChat cannot tell (no permission, an openid not seen for 30 minutes, an outage):
     * the caller then judges by behaviour alone.
     */
    public Optional<Integer> userRiskRank(String openid, String clientIp) {
        try {
            WxMaUserSafetyRiskRankResponse r = wx.getSecurityService().getUserRiskRank(WxMaUserSafetyRiskRankRequest.builder()
                    .appid(wx.getWxMaConfig().getAppid()).openid(openid).scene(SCENE_ACTIVITY).clientIp(clientIp).build());
            return Optional.ofNullable(r == null ? null : r.getRiskRank());
        } catch (WxErrorException e) {
            log.warn("wechat getuserriskrank failed: errcode={}", e.getError() == null ? 0 : e.getError().getErrorCode());
            return Optional.empty();
        } catch (WxRuntimeException e) {
            log.warn("wechat getuserriskrank unavailable");
            return Optional.empty();
        }
    }

    /**
     * Sends an image WeChat can download at {@code imageUrl} (a signed link valid for an hour or more) to
     * media_check_async and returns its trace_id; the verdict arrives later as a {@link MediaCheckVerdict}.
     * Null when WeChat could not take it: the caller keeps the image for reviewers only until a person decides.
     */
    public String submitImageCheck(String openid, int scene, String imageUrl) {
        try {
            WxMaMediaAsyncCheckResult r = wx.getSecurityService().mediaCheckAsync(WxMaMediaSecCheckCheckRequest.builder()
                    .mediaUrl(imageUrl).mediaType(MEDIA_TYPE_IMAGE).version(2).openid(openid).scene(scene).build());
            return r == null || r.getTraceId() == null || r.getTraceId().isBlank() ? null : r.getTraceId();
        } catch (WxErrorException e) {
            log.warn("wechat media_check_async failed: errcode={}", e.getError() == null ? 0 : e.getError().getErrorCode());
            return null;
        } catch (WxRuntimeException e) {
            log.warn("wechat media_check_async unavailable");
            return null;
        }
    }
}
