package cn.safetymonth.identity;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Union staff through HTTP: first password, lockout, accounts below them, their members. */
class AdminAccountIT extends IntegrationTest {

    @Test
    void aNewAccountMustChangeItsFirstPasswordBeforeDoingAnything() {
        Api.Res created = api.post("/api/admin/accounts", platformAdminToken(), Map.of(
                "username", "first" + System.nanoTime() % 100000, "displayName", "东城区总工会 李老师",
                "role", "UNION_ADMIN", "unionId", unionId("QH-01")));
        String username = created.data().path("account").path("username").asString();
        String initial = created.data().path("initialPassword").asString();
        Api.Res login = api.post("/api/admin/auth/login", null, Map.of("username", username, "password", initial));
        String token = login.data().path("token").asString();

        Api.Res blocked = api.get("/api/admin/unions", token);
        Api.Res weak = api.post("/api/admin/auth/password", token, Map.of("oldPassword", initial, "newPassword", "short"));
        Api.Res changed = api.post("/api/admin/auth/password", token, Map.of("oldPassword", initial, "newPassword", "Dongcheng2025"));
        String fresh = changed.data().path("token").asString();

        assertThat(login.data().path("mustChangePassword").asBoolean()).isTrue();
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.code()).isEqualTo(2004);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.msg()).contains("newPassword");
        assertThat(changed.code()).isZero();
        assertThat(api.get("/api/admin/unions", token).status()).as("old session ends with the change").isEqualTo(401);
        JsonNode roots = api.get("/api/admin/unions", fresh).data();
        assertThat(roots).hasSize(1);
        assertThat(roots.get(0).path("union").path("id").asLong()).isEqualTo(unionId("QH-01"));
    }

    @Test
    void thePlatformAdminListsThePlatformAccountsByDefault() {
        Api.Res r = api.get("/api/admin/accounts", platformAdminToken());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.data().path("items").findValuesAsString("username")).contains("admin");
        assertThat(r.data().path("items").get(0).path("unionId").isNull()).isTrue();
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        Api.Res created = api.post("/api/admin/accounts", platformAdminToken(), Map.of(
                "username", "lock" + System.nanoTime() % 100000, "displayName", "锁定测试", "role", "REVIEWER", "unionId", unionId("QH-03")));
        String username = created.data().path("account").path("username").asString();
        String initial = created.data().path("initialPassword").asString();

        for (int i = 0; i < 4; i++) {
            Api.Res wrong = api.post("/api/admin/auth/login", null, Map.of("username", username, "password", "Wrong" + i + "pass"));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.code()).isEqualTo(2001);
        }
        Api.Res fifth = api.post("/api/admin/auth/login", null, Map.of("username", username, "password", "Wrong5pass"));
        Api.Res right = api.post("/api/admin/auth/login", null, Map.of("username", username, "password", initial));

        assertThat(fifth.status()).isEqualTo(429);
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.code()).isEqualTo(2002);
    }

    @Test
    void unionAdminCreatesReviewersAtItsNodeAndAdminsOnlyBelowIt() {
        String county = staffToken("UNION_ADMIN", "QH-04");

        Api.Res reviewer = api.post("/api/admin/accounts", county, Map.of(
                "username", "rev" + System.nanoTime() % 100000, "displayName", "审核员", "role", "REVIEWER", "unionId", unionId("QH-04")));
        Api.Res peer = api.post("/api/admin/accounts", county, Map.of(
                "username", "peer" + System.nanoTime() % 100000, "displayName", "同级", "role", "UNION_ADMIN", "unionId", unionId("QH-04")));
        Api.Res below = api.post("/api/admin/accounts", county, Map.of(
                "username", "below" + System.nanoTime() % 100000, "displayName", "基层", "role", "UNION_ADMIN", "unionId", unionId("QH-04-001")));
        Api.Res platform = api.post("/api/admin/accounts", county, Map.of(
                "username", "plat" + System.nanoTime() % 100000, "displayName", "越权", "role", "PLATFORM_ADMIN"));
        Api.Res sibling = api.post("/api/admin/accounts", county, Map.of(
                "username", "sib" + System.nanoTime() % 100000, "displayName", "越界", "role", "REVIEWER", "unionId", unionId("QH-05")));

        assertThat(reviewer.code()).as(reviewer.toString()).isZero();
        assertThat(reviewer.data().path("initialPassword").asString()).hasSize(12);
        assertThat(peer.status()).isEqualTo(403);
        assertThat(below.code()).as(below.toString()).isZero();
        assertThat(platform.status()).isEqualTo(403);
        assertThat(sibling.status()).isEqualTo(403);
    }

    @Test
    void aPlatformAdminBelongsToNoUnionAndTheDatabaseRefusesOneThatDoes() {
        Api.Res bound = api.post("/api/admin/accounts", platformAdminToken(), Map.of("username", "boundplat" + System.nanoTime() % 100000,
                "displayName", "绑定工会的平台管理员", "role", "PLATFORM_ADMIN", "unionId", unionId("QH-01")));
        Api.Res unbound = api.post("/api/admin/accounts", platformAdminToken(), Map.of("username", "plat" + System.nanoTime() % 100000,
                "displayName", "平台管理员", "role", "PLATFORM_ADMIN"));
        Api.Res reviewerWithoutUnion = api.post("/api/admin/accounts", platformAdminToken(), Map.of("username", "nounion" + System.nanoTime() % 100000,
                "displayName", "无工会审核员", "role", "REVIEWER"));
        long id = unbound.data().path("account").path("id").asLong();

        assertThat(bound.status()).isEqualTo(400);
        assertThat(bound.msg()).startsWith("字段 unionId：");
        assertThat(unbound.code()).as(unbound.toString()).isZero();
        assertThat(reviewerWithoutUnion.status()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("UPDATE admin_account SET union_id = ? WHERE id = ?", unionId("QH-01"), id))
                .as("not even by hand").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        long reviewer = api.post("/api/admin/accounts", platformAdminToken(), Map.of("username", "promote" + System.nanoTime() % 100000,
                "displayName", "审核员", "role", "REVIEWER", "unionId", unionId("QH-01"))).data().path("account").path("id").asLong();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("UPDATE admin_account SET role = 'PLATFORM_ADMIN' WHERE id = ?", reviewer))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void resettingOrDisablingAnAccountEndsItsSessions() {
        String county = staffToken("UNION_ADMIN", "QH-05");
        Api.Res created = api.post("/api/admin/accounts", county, Map.of(
                "username", "grass" + System.nanoTime() % 100000, "displayName", "基层管理员", "role", "UNION_ADMIN", "unionId", unionId("QH-05-001")));
        long id = created.data().path("account").path("id").asLong();
        String username = created.data().path("account").path("username").asString();
        String session = api.post("/api/admin/auth/login", null, Map.of("username", username,
                "password", created.data().path("initialPassword").asString())).data().path("token").asString();

        Api.Res reset = api.post("/api/admin/accounts/" + id + "/password/reset", county, Map.of());
        assertThat(reset.code()).isZero();
        assertThat(api.get("/api/admin/auth/me", session).status()).isEqualTo(401);

        String again = api.post("/api/admin/auth/login", null, Map.of("username", username,
                "password", reset.data().path("initialPassword").asString())).data().path("token").asString();
        Api.Res disabled = api.put("/api/admin/accounts/" + id + "/enabled", county, Map.of("enabled", false));
        Api.Res loginWhileDisabled = api.post("/api/admin/auth/login", null, Map.of("username", username,
                "password", reset.data().path("initialPassword").asString()));

        assertThat(disabled.data().path("enabled").asBoolean()).isFalse();
        assertThat(api.get("/api/admin/auth/me", again).status()).isEqualTo(401);
        assertThat(loginWhileDisabled.status()).isEqualTo(403);
        assertThat(loginWhileDisabled.code()).isEqualTo(2003);
    }

    @Test
    void unionAdminListsItsMembersMaskedAndTheSubtreeOnRequest() {
        String worker = workerToken(freshUser("huang"));
        api.put("/api/app/me", worker, Map.of("realName", "黄晓明"));
        api.post("/api/app/me/phone", worker, Map.of("code", "phone-13912345678"));
        api.post("/api/app/me/union", worker, Map.of("joinCode", joinCode("QH-06-002")));
        long workerId = api.get("/api/app/me", worker).data().path("workerId").asLong();
        String grassroots = staffToken("UNION_ADMIN", "QH-06-002");
        String county = staffToken("UNION_ADMIN", "QH-06");

        JsonNode own = api.get("/api/admin/unions/" + unionId("QH-06-002") + "/workers", grassroots).data();
        JsonNode countyOnly = api.get("/api/admin/unions/" + unionId("QH-06") + "/workers", county).data();
        JsonNode subtree = api.get("/api/admin/unions/" + unionId("QH-06") + "/workers?subtree=true&size=100", county).data();

        JsonNode row = null;
        for (JsonNode item : own.path("items")) {
            if (item.path("workerId").asLong() == workerId) {
                row = item;
            }
        }
        assertThat(row).isNotNull();
        assertThat(own.path("items").findValuesAsString("workerId")).contains(String.valueOf(workerId));
        assertThat(row.path("realNameMasked").asString()).isEqualTo("黄*明");
        assertThat(row.path("phoneMasked").asString()).isEqualTo("139****5678");
        assertThat(row.path("joinedOn").asString()).as("the day, never the minute").matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(row.has("joinedAt")).isFalse();
        assertThat(own.toString()).doesNotContain("13912345678").doesNotContain("黄晓明");
        assertThat(countyOnly.path("total").asLong()).isZero();
        assertThat(subtree.path("items").findValuesAsString("workerId")).contains(String.valueOf(workerId));
    }
}
