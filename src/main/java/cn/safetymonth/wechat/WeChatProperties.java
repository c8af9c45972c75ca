package cn.safetymonth.wechat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param appid      the mini-program's AppID
 * @param secret     its AppSecret: from the environment only, never logged
 * @param apiHostUrl where WeChat's API lives; empty means the real https://api.weixin.qq.com. The
 *                   embedded default and the tests point it at a local stub of WeChat. The production
 *                   profile refuses to start with anything but the real host.
 */
@ConfigurationProperties("safety.wechat")
public record WeChatProperties(String appid, String secret, String apiHostUrl) {

    static final String REAL_HOST = "https://api.weixin.qq.com";

    boolean usesStub() {
        return apiHostUrl != null && !apiHostUrl.isBlank() && !REAL_HOST.equals(apiHostUrl.trim());
    }
}
