package cn.safetymonth.statistics;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.Tables;
import cn.safetymonth.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics table through HTTP: filled from real plays, rolled up the tree, frozen on submission, exported. */
class StatisticsIT extends IntegrationTest {

    static final String FORM = "jiaozuo-2025";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    FoldService fold;

    @Autowired
    ReminderService reminders;

    /** A worker logged in and joined to a union; returns their token. */
    String workerIn(String unionCode) {
        String token = workerToken(freshUser("stat"));
        assertThat(api.post("/api/app/me/union", token, Map.of("joinCode", joinCode(unionCode))).code()).isZero();
        return token;
    }

    /** Today's level: one hazard found and its question answered, then finished (a real, unflagged play). */
    void playLevel(String token) throws Exception {
        assertThat(cn.safetymonth.quiz.QuizTestSupport.playLikeAPerson(api, jdbc, clock, token, "ENTERPRISE", 1, 1)).isNotNull();
    }

    /** A sentence's words: what is inside its brackets (the numbers, the blanks) and the spaces taken out. */
    static String words(String line) {
        return line.replaceAll("（[^（）]*）", "（）").replaceAll("\\s", "");
    }

    /** The lines of a shipped form's items, as written in its file (with their blanks). */
    @SuppressWarnings("unchecked")
    static List<String> seedLines(String form) throws java.io.IOException {
        Map<String, Object> yaml = new org.yaml.snakeyaml.Yaml().load(java.nio.file.Files.readString(
                java.nio.file.Path.of("config/statistics/forms/" + form + ".yml")));
        List<String> out = new ArrayList<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) yaml.get("items")) {
            for (Object line : (List<Object>) item.get("lines")) {
                out.add(line instanceof Map<?, ?> m ? String.valueOf(m.get("text")) : String.valueOf(line));
            }
        }
        return out;
    }

    static String sheetText(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(c -> texts.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                ? c.getStringCellValue() : String.valueOf(c.getNumericCellValue()))));
        return String.join("\n", texts);
    }

    JsonNode table(String admin, String unionCode) {
        Api.Res r = api.get("/api/admin/statistics/forms/" + FORM + "/table?unionId=" + unionId(unionCode), admin);
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data();
    }

    static JsonNode cell(JsonNode table, String blankId) {
        return cn.safetymonth.support.Tables.cell(table, blankId);
    }

    static long value(JsonNode table, String blankId) {
        return cn.safetymonth.support.Tables.value(table, blankId);
    }

    static Api.Res handIn(Api api, String token, String form, String query) {
        return Tables.handIn(api, token, form, query);
    }

    @Test
    void theSeedFormsAreOfferedWithTheirPeriodsAndDeadlines() {
        JsonNode forms = api.get("/api/admin/statistics/forms", staffToken("UNION_ADMIN", "QH-05")).data();

        assertThat(forms.findValuesAsString("code")).containsExactlyInAnyOrder("jiaozuo-2025", "jiaozuo-2023", "anqing-2020");
        JsonNode anqing = forms.findParents("code").stream().filter(f -> f.path("code").asString().equals("anqing-2020")).findFirst().orElseThrow();
        assertThat(anqing.path("periods")).hasSize(5);
        assertThat(anqing.path("columns").findValuesAsString("")).isEmpty();
    }

    @Test
    void aWorkerWhoMovesCountsOncePerUnionAndOnceForTheirCommonParent() throws Exception {
        String admin = staffToken("UNION_ADMIN", "QH-05");
        JsonNode countyBefore = table(admin, "QH-05");
        JsonNode cityBefore = table(platformAdminToken(), "QH");
        String mover = workerIn("QH-05-003");
        playLevel(mover);
        clock.advance(Duration.ofDays(1));
        assertThat(api.post("/api/app/me/union", mover, Map.of("joinCode", joinCode("QH-05-004"))).code()).isZero();
        playLevel(mover);
        String other = workerIn("QH-06-001");
        playLevel(other);

        JsonNode first = table(admin, "QH-05-003");
        JsonNode second = table(admin, "QH-05-004");
        JsonNode county = table(admin, "QH-05");
        JsonNode city = table(platformAdminToken(), "QH");

        assertThat(value(first, "quiz_people")).isEqualTo(value(first, "quiz_attempts")).isGreaterThanOrEqualTo(1);
        assertThat(value(county, "quiz_attempts") - value(countyBefore, "quiz_attempts")).isEqualTo(2);
        assertThat(value(county, "quiz_people") - value(countyBefore, "quiz_people")).as("人 is distinct, never a sum of children").isEqualTo(1);
        assertThat(value(city, "quiz_people") - value(cityBefore, "quiz_people")).isEqualTo(2);
        assertThat(value(city, "quiz_attempts") - value(cityBefore, "quiz_attempts")).isEqualTo(3);

        fold.foldAll();
        assertThat(value(table(admin, "QH-05"), "quiz_people")).as("folding changes nothing the table shows").isEqualTo(value(county, "quiz_people"));
        assertThat(value(table(platformAdminToken(), "QH"), "quiz_attempts")).isEqualTo(value(city, "quiz_attempts"));
        assertThat(value(second, "quiz_attempts")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void manualCellsAddUpTheTreeAndOnlyAUnionAdminMayWriteThem() {
        String grassroots = staffToken("UNION_ADMIN", "QH-05-010");
        String county = staffToken("UNION_ADMIN", "QH-05");
        String reviewer = staffToken("REVIEWER", "QH-05");
        long before = value(table(county, "QH-05"), "leaflets");

        Api.Res own = api.put("/api/admin/statistics/forms/" + FORM + "/manual", grassroots,
                Map.of("values", Map.of("leaflets", 120, "other_name", "安全知识进车间"), "header", Map.of("联系人", "王主席")));
        Api.Res up = api.put("/api/admin/statistics/forms/" + FORM + "/manual", county, Map.of("values", Map.of("leaflets", 30)));
        Api.Res forChild = api.put("/api/admin/statistics/forms/" + FORM + "/manual?unionId=" + unionId("QH-05-010"), county,
                Map.of("values", Map.of("leaflets", 100)));
        Api.Res change = api.put("/api/admin/statistics/forms/" + FORM + "/manual", grassroots, Map.of("values", Map.of("leaflets", 100)));
        Api.Res denied = api.put("/api/admin/statistics/forms/" + FORM + "/manual", reviewer, Map.of("values", Map.of("leaflets", 1)));
        Api.Res platform = api.put("/api/admin/statistics/forms/" + FORM + "/manual", county, Map.of("values", Map.of("quiz_people", 999)));
        Api.Res negative = api.put("/api/admin/statistics/forms/" + FORM + "/manual", county, Map.of("values", Map.of("leaflets", -3)));

        assertThat(own.code()).as(own.toString()).isZero();
        assertThat(cell(own.data(), "other_name").path("textValue").asString()).isEqualTo("安全知识进车间");
        assertThat(own.data().path("header").findValuesAsString("value")).contains("王主席", "临川永和米业有限公司工会");
        assertThat(up.code()).isZero();
        assertThat(forChild.status()).as("a union's own numbers are typed by its own staff").isEqualTo(403);
        assertThat(change.code()).isZero();
        JsonNode countyTable = table(county, "QH-05");
        assertThat(value(countyTable, "leaflets") - before).isEqualTo(130);
        assertThat(cell(countyTable, "leaflets").path("ownValue").asLong()).isEqualTo(30);
        assertThat(value(table(county, "QH-05-010"), "leaflets")).isEqualTo(100);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(platform.status()).isEqualTo(400);
        assertThat(platform.msg()).contains("quiz_people").contains("平台");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.msg()).contains("leaflets");
    }

    @Test
    void manyUnionsTypingTheirFirstNumbersAtOnceLoseNothingAndNeverFail() throws Exception {
        List<String> codes = jdbc.queryForList("SELECT code FROM org_union WHERE parent_id = ? ORDER BY code LIMIT 8", String.class, unionId("QH-04"));
        List<String> admins = new ArrayList<>();
        for (String code : codes) {
            admins.add(staffToken("UNION_ADMIN", code));
        }
        long before = value(table(platformAdminToken(), "QH-04"), "leaflets");
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<Api.Res> saved = cn.safetymonth.support.Concurrently.run(admins.size(), () -> api.put("/api/admin/statistics/forms/" + FORM + "/manual",
                admins.get(next.getAndIncrement()), Map.of("values", Map.of("leaflets", 10, "prize_quiz", 3, "xiaohongshu", 2))));

        assertThat(saved).allSatisfy(r -> assertThat(r.code()).as(r.toString()).isZero());
        JsonNode county = table(platformAdminToken(), "QH-04");
        assertThat(value(county, "leaflets") - before).isEqualTo(10L * admins.size());
    }

    @Test
    void aWeeklyFormKeepsEachWeeksOwnNumbers() {
        String admin = staffToken("UNION_ADMIN", "QH-05-016");
        JsonNode periods = api.get("/api/admin/statistics/forms", admin).data().findParents("code").stream()
                .filter(f -> f.path("code").asString().equals("anqing-2020")).findFirst().orElseThrow().path("periods");
        String week1 = periods.get(0).path("key").asString();
        String week2 = periods.get(1).path("key").asString();

        api.put("/api/admin/statistics/forms/anqing-2020/manual?period=" + week1, admin, Map.of("values", Map.of("columns", 2)));
        api.put("/api/admin/statistics/forms/anqing-2020/manual?period=" + week2, admin, Map.of("values", Map.of("columns", 5)));

        String base = "/api/admin/statistics/forms/anqing-2020/table?period=";
        assertThat(value(api.get(base + week1, admin).data(), "columns")).isEqualTo(2);
        assertThat(value(api.get(base + week2, admin).data(), "columns")).isEqualTo(5);
    }

    @Test
    void aSubmittedTableStaysFrozenWhileCountsGrowAndAResubmissionIsANewVersion() throws Exception {
        String county = staffToken("UNION_ADMIN", "QH-06");
        playLevel(workerIn("QH-06-002"));
        Api.Res unconfirmed = api.post("/api/admin/statistics/forms/" + FORM + "/submissions", county, Map.of("confirm", false));
        Api.Res noContact = api.post("/api/admin/statistics/forms/" + FORM + "/submissions", county, Map.of("confirm", true));
        Api.Res first = handIn(api, county, FORM, "");
        long id = first.data().path("id").asLong();
        long frozen = value(api.get("/api/admin/statistics/submissions/" + id, county).data().path("table"), "quiz_attempts");
        Api.Res exportedRes = api.get("/api/admin/statistics/submissions/" + id + "/export", county);
        assertThat(exportedRes.contentType()).as(exportedRes.toString()).contains("spreadsheetml");
        byte[] exported = exportedRes.raw();

        playLevel(workerIn("QH-06-003"));
        long live = value(table(county, "QH-06"), "quiz_attempts");
        JsonNode still = api.get("/api/admin/statistics/submissions/" + id, county).data();
        byte[] again = api.get("/api/admin/statistics/submissions/" + id + "/export", county).raw();
        Api.Res second = handIn(api, county, FORM, "");

        assertThat(noContact.code()).as("the header's contact is filled before a table is handed in").isEqualTo(9018);
        assertThat(noContact.msg()).contains("联系人");
        assertThat(again).as("a submitted version exports as the same file, byte for byte, after new acts").isEqualTo(exported);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(again))) {
            String text = sheetText(wb.getSheet("统计表"));
            assertThat(text).contains("答题（ " + frozen + " ）人次").contains("已报送（第 1 版").contains("联系人：王芳");
        }
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(api.get("/api/admin/statistics/forms/" + FORM + "/export", county).raw()))) {
            assertThat(sheetText(wb.getSheet("统计表"))).contains("答题（ " + live + " ）人次").contains("未报送");
        }

        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.data().path("version").asInt()).isEqualTo(1);
        assertThat(live).isEqualTo(frozen + 1);
        assertThat(value(still.path("table"), "quiz_attempts")).isEqualTo(frozen);
        assertThat(second.data().path("version").asInt()).isEqualTo(2);

        JsonNode parentView = api.get("/api/admin/statistics/forms/" + FORM + "/submissions", platformAdminToken()).data();
        List<String> order = new ArrayList<>();
        parentView.path("children").forEach(c -> order.add(c.path("unionName").asString()));
        JsonNode qh06 = parentView.path("children").findParents("unionId").stream()
                .filter(c -> c.path("unionId").asLong() == unionId("QH-06")).findFirst().orElseThrow();
        assertThat(qh06.path("status").asString()).isIn("SUBMITTED", "LATE");
        assertThat(qh06.path("latest").path("version").asInt()).isEqualTo(2);
        assertThat(order).as("tree order, never ranked").isEqualTo(jdbc.queryForList(
                "SELECT name FROM org_union WHERE parent_id = ? ORDER BY code", String.class, unionId("QH")));
        assertThat(api.get("/api/admin/statistics/submissions/" + first.data().path("id").asLong(), staffToken("UNION_ADMIN", "QH-05")).status())
                .as("a sibling county never sees it").isEqualTo(404);
    }

    @Test
    void theExportWritesTheNumbersIntoTheSeedsSentencesWithChildDetail() throws Exception {
        String county = staffToken("UNION_ADMIN", "QH-09");
        playLevel(workerIn(jdbc.queryForObject("SELECT code FROM org_union WHERE parent_id = ? ORDER BY code LIMIT 1", String.class, unionId("QH-09"))));
        long attempts = value(table(county, "QH-09"), "quiz_attempts");

        Api.Res file = api.get("/api/admin/statistics/forms/" + FORM + "/export", county);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).contains("spreadsheetml");
        // kept for a look: libreoffice --headless --convert-to pdf target/statistics-export.xlsx
        java.nio.file.Files.write(java.nio.file.Path.of("target/statistics-export.xlsx"), file.raw());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.raw()))) {
            Sheet form = wb.getSheet("统计表");
            List<String> texts = new ArrayList<>();
            form.forEach(row -> row.forEach(c -> texts.add(c.getStringCellValue())));
            assertThat(texts).contains("全市工会2025年“安全生产月”活动开展情况统计表");
            assertThat(String.join("\n", texts)).contains("答题（ " + attempts + " ）人次").contains("组织理论学习（");
            // every sentence of the seed's form (its words as config/statistics/forms has them) is on the paper, word for word
            List<String> paper = new ArrayList<>();
            texts.forEach(t -> java.util.Arrays.stream(t.split("\n")).map(StatisticsIT::words).forEach(paper::add));
            for (String line : seedLines("jiaozuo-2025")) {
                assertThat(paper).as("the paper has the seed's line " + line).contains(words(line.replaceAll("\\{[^{}]*}", "")));
            }
            assertThat(form.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            Sheet detail = wb.getSheet("下级明细");
            detail.getRow(0).forEach(c -> assertThat(detail.getRow(0).getHeightInPoints()).as("room for the whole header " + c.getStringCellValue())
                    .isGreaterThanOrEqualTo((float) Math.ceil(c.getStringCellValue().length() / 6.0) * 15));
            assertThat(detail.getPhysicalNumberOfRows() - 3).as("a row per child, then 本级 and 合计").isEqualTo(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM org_union WHERE parent_id = ?", Integer.class, unionId("QH-09")));
            List<String> heads = new ArrayList<>();
            detail.getRow(0).forEach(c -> heads.add(c.getStringCellValue()));
            assertThat(heads).as("headers in the form's own words").noneMatch(h -> h.matches(".*[a-z_]{3,}.*")).noneMatch(h -> h.endsWith("…"))
                    .contains("开展宣讲活动（场）", "开展宣讲活动·参与（人次）");
            assertThat(detail.getRow(detail.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("合计");
        }
    }

    @Test
    void aPlatformNumberDrillsDownToMaskedRecordsOfTheSubtreeOnly() throws Exception {
        String worker = workerIn("QH-05-012");
        api.put("/api/app/me", worker, Map.of("realName", "欧阳小明"));
        playLevel(worker);
        String admin = staffToken("UNION_ADMIN", "QH-05-012");

        Api.Res records = api.get("/api/admin/statistics/forms/" + FORM + "/cells/quiz_attempts/records", admin);
        Api.Res manual = api.get("/api/admin/statistics/forms/" + FORM + "/cells/leaflets/records", admin);
        Api.Res sibling = api.get("/api/admin/statistics/forms/" + FORM + "/cells/quiz_attempts/records?unionId=" + unionId("QH-06"), admin);

        assertThat(records.code()).as(records.toString()).isZero();
        assertThat(records.data().path("items").findValuesAsString("worker")).contains("欧**明");
        assertThat(records.toString()).doesNotContain("欧阳小明");
        assertThat(records.data().path("items").findValuesAsString("unionName")).containsOnly("临川县永盛乳业有限公司工会");
        assertThat(manual.status()).isEqualTo(400);
        assertThat(sibling.status()).isEqualTo(403);
    }

    @Test
    void aHazardCellCountsTheReportButNeverNamesItsReporter() {
        String reporter = workerIn("QH-05-013");
        api.put("/api/app/me", reporter, Map.of("realName", "司马吹哨"));
        String admin = staffToken("UNION_ADMIN", "QH-05");
        long before = value(table(admin, "QH-05"), "snapshots");
        String photo = api.upload("/api/app/hazard/photos", reporter, "file", "tmp.jpg", "image/jpeg",
                cn.safetymonth.support.TestPhotos.jpeg(320, 240)).data().path("token").asString();
        Api.Res sent = api.post("/api/app/hazard/reports", reporter, Map.of("photoTokens", List.of(photo),
                "location", Map.of("latitude", 30.65, "longitude", 114.30, "coordSystem", "GCJ02"), "scene", "ENTERPRISE",
                "category", "EBIKE_CHARGING", "description", "宿舍楼道里电动车在充电", "idempotencyKey", "k" + System.nanoTime()));
        assertThat(sent.code()).as(sent.toString()).isZero();

        Api.Res records = api.get("/api/admin/statistics/forms/" + FORM + "/cells/snapshots/records?size=100", admin);

        assertThat(value(table(admin, "QH-05"), "snapshots")).isEqualTo(before + 1);
        assertThat(records.data().path("items").findValuesAsString("worker")).contains("（举报人信息受保护）");
        assertThat(records.toString()).doesNotContain("司马").doesNotContain("司**哨");
    }

    @Test
    void theTrendShowsDailyActsAndEachChildsRateInTreeOrder() throws Exception {
        String county = staffToken("UNION_ADMIN", "QH-10");
        String child = jdbc.queryForObject("SELECT code FROM org_union WHERE parent_id = ? ORDER BY code LIMIT 1", String.class, unionId("QH-10"));
        playLevel(workerIn(child));

        JsonNode trend = api.get("/api/admin/statistics/forms/" + FORM + "/trend", county).data();

        assertThat(trend.path("days").size()).isGreaterThan(1);
        long total = 0;
        for (JsonNode d : trend.path("days")) {
            total += d.path("acts").path("quiz.attempts").asLong();
        }
        assertThat(total).isGreaterThanOrEqualTo(1);
        JsonNode first = trend.path("children").get(0);
        assertThat(first.path("unionId").asLong()).isEqualTo(unionId(child));
        assertThat(first.path("participants").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(first.path("rate").asDouble()).isBetween(0.0, 1.0);
        assertThat(trend.toString()).doesNotContain("rank");
    }

    @Test
    void unionsThatHaveNotHandedInAreRemindedOnceBeforeTheDeadlineAndThoseThatHaveAreNot() {
        String submitted = staffToken("UNION_ADMIN", "QH-11");
        String pending = staffToken("UNION_ADMIN", "QH-12");
        assertThat(handIn(api, submitted, FORM, "").code()).isZero();
        JsonNode period = api.get("/api/admin/statistics/forms", submitted).data().findParents("code").stream()
                .filter(f -> f.path("code").asString().equals(FORM)).findFirst().orElseThrow().path("periods").get(0);
        java.time.LocalDateTime due = java.time.LocalDateTime.parse(period.path("due").asString());

        String title = "全市工会2025年“安全生产月”活动开展情况统计表";
        String phoneUser = freshUser("clerk");
        String phone = workerToken(phoneUser);
        String code = api.post("/api/admin/auth/wechat-binding", pending, Map.of()).data().path("code").asString();
        assertThat(api.post("/api/app/me/staff-binding", phone, Map.of("code", code)).code()).isZero();
        assertThat(api.post("/api/app/me/staff-binding", workerToken(freshUser("thief")), Map.of("code", code)).status())
                .as("a binding code works once").isEqualTo(400);
        assertThat(api.get("/api/admin/auth/me", pending).data().path("wechatBound").asBoolean()).isTrue();
        api.post("/api/app/notices/subscribe-grants", phone, Map.of("templateIds", List.of("tmpl-statistics-reminder")));

        reminders.remind(due.minusDays(5));
        List<String> tooEarly = reminderTitles(pending, title);
        reminders.remind(due.minusHours(2));
        reminders.remind(due.minusHours(1));
        List<String> onTheDay = reminderTitles(pending, title);
        reminders.remind(due.plusMinutes(1));

        assertThat(tooEarly).isEmpty();
        assertThat(onTheDay).as("once per deadline").singleElement().satisfies(t -> assertThat(t).startsWith("今天报送"));
        assertThat(reminderTitles(pending, title)).as("nothing after the deadline").hasSize(1);
        assertThat(reminderTitles(submitted, title)).as("a union that handed in is left alone").isEmpty();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !wechat().subscribeSends("stub_" + phoneUser).isEmpty());
        assertThat(wechat().subscribeSends("stub_" + phoneUser)).singleElement()
                .satisfies(m -> assertThat(m.templateId()).isEqualTo("tmpl-statistics-reminder"));
    }

    private List<String> reminderTitles(String token, String formTitle) {
        List<String> titles = new ArrayList<>();
        api.get("/api/admin/notices?size=100", token).data().path("items").forEach(m -> {
            if (m.path("kind").asString().equals("statistics.reminder") && m.path("title").asString().contains(formTitle)) {
                titles.add(m.path("title").asString());
            }
        });
        return titles;
    }
}
