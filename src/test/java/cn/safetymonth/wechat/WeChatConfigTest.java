package cn.safetymonth.wechat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeChatConfigTest {

    private static MockEnvironment profile(String... profiles) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(profiles);
        return env;
    }

    @Test
    void productionRefusesToStartAgainstTheLocalWeChatStub() {
        WeChatProperties props = new WeChatProperties("wx123", "s3cret", "http://127.0.0.1:9999", null, "formal");
        assertThatThrownBy(() -> WeChatConfig.checkNotStubInProduction(props, profile("prod")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("api-host-url");
    }

    @Test
    void productionRefusesToStartWithoutAppIdSecretOrPushToken() {
        assertThatThrownBy(() -> WeChatConfig.checkNotStubInProduction(new WeChatProperties(null, null, "", null, "formal"), profile("prod")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SAFETY_WX_APPID");
        assertThatThrownBy(() -> WeChatConfig.checkNotStubInProduction(new WeChatProperties("wx123", " ", "", null, "formal"), profile("prod")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> WeChatConfig.checkNotStubInProduction(new WeChatProperties("", "s3cret", null, null, "formal"), profile("prod")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> WeChatConfig.checkNotStubInProduction(new WeChatProperties("wx123", "s3cret", null, " ", "formal"), profile("prod")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SAFETY_WX_PUSH_TOKEN");
    }

    @Test
    void productionStartsAgainstTheRealWeChatHostWithCredentials() {
        WeChatProperties props = new WeChatProperties("wx123", "s3cret", "https://api.weixin.qq.com", "push-token", "formal");
        assertThatCode(() -> WeChatConfig.checkNotStubInProduction(props, profile("prod"))).doesNotThrowAnyException();
    }

    @Test
    void productionStartsWithAnEmptyHostMeaningTheRealOne() {
        WeChatProperties props = new WeChatProperties("wx123", "s3cret", "", "push-token", "formal");
        assertThatCode(() -> WeChatConfig.checkNotStubInProduction(props, profile("prod"))).doesNotThrowAnyException();
        WeChatProperties none = new WeChatProperties("wx123", "s3cret", null, "push-token", "formal");
        assertThatCode(() -> WeChatConfig.checkNotStubInProduction(none, profile("prod"))).doesNotThrowAnyException();
    }

    @Test
    void productionAlongsideOtherProfilesStillRefusesTheStub() {
        WeChatProperties props = new WeChatProperties("wx123", "s3cret", "http://127.0.0.1:9999", null, "formal");
        assertThatThrownBy(() -> WeChatConfig.checkNotStubInProduction(props, profile("mariadb", "prod")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void developmentMayUseTheStubWithoutCredentials() {
        WeChatProperties props = new WeChatProperties(null, null, "http://127.0.0.1:9999", null, "formal");
        assertThatCode(() -> WeChatConfig.checkNotStubInProduction(props, profile("dev"))).doesNotThrowAnyException();
        assertThatCode(() -> WeChatConfig.checkNotStubInProduction(props, profile())).doesNotThrowAnyException();
    }
}
