package cn.safetymonth.wechat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param appid      the mini-program's AppID
 * @param secret     its AppSecret: from the environment only, never logged
 * @param apiHostUrl where WeChat's API lives; empty means the real https://api.weixin.qq.com. The
 *                   embedded default and the tests point it at a local stub of WeChat. The production
 *                   profile refuses to start with anything but the real host.
 * @param pushToken  the Token set in the mini-program console for message push (消息推送, JSON, 明文模式): WeChat
 *                   signs every push with it. Empty refuses every push.
 * @param miniprogramState which version a subscribe message opens: formal, trial or developer
 */
@ConfigurationProperties("safety.wechat")
public record WeChatProperties(String appid, String secret, String apiHostUrl, String pushToken,
                               @DefaultValue("formal") String miniprogramState) {

    static final String REAL_HOST = "https://api.weixin.qq.com";

    boolean usesStub() {
        return apiHostUrl != null && !apiHostUrl.isBlank() && !REAL_HOST.equals(apiHostUrl.trim());
    }
}
