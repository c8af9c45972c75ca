package cn.safetymonth.statistics;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The three seed forms load complete; a bad form is refused with the file, the item, the line and the blank named. */
class FormFilesTest {

    @Test
    void theThreeSeedFormsLoadWithTheirExactWording() throws Exception {
        FormFiles.Read read = FormFiles.readDir(Path.of("config/statistics/forms"));

        assertThat(read.errors()).isEmpty();
        assertThat(read.forms()).extracting(Form::code).containsExactlyInAnyOrder("jiaozuo-2025", "jiaozuo-2023", "anqing-2020");
        Form jz2025 = read.forms().stream().filter(f -> f.code().equals("jiaozuo-2025")).findFirst().orElseThrow();
        assertThat(jz2025.title()).isEqualTo("全市工会2025年“安全生产月”活动开展情况统计表");
        assertThat(jz2025.items()).hasSize(5);
        assertThat(text(jz2025.items().get(3).lines().get(5)))
                .isEqualTo("参与“安全隐患我查找”网络知识答题（）人、答题（）人次；");
        assertThat(jz2025.blanks().get("quiz_people").terms()).extracting(Form.Term::metric).containsExactly(Metric.QUIZ_PARTICIPANTS);
        assertThat(jz2025.blanks().get("xiaohongshu").manual()).isTrue();
        assertThat(jz2025.periods()).extracting(Form.Period::key).containsExactly("final");
        assertThat(jz2025.items().stream().flatMap(i -> i.lines().stream()).map(Form.Line::days).filter(Objects::nonNull))
                .as("the 安全宣传咨询日 line counts its own day").containsExactly(new Form.Days(LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 16)));

        Form aq2020 = read.forms().stream().filter(f -> f.code().equals("anqing-2020")).findFirst().orElseThrow();
        assertThat(aq2020.columns()).containsExactly("活动项目", "内容要求", "进展情况");
        assertThat(aq2020.periods()).hasSize(5);
        assertThat(aq2020.periods().get(0).due().getDayOfWeek()).as("weekly reports on Thursdays").isEqualTo(java.time.DayOfWeek.THURSDAY);
        assertThat(aq2020.blanks().get("ent_forms").textual()).isTrue();
        Form jz2023 = read.forms().stream().filter(f -> f.code().equals("jiaozuo-2023")).findFirst().orElseThrow();
        assertThat(jz2023.header()).containsExactly("填报单位（盖章）", "联系人", "电话", "填报日期");
    }

    @Test
    void mistakesAreNamedWithFileItemLineAndBlank() {
        List<String> errors = errors("""
                code: broken
                title: 测试表
                issuer: 测试工会
                window: {start: 2025-06-01, end: 2025-06-30}
                header: [填报单位, 联系人]
                columns: [活动项目, 活动进展情况]
                periods: [{key: final, label: 总表, asOf: 2025-06-30, due: "2025-06-27T23:59"}]
                items:
                  - label: 1.测试项目
                    lines:
                      - "组织（{a:场=event.sesions[LECTURE]}）场，参与（{b:人=quiz.attempts}）人，发放（{c:}）份，（{a:份}）份，（{d:吨}）吨"
                """);

        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("bad.yml：字段 items[1].lines[1]（1.测试项目） 空格 a：")
                .contains("未知的指标 event.sesions"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("空格 b").contains("quiz.attempts").contains("人次"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("{c:}"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("空格编号 a 重复"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("空格 d").contains("未知的单位 吨"));
    }

    @Test
    void aPeriodOutsideItsDaysAndAThreeColumnItemWithoutItsRequirementAreRefused() {
        List<String> errors = errors(form("late", "[活动项目, 内容要求, 活动进展情况]", "2025-06-01", "2025-06-30",
                "{key: final, label: 总表, asOf: 2025-07-30, due: \"2025-06-27T23:59\"}"));

        assertThat(errors).containsExactly(
                "bad.yml：字段 periods[1].asOf：应在 window 的日期之内",
                "bad.yml：字段 items[1].requirement（1.测试项目）：三列的表需要 requirement（内容要求）");
    }

    @Test
    void aDueThatIsNotATimeAndAFormWithoutPeriodsAreRefusedByField() {
        assertThat(errors(form("late", "[活动项目, 活动进展情况]", "2025-06-01", "2025-06-30",
                "{key: final, label: 总表, asOf: 2025-06-30, due: \"2025-06-27\"}")))
                .containsExactly("bad.yml：字段 periods[1].due：取值“2025-06-27”无效，须为时间，如 2025-06-26T23:59");
        assertThat(errors(form("late", "[活动项目, 活动进展情况]", "2025-06-01", "2025-06-30", "")))
                .containsExactly("bad.yml：字段 periods：不能为空");
    }

    @Test
    void aPeriodKeyTheDatabaseCannotHoldAndAWindowLongerThanAYearAreRefused() {
        List<String> keys = errors(form("sprawling", "[活动项目, 活动进展情况]", "2025-06-01", "2025-06-30",
                "{key: \"第一期 Final\", label: 总表, asOf: 2025-06-30, due: \"2025-06-27T23:59\"},"
                        + " {key: \"" + "k".repeat(41) + "\", label: 总表, asOf: 2025-06-30, due: \"2025-06-27T23:59\"}"));
        assertThat(keys).containsExactly(
                "bad.yml：字段 periods[1].key：只能用小写字母、数字、- 和 _，不超过 40 个字符",
                "bad.yml：字段 periods[2].key：只能用小写字母、数字、- 和 _，不超过 40 个字符");

        assertThat(errors(form("sprawling", "[活动项目, 活动进展情况]", "2025-01-01", "2026-06-30",
                "{key: final, label: 总表, asOf: 2025-06-30, due: \"2025-06-27T23:59\"}")))
                .containsExactly("bad.yml：字段 window：不能超过 366 天");
    }

    @Test
    void aFieldTheFormatDoesNotKnowIsRefusedWithTheOnesItDoes() {
        String typo = form("typo", "[活动项目, 活动进展情况]", "2025-06-01", "2025-06-30",
                "{key: final, label: 总表, asOf: 2025-06-30, due: \"2025-06-27T23:59\"}").replace("    lines:", "    requirment: 错字\n    lines:");

        assertThat(errors(typo)).singleElement().asString()
                .startsWith("bad.yml：字段 items[1].requirment：不是可用的字段，可用的有 group、label、lines、requirement");
    }

    /** A one-item form with the given columns, window and periods (YAML flow items, comma-separated). */
    private static String form(String code, String columns, String start, String end, String periods) {
        return """
                code: %s
                title: 测试表
                issuer: 测试工会
                window: {start: %s, end: %s}
                header: [填报单位]
                columns: %s
                periods: [%s]
                items:
                  - label: 1.测试项目
                    lines: ["组织（{a:场}）场"]
                """.formatted(code, start, end, columns, periods);
    }

    private static List<String> errors(String yaml) {
        List<String> errors = new ArrayList<>();
        Form form = FormFiles.read("bad.yml", yaml.getBytes(StandardCharsets.UTF_8), errors);
        assertThat(form).isNull();
        return errors;
    }

    private static String text(Form.Line line) {
        StringBuilder sb = new StringBuilder();
        line.segments().forEach(s -> sb.append(s.text() == null ? "" : s.text()));
        return sb.toString();
    }
}
