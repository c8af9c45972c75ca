package cn.safetymonth.identity;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.Concurrently;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Workers through HTTP: WeChat login (stub over real HTTP), profile, joining and moving unions. */
class WorkerLoginIT extends IntegrationTest {

    static final String GRASSROOTS_A = "QH-01-001";
    static final String GRASSROOTS_B = "QH-02-001";

    @Test
    void newWorkerLogsInAndPlaysAsPublicUntilJoining() {
        String token = workerToken(freshUser("li"));

        Api.Res me = api.get("/api/app/me", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.data().path("publicParticipant").asBoolean()).isTrue();
        assertThat(me.data().path("union").isNull()).isTrue();
    }

    @Test
    void loginNeverRevealsSessionKeyAndTheSessionIsKeptAsTheTokensHashForItsLife() {
        Api.Res login = api.post("/api/app/auth/login", null, Map.of("code", freshUser("wang") + "-1"));

        assertThat(login.code()).isZero();
        assertThat(new String(login.raw())).doesNotContain("session").doesNotContain("openid").doesNotContain("stub_");
        long expiresIn = login.data().path("expiresIn").asLong();
        assertThat(expiresIn).isPositive();
        String token = login.data().path("token").asString();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM auth_session WHERE token_hash = ?", Integer.class, token))
                .as("never the token itself").isZero();
        assertThat(jdbc.queryForObject("SELECT TIMESTAMPDIFF(SECOND, created_at, expires_at) FROM auth_session "
                + "WHERE token_hash = ? AND owner_kind = 'WORKER'", Long.class, TokenStore.hash(token))).isEqualTo(expiresIn);
    }

    @Test
    void joiningByCodeTypedLowerCaseShowsTheUnionAndItsLineage() {
        String token = workerToken(freshUser("zhao"));

        Api.Res joined = api.post("/api/app/me/union", token, Map.of("joinCode", "  " + joinCode(GRASSROOTS_A).toLowerCase() + " "));
        Api.Res me = api.get("/api/app/me", token);

        assertThat(joined.code()).as(joined.toString()).isZero();
        JsonNode union = me.data().path("union");
        assertThat(union.path("id").asLong()).isEqualTo(unionId(GRASSROOTS_A));
        assertThat(union.path("lineage")).hasSize(3);
        assertThat(union.path("lineage").get(0).asString()).isEqualTo("清河市总工会");
        assertThat(me.data().path("publicParticipant").asBoolean()).isFalse();
    }

    @Test
    void movingToAnotherUnionKeepsTheHistoryForPastParticipation() {
        String token = workerToken(freshUser("sun"));
        api.post("/api/app/me/union", token, Map.of("joinCode", joinCode(GRASSROOTS_A)));
        api.post("/api/app/me/union", token, Map.of("joinCode", joinCode(GRASSROOTS_B)));

        JsonNode history = api.get("/api/app/me/union/history", token).data();

        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("union").path("id").asLong()).isEqualTo(unionId(GRASSROOTS_B));
        assertThat(history.get(0).path("leftAt").isNull()).isTrue();
        assertThat(history.get(1).path("union").path("id").asLong()).isEqualTo(unionId(GRASSROOTS_A));
        assertThat(history.get(1).path("leftAt").isNull()).isFalse();
    }

    @Test
    void leavingMakesTheWorkerPublicAgain() {
        String token = workerToken(freshUser("qian"));
        api.post("/api/app/me/union", token, Map.of("joinCode", joinCode(GRASSROOTS_A)));

        Api.Res left = api.delete("/api/app/me/union", token);
        Api.Res again = api.delete("/api/app/me/union", token);

        assertThat(left.code()).isZero();
        assertThat(api.get("/api/app/me", token).data().path("publicParticipant").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.code()).isEqualTo(3008);
    }

    @Test
    void unknownOrNonGrassrootsJoinCodesAreRefusedClearly() {
        String token = workerToken(freshUser("zhou"));

        Api.Res unknown = api.post("/api/app/me/union", token, Map.of("joinCode", "ZZZZZ2"));
        Api.Res county = api.post("/api/app/me/union", token, Map.of("joinCode", joinCode("QH-01")));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.msg()).contains("joinCode").contains("加入码无效");
        assertThat(county.status()).isEqualTo(400);
        assertThat(county.code()).isEqualTo(3004);
        assertThat(api.get("/api/app/me", token).data().path("publicParticipant").asBoolean()).isTrue();
    }

    @Test
    void twentyConcurrentJoinsGiveExactlyOneCurrentMembership() throws Exception {
        String token = workerToken(freshUser("wu"));
        long workerId = api.get("/api/app/me", token).data().path("workerId").asLong();
        String code = joinCode(GRASSROOTS_A);

        // ten, not twenty: every join-code try in flight holds one of the worker's ten an hour until it proves right
        List<Api.Res> results = Concurrently.run(10, () -> api.post("/api/app/me/union", token, Map.of("joinCode", code)));

        assertThat(results).allSatisfy(r -> assertThat(r.code()).as(r.toString()).isZero());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_membership WHERE worker_id = ?", Integer.class, workerId)).isEqualTo(1);
    }

    @Test
    void tenConcurrentSwitchesToAnotherUnionAllSucceedWithOneCurrentMembership() throws Exception {
        String token = workerToken(freshUser("move"));
        long workerId = api.get("/api/app/me", token).data().path("workerId").asLong();
        api.post("/api/app/me/union", token, Map.of("joinCode", joinCode(GRASSROOTS_A)));
        String code = joinCode(GRASSROOTS_B);

        // ten, not twenty: every join-code try in flight holds one of the worker's ten an hour until it proves right
        List<Api.Res> results = Concurrently.run(10, () -> api.post("/api/app/me/union", token, Map.of("joinCode", code)));

        assertThat(results).allSatisfy(r -> assertThat(r.code()).as(r.toString()).isZero());
        assertThat(jdbc.queryForObject("SELECT union_id FROM org_membership WHERE worker_id = ? AND active = 1", Long.class, workerId))
                .isEqualTo(unionId(GRASSROOTS_B));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_membership WHERE worker_id = ?", Integer.class, workerId)).isEqualTo(2);
    }

    @Test
    void twentyConcurrentFirstLoginsOfOnePersonCreateOneWorker() throws Exception {
        String user = freshUser("zheng");
        var seq = new java.util.concurrent.atomic.AtomicInteger();

        List<Api.Res> results = Concurrently.run(20, () -> api.post("/api/app/auth/login", null, Map.of("code", user + "-c" + seq.incrementAndGet())));

        assertThat(results).allSatisfy(r -> assertThat(r.code()).as(r.toString()).isZero());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE openid = ?", Integer.class, "stub_" + user)).isEqualTo(1);
        assertThat(results.stream().map(r -> r.data().path("token").asString()).distinct()).hasSize(20);
    }

    @ParameterizedTest
    @CsvSource({
            "err40029, 400, 4001",
            "err40163, 400, 4002",
            "err45011, 429, 4003",
            "err40226, 403, 4004",
            "err-1,    503, 4005"})
    void weChatLoginErrorsBecomeClearErrorsForTheApp(String code, int status, int errorCode) {
        Api.Res r = api.post("/api/app/auth/login", null, Map.of("code", code + "-" + System.nanoTime()));

        assertThat(r.status()).isEqualTo(status);
        assertThat(r.code()).isEqualTo(errorCode);
        assertThat(r.msg()).isNotBlank().doesNotContain("weixin").doesNotContain("secret");
    }

    @Test
    void aLoginCodeWorksOnlyOnce() {
        String code = freshUser("feng") + "-once";
        assertThat(api.post("/api/app/auth/login", null, Map.of("code", code)).code()).isZero();

        Api.Res reused = api.post("/api/app/auth/login", null, Map.of("code", code));

        assertThat(reused.code()).isEqualTo(4002);
    }

    @Test
    void aCodeWithOddCharactersNeverReachesWeChatNorEchoesTheSecret() {
        int before = wechat().calls("/sns/jscode2session");

        Api.Res r = api.post("/api/app/auth/login", null, Map.of("code", "abc&secret=x y%20"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo(4001);
        assertThat(new String(r.raw())).doesNotContain(cn.safetymonth.support.WeChatStub.SECRET).doesNotContain("http");
        assertThat(wechat().calls("/sns/jscode2session")).isEqualTo(before);
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void neitherTheAppSecretNorSessionKeysNorPhonesReachTheLogs(org.springframework.boot.test.system.CapturedOutput output) {
        String token = workerToken(freshUser("log"));
        api.post("/api/app/auth/login", null, Map.of("code", "err40029-log"));
        api.post("/api/app/auth/login", null, Map.of("code", "err-1-log"));
        api.post("/api/app/me/phone", token, Map.of("code", "phone-13700001111"));

        assertThat(output.getAll())
                .contains("errcode=40029")
                .doesNotContain(cn.safetymonth.support.WeChatStub.SECRET)
                .doesNotContain("c2Vzc2lvbi1rZXktb2Yt")
                .doesNotContain("13700001111")
                .doesNotContain(token);
    }

    @Test
    void logoutRevokesTheToken() {
        String token = workerToken(freshUser("chen"));

        assertThat(api.post("/api/app/auth/logout", token, Map.of()).code()).isZero();

        Api.Res after = api.get("/api/app/me", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo(1007);
    }

    @Test
    void boundPhoneIsOnlyEverShownMasked() {
        String token = workerToken(freshUser("chu"));

        Api.Res r = api.post("/api/app/me/phone", token, Map.of("code", "phone-13812345678"));
        Api.Res bad = api.post("/api/app/me/phone", token, Map.of("code", "err40029"));

        assertThat(r.data().path("phoneMasked").asString()).isEqualTo("138****5678");
        assertThat(new String(r.raw())).doesNotContain("13812345678");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo(4007);
    }
}
