package cn.safetymonth.statistics;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A platform admin checks next campaign's table template before shipping it, and reads every mistake with its place. */
class TemplateCheckIT extends IntegrationTest {

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
        assertThat(r.data().path("title").asText()).isEqualTo("全市工会2025年“安全生产月”活动开展情况统计表");
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
}
