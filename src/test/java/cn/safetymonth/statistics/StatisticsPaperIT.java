package cn.safetymonth.statistics;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paper a clerk hands in: a weekly report counts its own week; a dated line counts its day; 人 typed by unions is
 * never added up the tree; the platform names the events behind a count; a drill-down lists each act once, in words.
 */
class StatisticsPaperIT extends IntegrationTest {

    private static final String FORM = "anqing-2020";
    private static final String UNION = "QH-14";

    @Autowired
    FactRecorder recorder;
    @Autowired
    FoldService fold;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aWeeksReportCountsThatWeekOnlyAndSaysWhichWeekItIs() throws Exception {
        JsonNode form = api.get("/api/admin/statistics/forms", platformAdminToken()).data().findParents("code").stream()
                .filter(f -> f.path("code").asString().equals(FORM)).findFirst().orElseThrow();
        JsonNode week1 = form.path("periods").get(0);
        JsonNode week2 = form.path("periods").get(1);
        LocalDate week2From = LocalDate.parse(week2.path("from").asString());
        LocalDate week2To = LocalDate.parse(week2.path("asOf").asString());
        assertThat(week2.path("window").asBoolean()).isTrue();
        assertThat(week2From).isEqualTo(LocalDate.parse(week1.path("asOf").asString()).plusDays(1));

        long union = unionId(UNION);
        String path = jdbc.queryForObject("SELECT path FROM org_union WHERE id = ?", String.class, union);
        tx.executeWithoutResult(s -> {
            act(Metric.EVENT_SESSIONS, "OTHER", 1, union, path, LocalDate.parse(week1.path("asOf").asString()).minusDays(1), 2);
            act(Metric.QUIZ_ATTEMPTS, "FAMILY", 2, union, path, LocalDate.parse(week1.path("asOf").asString()), 1);
            act(Metric.EVENT_SESSIONS, "OTHER", 3, union, path, week2From, 3); // the Friday after the first report
            act(Metric.QUIZ_ATTEMPTS, "SCHOOL", 4, union, path, week2To, 4); // the second report's own Thursday
        });

        for (boolean folded : new boolean[]{false, true}) {
            if (folded) {
                fold.foldAll();
            }
            assertThat(cells(week2.path("key").asString(), union)).as("week 2 counts week 2's acts only (folded: %s)", folded)
                    .isEqualTo(Map.of("innovation", 3L, "quiz_attempts", 4L));
            assertThat(cells(week1.path("key").asString(), union)).isEqualTo(Map.of("innovation", 2L, "quiz_attempts", 1L));
            assertThat(cells("final", union)).as("the final table is cumulative").isEqualTo(Map.of("innovation", 5L, "quiz_attempts", 5L));
        }

        String admin = staffToken("UNION_ADMIN", UNION);
        DateTimeFormatter md = DateTimeFormatter.ofPattern("M月d日");
        String title = "第2周（" + md.format(week2From) + "至" + md.format(week2To) + "）";
        JsonNode table = api.get("/api/admin/statistics/forms/" + FORM + "/table?period=" + week2.path("key").asString(), admin).data();
        assertThat(table.path("period").path("title").asString()).isEqualTo(title);
        byte[] xlsx = api.get("/api/admin/statistics/forms/" + FORM + "/export?period=" + week2.path("key").asString(), admin).raw();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String text = StatisticsIT.sheetText(wb.getSheet("统计表"));
            assertThat(text).contains("统计期：" + title).contains("附件2");
        }
    }

    @Test
    void theConsultationDayLineCountsThatDayOnly() {
        JsonNode form = form("jiaozuo-2025");
        LocalDate day16 = LocalDate.parse(form.path("startDate").asString()).plusDays(15);
        long union = unionId("QH-15");
        String path = jdbc.queryForObject("SELECT path FROM org_union WHERE id = ?", String.class, union);
        tx.executeWithoutResult(s -> {
            act(Metric.PLEDGE_SIGNATURES, "COMMITMENT", 11, union, path, day16, 1);
            act(Metric.PLEDGE_SIGNATURES, "COMMITMENT", 12, union, path, day16.minusDays(1), 1); // the whole month, not the 6·16 row
            act(Metric.PLEDGE_SIGNATURES, "COMMITMENT", 13, union, path, day16.plusDays(1), 1);
        });
        JsonNode table = api.get("/api/admin/statistics/forms/jiaozuo-2025/table?unionId=" + union, platformAdminToken()).data();
        JsonNode signature = cn.safetymonth.support.Tables.cell(table, "signature");
        assertThat(signature.path("countsFrom").asString()).isEqualTo(day16.toString()).isEqualTo(signature.path("countsTo").asString());
        long counted = signature.path("value").asLong();
        assertThat(counted).as("6·16 only; the day after may not have come yet in the demo window").isEqualTo(1);
        assertThat(cn.safetymonth.support.Tables.cell(table, "lecture").path("countsFrom").asString()).isEqualTo(form.path("startDate").asString());
    }

    @Test
    void peopleTypedByUnionsAreNeverAddedUpTheTree() {
        String county = staffToken("UNION_ADMIN", "QH-10");
        String child = staffToken("UNION_ADMIN", "QH-10-002");
        assertThat(api.put("/api/admin/statistics/forms/jiaozuo-2025/manual", child,
                Map.of("values", Map.of("live_viewers", 10, "leaflets", 5))).code()).isZero();
        assertThat(api.put("/api/admin/statistics/forms/jiaozuo-2025/manual", county,
                Map.of("values", Map.of("live_viewers", 40, "leaflets", 3))).code()).isZero();
        JsonNode table = api.get("/api/admin/statistics/forms/jiaozuo-2025/table", county).data();
        JsonNode viewers = cn.safetymonth.support.Tables.cell(table, "live_viewers");
        assertThat(viewers.path("value").asLong()).as("the county's own 40, not 40 + 10").isEqualTo(40);
        assertThat(viewers.path("childrenSum").asLong()).as("beside it: 下级填报合计（可能重复）").isEqualTo(10);
        assertThat(StatisticsIT.value(table, "leaflets")).as("份 adds up").isEqualTo(8);
    }

    @Test
    void theActivityNameIsTheNamesOfTheEventsTheLineCountsUnlessTheUnionTypedOne() {
        String county = staffToken("UNION_ADMIN", "QH-11");
        long child = unionId("QH-11-001");
        for (String name : new String[]{"职工安全知识擂台赛", "家庭应急包展示"}) {
            Api.Res r = api.post("/api/admin/events", county, Map.of("unionId", child, "eventType", "OTHER", "name", name,
                    "startsAt", java.time.LocalDateTime.now(clock).withNano(0).toString(),
                    "endsAt", java.time.LocalDateTime.now(clock).plusHours(2).withNano(0).toString(), "place", "职工之家"));
            assertThat(r.code()).as(r.toString()).isZero();
        }
        JsonNode table = api.get("/api/admin/statistics/forms/jiaozuo-2025/table", county).data();
        assertThat(cn.safetymonth.support.Tables.cell(table, "other_name").path("textValue").asString())
                .isEqualTo("职工安全知识擂台赛、家庭应急包展示");
        assertThat(StatisticsIT.value(table, "other")).as("the names of the very events counted beside them").isEqualTo(2);
        assertThat(api.put("/api/admin/statistics/forms/jiaozuo-2025/manual", county, Map.of("values", Map.of("other_name", "安全文化周"))).code())
                .isZero();
        assertThat(cn.safetymonth.support.Tables.cell(api.get("/api/admin/statistics/forms/jiaozuo-2025/table", county).data(), "other_name")
                .path("textValue").asString()).as("a typed name wins").isEqualTo("安全文化周");
    }

    @Test
    void aDrillDownListsEachActOnceInWords() {
        String admin = staffToken("UNION_ADMIN", "QH-16");
        Api.Res event = api.post("/api/admin/events", admin, Map.of("unionId", unionId("QH-16"), "eventType", "LECTURE",
                "startsAt", java.time.LocalDateTime.now(clock).withNano(0).toString(),
                "endsAt", java.time.LocalDateTime.now(clock).plusHours(2).withNano(0).toString(), "place", "报告厅"));
        long id = event.data().path("eventId").asLong();
        for (String count : new String[]{"25", "30"}) {
            Api.Res r = api.multipart("/api/admin/events/" + id + "/record", admin, Map.of("headCount", count), "photos", "site.jpg",
                    java.util.List.of(cn.safetymonth.pledge.PledgeFixtures.photoJpeg(320, 240)), "image/jpeg");
            assertThat(r.code()).as(r.toString()).isZero();
        }
        JsonNode records = api.get("/api/admin/statistics/forms/jiaozuo-2025/cells/lecture_att/records", admin).data();
        assertThat(records.path("total").asLong()).as("one act, not 25 and 5").isEqualTo(1);
        JsonNode only = records.path("items").get(0);
        assertThat(only.path("quantity").asInt()).isEqualTo(30);
        assertThat(only.path("activity").asString()).isEqualTo("线下活动登记人数·宣讲活动");
    }

    private JsonNode form(String code) {
        return api.get("/api/admin/statistics/forms", platformAdminToken()).data().findParents("code").stream()
                .filter(f -> f.path("code").asString().equals(code)).findFirst().orElseThrow();
    }

    private void act(Metric metric, String qualifier, long source, long union, String path, LocalDate day, int quantity) {
        recorder.count(new FactRecorder.Act(metric, qualifier, "test.weekly", 8_100_000 + source, null, union, path,
                day.atTime(10, 0), day, quantity, null));
    }

    private Map<String, Long> cells(String period, long union) {
        Api.Res r = api.get("/api/admin/statistics/forms/" + FORM + "/table?unionId=" + union + "&period=" + period, platformAdminToken());
        assertThat(r.code()).as(r.toString()).isZero();
        return Map.of("innovation", StatisticsIT.value(r.data(), "innovation"), "quiz_attempts", StatisticsIT.value(r.data(), "quiz_attempts"));
    }
}
