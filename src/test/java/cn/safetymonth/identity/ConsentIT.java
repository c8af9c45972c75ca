package cn.safetymonth.identity;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import cn.safetymonth.support.TestPhotos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, item 1: no personal data is stored before the worker has accepted the privacy notice in force. */
class ConsentIT extends IntegrationTest {

    @Autowired
    PrivacyNotices notices;
    @Autowired
    PrivacyProperties props;

    @TempDir
    Path dir;

    @AfterEach
    void shippedNoticeAgain() {
        notices.load(Path.of(props.noticeDir()));
    }

    @Test
    void beforeAcceptingNoPhoneNameOrPhotoIsTakenAndAfterwardsTheyAre() {
        String code = freshUser("consent") + "-1";
        Api.Res login = api.post("/api/app/auth/login", null, Map.of("code", code));
        String token = login.data().path("token").asString();
        assertThat(login.data().path("privacy").path("accepted").asBoolean()).isFalse();

        Api.Res phone = api.post("/api/app/me/phone", token, Map.of("code", "phone-13912345678"));
        Api.Res name = api.put("/api/app/me", token, Map.of("realName", "周一"));
        Api.Res photo = upload(token);

        for (Api.Res refused : new Api.Res[]{phone, name, photo}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo(1014);
            assertThat(refused.msg()).contains("隐私保护指引");
        }
        long workerId = api.get("/api/app/me", token).data().path("workerId").asLong();
        assertThat(jdbc.queryForMap("SELECT phone, real_name FROM worker WHERE id = ?", workerId)).containsValues(null, null);

        Api.Res notice = api.get("/api/app/privacy/notice", token);
        assertThat(notice.data().path("markdown").asString()).contains("收集").contains("谁能看到").contains("保存多久").contains("注销");
        Api.Res accepted = api.post("/api/app/privacy/consents", token, Map.of("version", notice.data().path("version").asString()));
        Api.Res again = api.post("/api/app/privacy/consents", token, Map.of("version", notice.data().path("version").asString()));

        assertThat(accepted.data().path("accepted").asBoolean()).isTrue();
        assertThat(again.data().path("history")).hasSize(1);
        assertThat(api.post("/api/app/me/phone", token, Map.of("code", "phone-13912345678")).code()).isZero();
        assertThat(api.put("/api/app/me", token, Map.of("realName", "周一")).code()).isZero();
        assertThat(upload(token).code()).isZero();
        assertThat(api.post("/api/app/auth/login", null, Map.of("code", code.replace("-1", "-2")))
                .data().path("privacy").path("accepted").asBoolean()).isTrue();
    }

    @Test
    void aNewVersionAsksAgainAndTheHistoryIsTheWorkersToRead() throws IOException {
        String token = workerToken(freshUser("consent"));
        String first = api.get("/api/app/privacy/notice", token).data().path("version").asString();

        Files.writeString(dir.resolve("notice.yml"), "version: \"2099.1\"\ntitle: 新版指引\neffectiveDate: 2099-01-01\nbody: notice.md\n");
        Files.writeString(dir.resolve("notice.md"), "## 一、我们收集哪些信息\n新增：无。\n");
        notices.load(dir);

        Api.Res refused = api.post("/api/app/me/phone", token, Map.of("code", "phone-13912340000"));
        Api.Res stale = api.post("/api/app/privacy/consents", token, Map.of("version", first));
        assertThat(refused.code()).isEqualTo(1014);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.msg()).contains("version");

        assertThat(api.post("/api/app/privacy/consents", token, Map.of("version", "2099.1")).code()).isZero();
        assertThat(api.post("/api/app/me/phone", token, Map.of("code", "phone-13912340000")).code()).isZero();
        Api.Res me = api.get("/api/app/me", token);
        assertThat(me.data().path("privacy").path("currentVersion").asString()).isEqualTo("2099.1");
        assertThat(me.data().path("privacy").path("history").findValuesAsString("version")).containsExactly(first, "2099.1");
    }

    @Test
    void aBrokenNoticeIsRefusedWithTheFileNamed() throws IOException {
        Files.writeString(dir.resolve("notice.yml"), "version: \"\"\ntitle: x\neffectiveDate: 2099-01-01\nbody: notice.md\n");
        try {
            notices.load(dir);
            throw new AssertionError("a notice without a version was accepted");
        } catch (IllegalStateException e) {
            assertThat(e.getMessage()).contains("notice.yml").contains("version");
        }
    }

    private Api.Res upload(String token) {
        return api.upload("/api/app/hazard/photos", token, "file", "tmp.jpg", "image/jpeg", TestPhotos.jpeg(320, 240));
    }
}
