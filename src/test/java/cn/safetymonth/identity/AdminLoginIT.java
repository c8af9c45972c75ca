package cn.safetymonth.identity;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.Concurrently;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admin login as a guesser tries it, on H2 and on MariaDB (whose utf8mb4_unicode_ci called 'admin ', 'ＡＤＭＩＮ' and
 * 'ADMIN' equal): one count per account however the name is spelled or wherever the guess comes from, at most 20 an
 * hour, and the owner's own way in past a lock a stranger caused.
 */
class AdminLoginIT extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("验证码 (\\d{6})");

    record Staff(long id, String username, String password, String token) {
    }

    /** A fresh account of {@code role} at {@code unionCode}, first password changed, with its holder's WeChat bound. */
    private Staff staff(String prefix, String role, String unionCode, String wechatToken) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", prefix + System.nanoTime() % 1_000_000,
                "displayName", "登录测试", "role", role));
        if (unionCode != null) {
            body.put("unionId", unionId(unionCode));
        }
        Api.Res created = api.post("/api/admin/accounts", platformAdminToken(), body);
        assertThat(created.code()).as(created.toString()).isZero();
        String username = created.data().path("account").path("username").asString();
        String initial = created.data().path("initialPassword").asString();
        String first = api.post("/api/admin/auth/login", null, Map.of("username", username, "password", initial)).data().path("token").asString();
        String password = "Own" + initial;
        String token = api.post("/api/admin/auth/password", first, Map.of("oldPassword", initial, "newPassword", password))
                .data().path("token").asString();
        if (wechatToken != null) {
            bindWeChat(token, wechatToken);
        }
        return new Staff(created.data().path("account").path("id").asLong(), username, password, token);
    }

    private void bindWeChat(String staffToken, String wechatToken) {
        String code = api.post("/api/admin/auth/wechat-binding", staffToken, Map.of()).data().path("code").asString();
        Api.Res bound = api.post("/api/app/me/staff-binding", wechatToken, Map.of("code", code));
        assertThat(bound.code()).as(bound.toString()).isZero();
    }

    private Api.Res login(Api from, String username, String password) {
        return from.post("/api/admin/auth/login", null, Map.of("username", username, "password", password));
    }

    private Api.Res loginWithCode(String username, String password, String code) {
        return api.post("/api/admin/auth/login", null, Map.of("username", username, "password", password, "loginCode", code));
    }

    /** The newest login code in the holder's mini-program inbox. */
    private String codeInInbox(String wechatToken) {
        for (JsonNode m : api.get("/api/app/notices?size=20", wechatToken).data().path("items")) {
            if ("staff.login-code".equals(m.path("kind").asString())) {
                Matcher found = CODE.matcher(m.path("body").asString());
                assertThat(found.find()).as(m.toString()).isTrue();
                return found.group(1);
            }
        }
        throw new AssertionError("no login code in the inbox");
    }

    private long auditCount(String kind, long accountId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE kind = ? AND actor_account_id = ?", Long.class, kind, accountId);
    }

    @Test
    void afterFiveWrongPasswordsForAdminNoOtherSpellingGetsATryAndItsOwnerStillGetsInWithTheCodeOnTheirWeChat() {
        platformAdminToken();
        long admin = jdbc.queryForObject("SELECT id FROM admin_account WHERE username = 'admin'", Long.class);
        Staff keeper = staff("keeper", "PLATFORM_ADMIN", null, null);
        String ownersWeChat = workerToken(freshUser("adminowner"));
        bindWeChat(platformAdminToken(), ownersWeChat);
        api.post("/api/admin/accounts/" + admin + "/unlock", keeper.token(), Map.of()); // whatever the suite did before
        try {
            for (int i = 1; i <= 5; i++) {
                Api.Res wrong = login(api.from("198.51.100." + i), "admin", "Guess" + i + "word");
                assertThat(wrong.status()).as("guess %d: %s", i, wrong).isEqualTo(i < 5 ? 401 : 429);
            }
            for (String spelling : List.of("admin", "admin ", "ADMIN ", " Admin", "ＡＤＭＩＮ", "ａｄｍｉｎ")) {
                Api.Res right = login(api.from("203.0.113.9"), spelling, ADMIN_PASSWORD);
                assertThat(right.status()).as("'%s' with the right password: %s", spelling, right).isEqualTo(429);
                assertThat(right.code()).isEqualTo(2002);
                assertThat(right.msg()).contains("锁定").contains("后再试");
            }
            Api.Res accented = login(api, "ádmin", ADMIN_PASSWORD);
            assertThat(accented.status()).isEqualTo(400);
            assertThat(accented.msg()).startsWith("字段 username：");
            assertThat(auditCount("LOGIN_FAILED", admin)).isGreaterThanOrEqualTo(5);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT client_address) FROM audit_log WHERE kind = 'LOGIN_FAILED' "
                    + "AND actor_account_id = ? AND client_address LIKE '198.51.100.%'", Long.class, admin)).isEqualTo(5);

            Api.Res sent = api.post("/api/admin/auth/login-code", null, Map.of("username", "ADMIN"));
            assertThat(sent.data().path("expiresIn").asLong()).isPositive();
            String code = codeInInbox(ownersWeChat);
            Api.Res wrongCode = loginWithCode("admin", ADMIN_PASSWORD, code.equals("000000") ? "111111" : "000000");
            Api.Res owner = loginWithCode("admin", ADMIN_PASSWORD, code);
            Api.Res again = loginWithCode("admin", ADMIN_PASSWORD, code);

            assertThat(wrongCode.status()).isEqualTo(400);
            assertThat(wrongCode.msg()).contains("loginCode");
            assertThat(owner.code()).as(owner.toString()).isZero();
            assertThat(again.status()).as("a code is good once").isEqualTo(400);
            assertThat(login(api, "admin", ADMIN_PASSWORD).status()).as("the lock stands for passwords alone").isEqualTo(429);
            assertThat(jdbc.queryForObject("SELECT detail FROM audit_log WHERE kind = 'LOGIN_SUCCEEDED' AND actor_account_id = ? "
                    + "ORDER BY id DESC LIMIT 1", String.class, admin)).contains("验证码");
        } finally {
            api.post("/api/admin/accounts/" + admin + "/unlock", keeper.token(), Map.of());
        }
        assertThat(login(api, "admin", ADMIN_PASSWORD).code()).as("unlocked by another platform admin").isZero();
        assertThat(auditCount("ACCOUNT_UNLOCKED", keeper.id())).isEqualTo(2);
    }

    @Test
    void twentyWrongPasswordsAnHourHoweverSpelledOrSpreadLockFurtherGuessingEvenBetweenTheOwnersLogins() {
        Staff s = staff("hourly", "REVIEWER", "QH-09", null);
        String upper = " " + s.username().toUpperCase();
        int wrong = 0;
        // four wrong at a time never trips the short lock, and each time the owner logs in the run starts again
        for (int run = 0; run < 5; run++) {
            for (int i = 0; i < 4; i++) {
                Api.Res r = login(api.from("192.0.2." + wrong), i % 2 == 0 ? upper : s.username(), "Wrong" + wrong + "pw");
                wrong++;
                assertThat(r.status()).as("wrong password %d: %s", wrong, r).isEqualTo(wrong < 20 ? 401 : 429);
            }
            if (run < 4) {
                assertThat(login(api.from("192.0.2.250"), s.username(), s.password()).code()).as("the owner, after run %d", run).isZero();
            }
            clock.advance(Duration.ofMinutes(2));
        }
        Api.Res guess = login(api.from("192.0.2.200"), "ＨＯＵＲＬＹ" + s.username().substring(6), "Wrong21pw");
        Api.Res owner = login(api.from("192.0.2.201"), s.username(), s.password());

        assertThat(guess.status()).as(guess.toString()).isEqualTo(429);
        assertThat(guess.msg()).contains("锁定");
        assertThat(owner.status()).as("no password is compared: a right one would tell the guesser").isEqualTo(429);
        assertThat(auditCount("LOGIN_FAILED", s.id())).isEqualTo(20);
        clock.advance(Duration.ofMinutes(51));
        assertThat(login(api, s.username(), s.password()).code()).as("an hour after the first wrong one").isZero();
    }

    @Test
    void thirtyConcurrentGuessesGetFiveTriesAndTheLockIsToldToItsHolderOnce() throws Exception {
        String holdersWeChat = workerToken(freshUser("holder"));
        Staff s = staff("burst", "UNION_ADMIN", "QH-10-001", holdersWeChat);
        String colleague = staffToken("REVIEWER", "QH-10-001");

        List<Api.Res> burst = Concurrently.run(30, () -> login(api.from("198.18.0.1"), s.username(), "Burst0guess"));
        for (int i = 0; i < 3; i++) {
            login(api.from("198.18.0.2"), s.username(), "Later" + i + "guess");
        }

        assertThat(burst).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(401, 429));
        assertThat(burst.stream().filter(r -> r.status() == 429)).as("refused before any password was compared")
                .allSatisfy(r -> assertThat(r.code()).isEqualTo(2002)).hasSizeGreaterThanOrEqualTo(25);
        assertThat(auditCount("LOGIN_FAILED", s.id())).as("only five passwords were ever compared").isEqualTo(5);
        assertThat(auditCount("ACCOUNT_LOCKED", s.id())).isEqualTo(1);
        assertThat(api.get("/api/app/notices?size=50", holdersWeChat).data().path("items").findValuesAsString("kind"))
                .containsOnlyOnce("staff.login-locked");
        assertThat(api.get("/api/admin/notices?size=50", colleague).data().path("items").findValuesAsString("kind"))
                .as("the node's inbox, where the console shows it").containsOnlyOnce("staff.login-locked");
    }

    @Test
    void oneClientAddressGuessingManyAccountsIsStoppedWhileOthersLogIn() {
        Staff s = staff("spray", "REVIEWER", "QH-09", null);
        Api sprayer = api.from("100.64.7.7");
        int refused = 0;
        for (int i = 0; i < 55; i++) {
            Api.Res r = login(sprayer, "nobody" + i + "x" + System.nanoTime() % 1000, "Spray1pass");
            if (r.status() == 429) {
                refused++;
                assertThat(r.msg()).contains("此网络");
            }
        }
        assertThat(refused).isEqualTo(5);
        assertThat(login(sprayer, s.username(), s.password()).status()).as("not even a right password from there").isEqualTo(429);
        assertThat(login(api.from("100.64.7.8"), s.username(), s.password()).code()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE kind = 'LOGIN_FAILED' AND client_address = '100.64.7.7' "
                + "AND actor_account_id IS NULL AND actor_username IS NULL", Long.class)).as("a mistyped name is never kept: it may be a password")
                .isEqualTo(50);
    }

    @Test
    void aLoginCodeGoesOnlyToTheHoldersOwnWeChatAndIsShortLivedAndItsTriesAreFew() {
        String holdersWeChat = workerToken(freshUser("codeholder"));
        Staff s = staff("coded", "REVIEWER", "QH-09", holdersWeChat);
        Staff unbound = staff("nowechat", "REVIEWER", "QH-09", null);
        String colleague = staffToken("UNION_ADMIN", "QH-09");

        Api.Res forUnbound = api.post("/api/admin/auth/login-code", null, Map.of("username", unbound.username()));
        Api.Res forNobody = api.post("/api/admin/auth/login-code", null, Map.of("username", "nosuchstaff"));
        Api.Res forHolder = api.post("/api/admin/auth/login-code", null, Map.of("username", s.username()));
        assertThat(forUnbound.data()).isEqualTo(forNobody.data()).isEqualTo(forHolder.data());
        assertThat(api.get("/api/admin/notices?size=50", colleague).toString()).doesNotContain("验证码");
        String code = codeInInbox(holdersWeChat);

        clock.advance(Duration.ofMinutes(11));
        assertThat(loginWithCode(s.username(), s.password(), code).status()).as("expired").isEqualTo(400);

        api.post("/api/admin/auth/login-code", null, Map.of("username", s.username()));
        String fresh = codeInInbox(holdersWeChat);
        String wrong = fresh.equals("123456") ? "654321" : "123456";
        for (int i = 0; i < 5; i++) {
            assertThat(loginWithCode(s.username(), s.password(), wrong).status()).isEqualTo(400);
        }
        assertThat(loginWithCode(s.username(), s.password(), fresh).status()).as("five wrong tries void it").isEqualTo(400);

        api.post("/api/admin/auth/login-code", null, Map.of("username", s.username()));
        Api.Res tooMany = api.post("/api/admin/auth/login-code", null, Map.of("username", s.username()));
        assertThat(tooMany.status()).as("three codes a quarter of an hour").isEqualTo(429);
        Api.Res bad = api.post("/api/admin/auth/login", null, Map.of("username", s.username(), "password", s.password(), "loginCode", "12ab"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.msg()).contains("loginCode");
    }

    @Test
    void aHigherAdminUnlocksAnAccountBelowAndTheUnlockIsAudited() {
        Staff locked = staff("unlockme", "REVIEWER", "QH-11-001", null);
        String county = staffToken("UNION_ADMIN", "QH-11");
        for (int i = 0; i < 5; i++) {
            login(api, locked.username(), "Nope" + i + "pass");
        }
        JsonNode before = accountRow(county, "QH-11-001", locked.id());
        Api.Res unlocked = api.post("/api/admin/accounts/" + locked.id() + "/unlock", county, Map.of());
        Api.Res peer = api.post("/api/admin/accounts/" + locked.id() + "/unlock", staffToken("REVIEWER", "QH-11-001"), Map.of());

        assertThat(before.path("locked").asBoolean()).isTrue();
        assertThat(unlocked.code()).as(unlocked.toString()).isZero();
        assertThat(unlocked.data().path("locked").asBoolean()).isFalse();
        assertThat(peer.status()).as("a reviewer unlocks nobody").isEqualTo(403);
        assertThat(login(api, locked.username(), locked.password()).code()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE kind = 'ACCOUNT_UNLOCKED' AND subject_id = ?",
                Long.class, locked.id())).isEqualTo(1);
    }

    private JsonNode accountRow(String token, String unionCode, long accountId) {
        for (JsonNode a : api.get("/api/admin/accounts?unionId=" + unionId(unionCode) + "&size=100", token).data().path("items")) {
            if (a.path("id").asLong() == accountId) {
                return a;
            }
        }
        throw new AssertionError("account " + accountId + " not listed");
    }

    @Test
    void usernamesAreStoredInTheirOneSpellingAndASecondSpellingCannotBeCreated() {
        String base = "case" + System.nanoTime() % 1_000_000;
        Api.Res created = api.post("/api/admin/accounts", platformAdminToken(), Map.of("username", " " + base.toUpperCase() + " ",
                "displayName", "大小写", "role", "REVIEWER", "unionId", unionId("QH-09")));
        Api.Res twin = api.post("/api/admin/accounts", platformAdminToken(), Map.of("username", base,
                "displayName", "同名", "role", "REVIEWER", "unionId", unionId("QH-09")));
        Api.Res fullWidth = api.post("/api/admin/accounts", platformAdminToken(), Map.of("username", "ｃａｓｅ" + base.substring(4),
                "displayName", "全角", "role", "REVIEWER", "unionId", unionId("QH-09")));
        Api.Res accented = api.post("/api/admin/accounts", platformAdminToken(), Map.of("username", "cäse" + base.substring(4),
                "displayName", "带声调", "role", "REVIEWER", "unionId", unionId("QH-09")));

        assertThat(created.data().path("account").path("username").asString()).isEqualTo(base);
        assertThat(twin.status()).isEqualTo(409);
        assertThat(fullWidth.status()).isEqualTo(409);
        assertThat(accented.status()).isEqualTo(400);
        assertThat(accented.msg()).startsWith("字段 username：");
    }
}
