package cn.safetymonth.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaRedisBetterConfigImpl;
import cn.safetymonth.common.redis.RedisKeyPrefix;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class WeChatConfig {

    /**
     * WxJava with its access token in Redis (so every instance shares one token instead of
     * invalidating each other's), refreshed under a lock no request waits long for ({@link BoundedRedisLock}), and,
     * outside production, pointed at a local stub of WeChat.
     */
    @Bean
    WxMaService wxMaService(WeChatProperties props, StringRedisTemplate redis, RedisKeyPrefix prefix, Environment env) {
        checkNotStubInProduction(props, env);
        WxMaRedisBetterConfigImpl config = new WxMaRedisBetterConfigImpl(new BoundedRedisLock.Ops(redis), prefix.key("wx"));
        config.setAppid(props.appid());
        config.setSecret(props.secret());
        config.setToken(props.pushToken());
        if (props.usesStub()) {
            config.setApiHostUrl(props.apiHostUrl().trim());
        }
        WxMaServiceImpl service = new WxMaServiceImpl();
        service.setWxMaConfig(config);
        // WeChat's -1 "system busy" is retried by WxJava (by default 5 times, doubling from 1 s: 31 s);
        // a worker on a phone should hear "try again" within a second or so instead
        service.setMaxRetryTimes(2);
        service.setRetrySleepMillis(200);
        return service;
    }

    /** The stub (and with it any development login) can never be switched on in production. */
    static void checkNotStubInProduction(WeChatProperties props, Environment env) {
        if (env.acceptsProfiles(Profiles.of("prod"))) {
            if (props.usesStub()) {
                throw new IllegalStateException("safety.wechat.api-host-url must be empty in the prod profile: "
                        + "the WeChat stub is for development and tests only");
            }
            if (isBlank(props.appid()) || isBlank(props.secret()) || isBlank(props.pushToken())) {
                throw new IllegalStateException("SAFETY_WX_APPID, SAFETY_WX_SECRET and SAFETY_WX_PUSH_TOKEN are required in the prod profile");
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
