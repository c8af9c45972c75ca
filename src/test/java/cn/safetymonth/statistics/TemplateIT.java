package cn.safetymonth.statistics;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform admin checks next campaign's table template, reads every mistake with its place, installs it, and every union
 * fills it at once with what already happened; a wrong upload is withdrawn while nobody has handed it in.
 */
class TemplateIT extends IntegrationTest {

    @Autowired
    FoldService fold;

    @Autowired
    FormRegistry registry;

    /** Templates a test installed: gone after it, so the other suites see the shipped forms only. */
    private final List<String> installed = new ArrayList<>();

    @AfterEach
    void removeInstalled() {
        installed.forEach(code -> {
            jdbc.update("DELETE FROM stat_submission WHERE form_code = ?", code);
            jdbc.update("DELETE FROM stat_form_template WHERE code = ?", code);
        });
        registry.reload();
    }

    /** The shipped 焦作 2025 form under a new code and title: next year's campaign as a platform admin would upload it. */
    private String template(String code) throws Exception {
        installed.add(code);
        return Files.readString(Path.of("config/statistics/forms/jiaozuo-2025.yml"))
                .replaceFirst("(?m)^code: .*$", "code: " + code)
                .replaceFirst("(?m)^title: .*$", "title: 清河市工会“安全生产月”活动开展情况统计表（" + code + "）");
    }

    private Api.Res install(String token, String filename, String yaml) {
        return api.upload("/api/admin/statistics/templates", token, "file", filename, "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode form(String token, String code) {
        return api.get("/api/admin/statistics/forms", token).data().findParents("code").stream()
                .filter(f -> f.path("code").asString().equals(code)).findFirst().orElse(null);
    }

    private int rows(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stat_form_template WHERE code = ?", Integer.class, code);
    }

    private static final String BROKEN = """
            code: qinghe-2026
            title: 清河市2026年“安全生产月”活动统计表
            issuer: 清河市总工会
            window: {start: 2026-06-01, end: 2026-05-01}
            header: [填报单位, 联系人]
            columns: [活动项目, 活动进展情况]
            periods:
              - {key: final, label: 统计表, asOf: 2026-06-30, due: "2026-06-27T18:00"}
            items:
              - label: 1.隐患排查
                lines:
                  - "排查隐患（{hazards:处=hazard.nowhere}）处，发放资料（{leaflets:斤}）斤。"
            """;

    private Api.Res check(String token, String filename, String yaml) {
        return api.upload("/api/admin/statistics/templates/check", token, "file", filename, "application/yaml",
                yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aShippedTemplatePassesWithItsBlanksCounted() throws Exception {
        String yaml = Files.readString(Path.of("config/statistics/forms/jiaozuo-2025.yml"));

        Api.Res r = check(platformAdminToken(), "jiaozuo-2025.yml", yaml);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.data().path("title").asString()).isEqualTo("全市工会2025年“安全生产月”活动开展情况统计表");
        assertThat(r.data().path("platformBlanks").asInt()).isPositive();
        assertThat(r.data().path("manualBlanks").asInt()).isPositive();
        assertThat(r.data().path("codeInUse").asBoolean()).isTrue();
    }

    @Test
    void aBrokenTemplateNamesEachMistakeAndItsPlace() {
        Api.Res r = check(platformAdminToken(), "qinghe-2026.yml", BROKEN);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.msg()).startsWith("模板有 ");
        assertThat(r.data().path("errors").toString()).contains("window.end").contains("hazard.nowhere").contains("斤");
    }

    @Test
    void onlyThePlatformChecksTemplates() {
        Api.Res r = check(staffToken("UNION_ADMIN", "QH-07"), "t.yml", BROKEN);

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void anInstalledTemplateIsFilledByEveryUnionAtOnceWithWhatAlreadyHappened() throws Exception {
        String code = "qinghe-next-" + System.nanoTime() % 100000;
        String county = staffToken("UNION_ADMIN", "QH-05");
        assertThat(form(county, code)).isNull();

        Api.Res r = install(platformAdminToken(), code + ".yml", template(code));

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.data().path("code").asString()).isEqualTo(code);
        JsonNode offered = form(county, code);
        assertThat(offered).as("a county sees the new form without a restart").isNotNull();
        assertThat(offered.path("installed").asBoolean()).isTrue();
        assertThat(form(county, "jiaozuo-2025").path("installed").asBoolean()).isFalse();
        fold.foldAll();
        JsonNode fresh = api.get("/api/admin/statistics/forms/" + code + "/table?unionId=" + unionId("QH-05"), county).data();
        JsonNode shipped = api.get("/api/admin/statistics/forms/jiaozuo-2025/table?unionId=" + unionId("QH-05"), county).data();
        assertThat(fresh.path("title").asString()).contains(code);
        for (String blank : List.of("quiz_attempts", "quiz_people")) {
            assertThat(StatisticsIT.value(fresh, blank)).as("the same days count the same acts: " + blank)
                    .isEqualTo(StatisticsIT.value(shipped, blank));
        }
    }

    @Test
    void aTemplateWithMistakesIsNotInstalledAndACodeInUseIsRefused() throws Exception {
        Api.Res broken = install(platformAdminToken(), "qinghe-2026.yml", BROKEN);
        Api.Res shippedCode = install(platformAdminToken(), "jiaozuo-2025.yml", template("jiaozuo-2025").replace("清河市", "某市"));
        installed.remove("jiaozuo-2025");
        Api.Res notUtf8 = api.upload("/api/admin/statistics/templates", platformAdminToken(), "file", "gbk.yml", "application/yaml",
                new byte[]{'c', 'o', 'd', 'e', ':', ' ', (byte) 0xC7, (byte) 0xE5});
        Api.Res byUnion = install(staffToken("UNION_ADMIN", "QH-07"), "mine.yml", template("qinghe-mine"));

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.msg()).startsWith("模板有 ").contains("未安装");
        assertThat(rows("qinghe-2026")).isZero();
        assertThat(shippedCode.status()).isEqualTo(409);
        assertThat(shippedCode.msg()).contains("编号");
        assertThat(rows("jiaozuo-2025")).isZero();
        assertThat(byUnion.status()).isEqualTo(403);
        assertThat(rows("qinghe-mine")).isZero();
        assertThat(form(platformAdminToken(), "jiaozuo-2025").path("title").asString()).isEqualTo("全市工会2025年“安全生产月”活动开展情况统计表");
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(notUtf8.msg()).contains("UTF-8");
    }

    @Test
    void twentyAdminsInstallingTheSameCodeAtOnceInstallItOnce() throws Exception {
        String code = "qinghe-race-" + System.nanoTime() % 100000;
        String yaml = template(code);
        String admin = platformAdminToken();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Api.Res>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> install(admin, code + ".yml", yaml)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Res> a : answers) {
                statuses.add(a.get().status());
            }
            assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(code)).isEqualTo(1);
    }

    @Test
    void aFormWithdrawnOnAnotherInstanceTakesNoSubmissionHereEvenBeforeTheRefresh() throws Exception {
        String code = "qinghe-gone-" + System.nanoTime() % 100000;
        assertThat(install(platformAdminToken(), code + ".yml", template(code)).code()).isZero();
        fold.foldAll();
        jdbc.update("DELETE FROM stat_form_template WHERE code = ?", code);

        Api.Res r = StatisticsIT.handIn(api, staffToken("UNION_ADMIN", "QH-09"), code, "");

        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_submission WHERE form_code = ?", Integer.class, code)).isZero();
    }

    @Test
    void aTemplateForAUnionThatDoesNotExistIsRefused() throws Exception {
        String code = "qinghe-nobody-" + System.nanoTime() % 100000;
        String yaml = "unionCode: NO-SUCH-UNION\n" + template(code);

        Api.Res r = install(platformAdminToken(), code + ".yml", yaml);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.data().path("errors").toString()).contains("unionCode").contains("NO-SUCH-UNION");
        assertThat(rows(code)).isZero();
    }

    @Test
    void aTemplateInstalledOnAnotherInstanceIsOfferedHereWithinTheRefresh() throws Exception {
        String code = "qinghe-other-" + System.nanoTime() % 100000;
        registry.reload();
        jdbc.update("INSERT INTO stat_form_template (code, file_name, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                code, code + ".yml", template(code), java.time.LocalDateTime.now(), java.time.LocalDateTime.now());

        JsonNode before = form(platformAdminToken(), code);
        clock.advance(FormRegistry.REFRESH.plusSeconds(1));
        JsonNode after = form(platformAdminToken(), code);

        assertThat(before).as("read at most every " + FormRegistry.REFRESH).isNull();
        assertThat(after).isNotNull();
    }

    @Test
    void aWrongUploadIsWithdrawnUntilSomeUnionHandsItIn() throws Exception {
        String admin = platformAdminToken();
        String wrong = "qinghe-wrong-" + System.nanoTime() % 100000;
        String kept = "qinghe-kept-" + System.nanoTime() % 100000;
        assertThat(install(admin, wrong + ".yml", template(wrong)).code()).isZero();
        assertThat(install(admin, kept + ".yml", template(kept)).code()).isZero();
        fold.foldAll();
        String county = staffToken("UNION_ADMIN", "QH-08");
        Api.Res submitted = StatisticsIT.handIn(api, county, kept, "");
        assertThat(submitted.code()).as(submitted.toString()).isZero();
        Api.Res typed = api.put("/api/admin/statistics/forms/" + wrong + "/manual", county, Map.of("values", Map.of("leaflets", 40)));
        assertThat(typed.code()).as(typed.toString()).isZero();

        Api.Res withdrawn = api.delete("/api/admin/statistics/templates/" + wrong, admin);
        Api.Res handedIn = api.delete("/api/admin/statistics/templates/" + kept, admin);
        Api.Res shipped = api.delete("/api/admin/statistics/templates/jiaozuo-2025", admin);
        Api.Res unknown = api.delete("/api/admin/statistics/templates/no-such-form", admin);

        assertThat(withdrawn.code()).as(withdrawn.toString()).isZero();
        assertThat(form(admin, wrong)).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_manual_value WHERE form_code = ?", Integer.class, wrong))
                .as("what unions typed goes with it: a corrected form under the same code starts clean").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_manual_rollup WHERE form_code = ?", Integer.class, wrong)).isZero();
        assertThat(api.get("/api/admin/statistics/forms/" + wrong + "/table?unionId=" + unionId("QH-08"), county).status()).isEqualTo(404);
        assertThat(handedIn.status()).isEqualTo(409);
        assertThat(handedIn.msg()).contains("已有单位报送");
        assertThat(form(admin, kept)).isNotNull();
        assertThat(shipped.status()).isEqualTo(409);
        assertThat(unknown.status()).isEqualTo(404);
    }
}
