package cn.safetymonth.wechat;

import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import cn.safetymonth.support.TestBackend;
import cn.safetymonth.support.WeChatStub;
import cn.binarywang.wx.miniapp.api.WxMaService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Content security through WxJava against the stub, and WeChat's signed push of the late image verdict. */
class WeChatContentSecurityIT extends IntegrationTest {

    @Autowired
    WeChatContentSecurity security;

    @Autowired
    ObjectStorage storage;

    @Autowired
    WxMaService wx;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void textIsJudgedByTheSuggestionNotByTheErrcode() {
        assertThat(security.checkText("stub_alice", 1, "楼道里电动车在充电，存在火灾隐患")).isEqualTo(ContentVerdict.PASS);
        assertThat(security.checkText("stub_alice", 1, "这是一段违禁内容")).isEqualTo(ContentVerdict.RISKY);
        assertThat(security.checkText("stub_alice", 1, "这段待审的话")).isEqualTo(ContentVerdict.REVIEW);
        // longer than one call takes: the worst part decides
        assertThat(security.checkText("stub_alice", 1, "安全".repeat(2000) + "违禁")).isEqualTo(ContentVerdict.RISKY);
    }

    @Test
    void aTokenLockThatBelongsToNobodyHoldsTheTextForReviewInsteadOfKeepingTheWriterWaitingForIt() {
        BoundedRedisLock lock = (BoundedRedisLock) wx.getWxMaConfig().getAccessTokenLock();
        // what a SET NX that Lettuce had given up on leaves when a paused Redis resumes, for as long as WxJava's own lease
        redis.opsForValue().set(lock.key(), "nobody", Duration.ofMinutes(1));
        wx.getWxMaConfig().expireAccessToken();
        ContentVerdict whileLocked;
        try {
            whileLocked = security.checkText("stub_alice", 1, "楼道里电动车在充电，存在火灾隐患");
        } finally {
            redis.delete(lock.key());
        }

        assertThat(whileLocked).as("WeChat out of reach for this request: held for review, not kept waiting").isEqualTo(ContentVerdict.REVIEW);
        assertThat(security.checkText("stub_alice", 1, "楼道里电动车在充电，存在火灾隐患")).as("the lock free, the token is fetched")
                .isEqualTo(ContentVerdict.PASS);
    }

    @Test
    void aHolderWhoseLeaseRanOutCannotReleaseTheNextHoldersLock() throws Exception {
        String key = TestBackend.get().keyPrefix() + "test:lock:" + System.nanoTime();
        BoundedRedisLock first = new BoundedRedisLock(redis, key);
        BoundedRedisLock second = new BoundedRedisLock(redis, key);

        assertThat(first.tryLock()).isTrue();
        assertThat(second.tryLock(100, TimeUnit.MILLISECONDS)).as("held").isFalse();
        redis.delete(key); // the first one's lease ran out
        assertThat(second.tryLock()).isTrue();
        first.unlock();

        assertThat(redis.hasKey(key)).as("still the second one's").isTrue();
        second.unlock();
        assertThat(redis.hasKey(key)).isFalse();
    }

    @Test
    void anImageVerdictArrivesLaterAsASignedPush() throws Exception {
        String risky = imageCheck(Color.RED);
        String clean = imageCheck(Color.WHITE);

        await().atMost(Duration.ofSeconds(10)).until(() -> verdictOf(risky) != null && verdictOf(clean) != null);
        assertThat(verdictOf(risky).verdict()).isEqualTo(ContentVerdict.RISKY);
        assertThat(verdictOf(clean).verdict()).isEqualTo(ContentVerdict.PASS);
    }

    @Test
    void aPushWithoutOurSignatureIsRefusedAndPublishesNothing() {
        String body = "{\"Event\":\"wxa_media_check\",\"trace_id\":\"forged-1\",\"result\":{\"suggest\":\"pass\",\"label\":100}}";
        Api.Res forged = api.raw("POST", "/api/wechat/push?signature=deadbeef&timestamp=1&nonce=2", null, "application/json",
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.msg()).contains("signature");
        assertThat(published.of(MediaCheckVerdict.class)).noneMatch(v -> v.traceId().equals("forged-1"));
    }

    @Test
    void theConsoleUrlCheckEchoesOnlyWhenSignedWithOurTokenFreshAndNew() {
        String now = Long.toString(clock.instant().getEpochSecond());
        String nonce = Long.toString(System.nanoTime());
        String signature = WeChatStub.sign(WeChatStub.PUSH_TOKEN, now, nonce);
        String old = Long.toString(clock.instant().getEpochSecond() - 3600);

        Api.Res ok = api.get("/api/wechat/push?signature=" + signature + "&timestamp=" + now + "&nonce=" + nonce + "&echostr=hello", null);
        Api.Res replayed = api.get("/api/wechat/push?signature=" + signature + "&timestamp=" + now + "&nonce=" + nonce + "&echostr=hello", null);
        Api.Res wrong = api.get("/api/wechat/push?signature=" + signature + "&timestamp=" + now + "1&nonce=" + nonce + "&echostr=hello", null);
        Api.Res stale = api.get("/api/wechat/push?signature=" + WeChatStub.sign(WeChatStub.PUSH_TOKEN, old, nonce) + "&timestamp=" + old
                + "&nonce=" + nonce + "&echostr=hello", null);

        assertThat(ok.status()).isEqualTo(200);
        assertThat(new String(ok.raw(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(replayed.status()).as("a signed URL works once").isEqualTo(403);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(stale.status()).as("an old signed URL is refused").isEqualTo(403);
    }

    private String imageCheck(Color topLeft) throws Exception {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        img.setRGB(0, 0, topLeft.getRGB());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        String key = "test/media-check/" + System.nanoTime() + ".png";
        storage.put(key, png.toByteArray(), "image/png");
        String traceId = security.submitImageCheck("stub_alice", 1, storage.signedUrl(key, Duration.ofHours(1)));
        assertThat(traceId).isNotBlank();
        return traceId;
    }

    private MediaCheckVerdict verdictOf(String traceId) {
        return published.of(MediaCheckVerdict.class).stream().filter(v -> v.traceId().equals(traceId)).findFirst().orElse(null);
    }
}
