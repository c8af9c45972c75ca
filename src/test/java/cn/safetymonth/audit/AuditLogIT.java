package cn.safetymonth.audit;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import cn.safetymonth.support.Tables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff audit log as a platform admin reads it: by date, union and kind, each line with who, when, what and from where. */
class AuditLogIT extends IntegrationTest {

    @Autowired
    AuditLog audit;

    private Api.Res list(String query) {
        return api.get("/api/admin/audit?size=100&" + query, platformAdminToken());
    }

    @Test
    void aPlatformAdminFindsAnAccountChangeByKindUnionAndDayWithItsClientAddress() {
        String county = staffToken("UNION_ADMIN", "QH-05");
        Api.Res created = api.from("203.0.113.50").post("/api/admin/accounts", county, Map.of("username", "audited" + System.nanoTime() % 100000,
                "displayName", "审计测试", "role", "REVIEWER", "unionId", unionId("QH-05-001")));
        long accountId = created.data().path("account").path("id").asLong();
        String today = LocalDate.now(clock).toString();

        JsonNode byKind = list("kind=ACCOUNT_CREATED&from=" + today + "&to=" + today).data();
        JsonNode byUnion = list("kind=ACCOUNT_CREATED&unionId=" + unionId("QH")).data();
        JsonNode otherUnion = list("kind=ACCOUNT_CREATED&unionId=" + unionId("QH-06")).data();
        JsonNode yesterday = list("kind=ACCOUNT_CREATED&to=" + LocalDate.now(clock).minusDays(1)).data();

        JsonNode line = null;
        for (JsonNode e : byKind.path("items")) {
            if (e.path("subjectId").asLong() == accountId) {
                line = e;
            }
        }
        assertThat(line).as("the creation is listed").isNotNull();
        assertThat(line.path("kindLabel").asString()).isEqualTo("创建账号");
        assertThat(line.path("subjectType").asString()).isEqualTo("admin-account");
        assertThat(line.path("actorUnionId").asLong()).isEqualTo(unionId("QH-05"));
        assertThat(line.path("clientAddress").asString()).isEqualTo("203.0.113.50");
        assertThat(line.path("at").asString()).startsWith(today);
        assertThat(byUnion.path("items").findValuesAsString("subjectId")).as("a union lists the lines of staff below it")
                .contains(String.valueOf(accountId));
        assertThat(otherUnion.path("items").findValuesAsString("subjectId")).doesNotContain(String.valueOf(accountId));
        assertThat(yesterday.path("items").findValuesAsString("subjectId")).doesNotContain(String.valueOf(accountId));
    }

    @Test
    void aLoginAWorkerListAnExportAndASubmissionAreListedAndExportedWhileARefusedSubmissionLeavesNone() {
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_log", Long.class);
        String county = staffToken("UNION_ADMIN", "QH-07");
        Api.Res workers = api.from("198.51.100.7").get("/api/admin/unions/" + unionId("QH-07") + "/workers?subtree=true", county);
        Api.Res exported = api.from("198.51.100.7").get("/api/admin/statistics/forms/jiaozuo-2025/export?unionId=" + unionId("QH-07"), county);
        Api.Res refused = api.post("/api/admin/statistics/forms/jiaozuo-2025/submissions", county, Map.of("confirm", false));
        Api.Res submitted = Tables.handIn(api, county, "jiaozuo-2025", "");
        assertThat(workers.code()).as(workers.toString()).isZero();
        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(submitted.code()).as(submitted.toString()).isZero();

        List<JsonNode> mine = new ArrayList<>();
        list("unionId=" + unionId("QH-07")).data().path("items")
                .forEach(e -> { if (e.path("id").asLong() > before) { mine.add(e); } });
        assertThat(mine).extracting(e -> e.path("kind").asString())
                .containsExactlyInAnyOrder("LOGIN_SUCCEEDED", "PASSWORD_CHANGED", "WORKERS_VIEWED", "STATISTICS_EXPORTED", "STATISTICS_SUBMITTED");
        JsonNode export = mine.stream().filter(e -> e.path("kind").asString().equals("STATISTICS_EXPORTED")).findFirst().orElseThrow();
        assertThat(export.path("detail").asString())
                .isEqualTo("GET /api/admin/statistics/forms/jiaozuo-2025/export?unionId=" + unionId("QH-07"));
        assertThat(export.path("clientAddress").asString()).isEqualTo("198.51.100.7");

        Api.Res csv = api.get("/api/admin/audit/export?unionId=" + unionId("QH-07"), platformAdminToken());
        String text = new String(csv.raw(), StandardCharsets.UTF_8);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(text).startsWith("\uFEFF时间,类别,操作人,").contains("导出统计表").contains("报送统计表").contains("查看职工名单（脱敏）")
                .contains("/api/admin/statistics/forms/jiaozuo-2025/export?unionId=" + unionId("QH-07"));
        assertThat(list("kind=AUDIT_EXPORTED").data().path("items").get(0).path("detail").asString())
                .as("exporting the log is itself in the log").isEqualTo("GET /api/admin/audit/export?unionId=" + unionId("QH-07"));
    }

    @Test
    void onlyThePlatformReadsItAndABackwardsRangeIsNamed() {
        Api.Res county = api.get("/api/admin/audit", staffToken("UNION_ADMIN", "QH-05"));
        Api.Res backwards = list("from=2026-06-10&to=2026-06-01");
        Api.Res badKind = list("kind=DELETED_EVERYTHING");

        assertThat(county.status()).isEqualTo(403);
        assertThat(county.code()).isEqualTo(1008);
        assertThat(county.msg()).isEqualTo("审计日志仅平台管理员可以查看");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.msg()).startsWith("字段 from：");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.msg()).contains("kind");
    }

    @Test
    void theServiceCanAppendAndReadButNeverChangeALineNorDeleteOneWithinItsPeriod() throws Exception {
        String mapper = new String(getClass().getResourceAsStream("AuditMapper.class").readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(AuditMapper.class.getInterfaces()).as("no BaseMapper with its update and delete").isEmpty();
        assertThat(mapper).doesNotContain("UPDATE audit_log");
        assertThat(mapper.split("DELETE FROM audit_log", -1)).as("one delete, the retention's").hasSize(2);
        assertThat(mapper).contains("DELETE FROM audit_log WHERE at &lt; #{before}");
        audit.record(AuditKind.PASSWORD_CHANGED, AuditActor.unknown(), null, null, "x".repeat(300));
        String detail = jdbc.queryForObject("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1", String.class);
        assertThat(detail).as("a long detail is cut, not refused").hasSize(200).endsWith("…");
    }
}
