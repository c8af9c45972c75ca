package cn.safetymonth.hazard;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.TestPhotos;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whistle-blower rule at the edges of the tree, through every surface staff read: a worker of grassroots union X
 * reports a hazard of their own workplace; it is handed to X (or to X's parent) for rectification. Nobody at the
 * responsible unit or below it learns who reported it, from any answer; reviewers above X see the reporter masked,
 * and each time they do, it is in the audit list.
 */
class ReporterProtectionIT extends HazardFixtures {

    static final String CITY = "QH";
    static final String NAME = "周小一";
    static final String PHONE = "13900009437";

    record Reporter(Worker worker, String maskedName, String maskedPhone) {
    }

    private Reporter whistleBlower() {
        Worker w = worker("whistle", REPORTER_UNION);
        api.put("/api/app/me", w.token(), Map.of("realName", NAME));
        assertThat(api.post("/api/app/me/phone", w.token(), Map.of("code", "phone-" + PHONE)).code()).isZero();
        return new Reporter(w, "周*一", "139****9437");
    }

    private long assigned(Reporter r, String reviewer, String unitCode) {
        long id = pendingReport(r.worker(), LAT + 0.01, LNG + 0.01, "FIRE");
        assertThat(api.post("/api/admin/hazard/reports/" + id + "/review", reviewer, Map.of("decision", "VERIFY", "level", "GENERAL")).code()).isZero();
        Api.Res a = api.post("/api/admin/hazard/reports/" + id + "/assign", reviewer, Map.of("assigneeUnionId", unionId(unitCode),
                "deadline", LocalDate.now(clock).plusDays(5).toString(), "note", "请尽快处理"));
        assertThat(a.code()).as(a.toString()).isZero();
        return id;
    }

    /** Everything one staff member reads about the report, as text: detail, lists, map, notices, drill-down, export. */
    private List<String> everythingSeenBy(String token, long id, String unionCode) throws Exception {
        List<String> seen = new ArrayList<>();
        for (String path : List.of("/api/admin/hazard/reports/" + id, "/api/admin/hazard/reports?size=100",
                "/api/admin/hazard/rectifications?size=100", "/api/admin/hazard/map?minLng=114.2&minLat=30.6&maxLng=114.4&maxLat=30.7",
                "/api/admin/notices?size=100", "/api/admin/statistics/forms/jiaozuo-2025/cells/snapshots/records?size=100&unionId="
                        + unionId(unionCode))) {
            Api.Res r = api.get(path, token);
            assertThat(r.code()).as(path + " → " + r).isZero();
            seen.add(r.toString());
        }
        assertThat(seen.get(0)).contains("\"id\":" + id);
        Api.Res xlsx = api.get("/api/admin/hazard/rectification-list", token);
        assertThat(xlsx.status()).isEqualTo(200);
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.raw()))) {
            for (Row row : book.getSheetAt(0)) {
                row.forEach(c -> cells.append(c.getStringCellValue()).append('|'));
            }
        }
        seen.add(cells.toString());
        return seen;
    }

    /** No name, masked name, phone or its tail, openid or worker id; signed photo links are left out (their hex could hold any digits). */
    private static void assertNothingOfTheReporter(List<String> answers, Reporter r, String who) {
        for (String answer : answers) {
            String text = answer.replaceAll("\"https?://[^\"]*\"", "\"\"");
            assertThat(text).as(who + " reads " + text)
                    .doesNotContain(NAME).doesNotContain(r.maskedName()).doesNotContain(PHONE).doesNotContain("9437")
                    .doesNotContain(r.worker().openid()).doesNotContain("\"reporter\":{").doesNotContain("reporterId")
                    .doesNotContain("\"workerId\":" + r.worker().id()).doesNotContain("w:" + r.worker().id())
                    .doesNotContain("\"evidence\":{");
        }
    }

    private long reporterViews(long reportId, long accountId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE kind = 'REPORTER_VIEWED' AND subject_type = 'hazard-report' "
                + "AND subject_id = ? AND actor_account_id = ? AND client_address IS NOT NULL", Long.class, reportId, accountId);
    }

    private long accountId(String token) {
        return api.get("/api/admin/auth/me", token).data().path("id").asLong();
    }

    @Test
    void aReportOfOnesOwnWorkplaceHandedToItIsFixedThereWithoutTheReporterAndReviewedFromAbove() throws Exception {
        Reporter r = whistleBlower();
        String county = staffToken("REVIEWER", COUNTY);
        String ownAdmin = staffToken("UNION_ADMIN", REPORTER_UNION);
        String ownReviewer = staffToken("REVIEWER", REPORTER_UNION);
        long id = assigned(r, county, REPORTER_UNION);

        for (String unit : List.of(ownAdmin, ownReviewer)) {
            JsonNode detail = api.get("/api/admin/hazard/reports/" + id, unit).data();
            assertThat(detail.path("viewerRole").asString()).isEqualTo("UNIT");
            assertThat(detail.path("actions")).extracting(JsonNode::asString).containsExactly("COMPLETE");
            assertThat(detail.path("submittedAt").isNull()).as("the day, not the minute").isTrue();
            assertThat(detail.path("submittedOn").asString()).isEqualTo(LocalDate.now(clock).toString());
            assertThat(detail.path("timeline").get(0).path("at").isNull()).isTrue();
            assertNothingOfTheReporter(everythingSeenBy(unit, id, REPORTER_UNION), r, "the responsible unit X");
        }
        JsonNode drill = api.get("/api/admin/statistics/forms/jiaozuo-2025/cells/snapshots/records?size=100&unionId="
                + unionId(REPORTER_UNION), ownAdmin).data().path("items");
        assertThat(drill).filteredOn(x -> x.path("sourceId").asLong() == id).singleElement().satisfies(x -> {
            assertThat(x.path("worker").asString()).isEqualTo("（举报人信息受保护）");
            assertThat(x.path("occurredAt").isNull()).as("the day only").isTrue();
        });
        String after = api.upload("/api/admin/hazard/photos", ownAdmin, "file", "after.jpg", "image/jpeg", TestPhotos.jpeg(320, 240))
                .data().path("token").asString();
        Api.Res completed = api.post("/api/admin/hazard/reports/" + id + "/complete", ownAdmin, Map.of("photoTokens", List.of(after), "note", "已整改"));
        assertThat(completed.code()).as(completed.toString()).isZero();
        assertNothingOfTheReporter(List.of(completed.toString()), r, "the unit completing it");
        assertThat(api.post("/api/app/hazard/reports/" + id + "/confirm", r.worker().token(), Map.of("fixed", false, "comment", "我是周小一，还没修好")).code()).isZero();
        assertNothingOfTheReporter(everythingSeenBy(ownAdmin, id, REPORTER_UNION), r, "the unit after the reporter's reopening");

        JsonNode above = api.get("/api/admin/hazard/reports/" + id, county).data();
        assertThat(above.path("viewerRole").asString()).isEqualTo("REVIEWER");
        assertThat(above.path("reporter").path("maskedName").asString()).isEqualTo(r.maskedName());
        assertThat(above.path("reporter").path("maskedPhone").asString()).isEqualTo(r.maskedPhone());
        assertThat(above.path("timeline").toString()).contains("还没修好");
        JsonNode city = api.get("/api/admin/hazard/reports/" + id, staffToken("REVIEWER", CITY)).data();
        assertThat(city.path("reporter").path("maskedName").asString()).isEqualTo(r.maskedName());
        assertThat(reporterViews(id, accountId(county))).as("review, assign and this view").isGreaterThanOrEqualTo(3);

        JsonNode audit = api.get("/api/admin/audit?kind=REPORTER_VIEWED&size=100", platformAdminToken()).data();
        assertThat(audit.path("items")).filteredOn(e -> e.path("subjectId").asLong() == id)
                .allSatisfy(e -> assertThat(e.path("clientAddress").asString()).isNotBlank())
                .extracting(e -> e.path("actorAccountId").asLong()).contains(accountId(county));
        assertThat(reporterViews(id, accountId(ownAdmin)) + reporterViews(id, accountId(ownReviewer))).as("X never saw it").isZero();
    }

    @Test
    void handedToTheParentItIsHiddenFromTheParentAndEverythingBelowWhileTheGrandparentStillReviews() throws Exception {
        Reporter r = whistleBlower();
        String city = staffToken("REVIEWER", CITY);
        String parentReviewer = staffToken("REVIEWER", COUNTY);
        String parentAdmin = staffToken("UNION_ADMIN", COUNTY);
        String ownAdmin = staffToken("UNION_ADMIN", REPORTER_UNION);
        long id = assigned(r, city, COUNTY);

        JsonNode parent = api.get("/api/admin/hazard/reports/" + id, parentReviewer).data();
        assertThat(parent.path("viewerRole").asString()).as("still above X: may close and reopen").isEqualTo("REVIEWER");
        assertThat(parent.path("reporter").isNull()).as("but it is the responsible unit now").isTrue();
        for (String below : List.of(parentReviewer, parentAdmin)) {
            assertNothingOfTheReporter(everythingSeenBy(below, id, COUNTY), r, "the responsible parent");
        }
        JsonNode own = api.get("/api/admin/hazard/reports/" + id, ownAdmin).data();
        assertThat(own.path("viewerRole").asString()).isEqualTo("WORKPLACE");
        assertThat(own.path("actions")).isEmpty();
        assertNothingOfTheReporter(everythingSeenBy(ownAdmin, id, REPORTER_UNION), r, "X, below the responsible parent");
        assertThat(api.post("/api/admin/hazard/reports/" + id + "/close", ownAdmin, Map.of()).status()).isEqualTo(403);

        JsonNode grandparent = api.get("/api/admin/hazard/reports/" + id, city).data();
        assertThat(grandparent.path("reporter").path("maskedName").asString()).isEqualTo(r.maskedName());
        assertThat(grandparent.path("photos").get(0).path("evidence").isObject()).isTrue();
        assertThat(reporterViews(id, accountId(city))).isGreaterThanOrEqualTo(3);
        assertThat(reporterViews(id, accountId(parentReviewer))).isZero();
    }

    @Test
    void beforeAssignmentTheReportersOwnUnionSeesItAsAUnitWithoutAReporterAndCannotReviewIt() throws Exception {
        Reporter r = whistleBlower();
        String ownAdmin = staffToken("UNION_ADMIN", REPORTER_UNION);
        long id = pendingReport(r.worker(), LAT, LNG, "GAS");

        JsonNode detail = api.get("/api/admin/hazard/reports/" + id, ownAdmin).data();
        Api.Res review = api.post("/api/admin/hazard/reports/" + id + "/review", ownAdmin, Map.of("decision", "REJECT", "reason", "不是隐患"));

        assertThat(detail.path("viewerRole").asString()).isEqualTo("WORKPLACE");
        assertThat(detail.path("actions")).isEmpty();
        assertThat(review.status()).as("a union does not review its own workplace").isEqualTo(403);
        assertThat(api.get("/api/admin/hazard/reports?size=100", ownAdmin).data().path("items").findValuesAsString("id"))
                .as("nor is it in its review queue").doesNotContain(String.valueOf(id));
        assertThat(api.get("/api/admin/hazard/rectifications?size=100", ownAdmin).data().path("items").findValuesAsString("id"))
                .as("it is among its own workplace's hazards").contains(String.valueOf(id));
        assertNothingOfTheReporter(everythingSeenBy(ownAdmin, id, REPORTER_UNION), r, "X before assignment");
        assertThat(api.get("/api/admin/hazard/reports/" + id, staffToken("REVIEWER", SIBLING_COUNTY)).status()).isEqualTo(404);
    }

    @Test
    void thePublicsReportsAreReviewedByThePlatformAloneWhichSeesTheReporterAndIsAudited() {
        Worker citizen = worker("citizen", null);
        api.put("/api/app/me", citizen.token(), Map.of("realName", "钱多多"));
        long id = pendingReport(citizen, LAT, LNG, "TRAFFIC");
        String platform = platformAdminToken();

        JsonNode detail = api.get("/api/admin/hazard/reports/" + id, platform).data();

        assertThat(detail.path("viewerRole").asString()).isEqualTo("REVIEWER");
        assertThat(detail.path("reporter").path("maskedName").asString()).isEqualTo("钱*多");
        assertThat(detail.path("reporter").path("unionName").asString()).isEqualTo("社会公众");
        assertThat(reporterViews(id, accountId(platform))).isEqualTo(1);
        assertThat(api.get("/api/admin/hazard/reports/" + id, staffToken("UNION_ADMIN", CITY)).status()).isEqualTo(404);
    }

    @Test
    void anotherSubtreesReportNeverAppearsAmongLikelyDuplicatesOrLinks() {
        Worker here = worker("dupHere", REPORTER_UNION);
        Worker there = worker("dupThere", "QH-08-001");
        double lat = 30.6631, lng = 114.3131;
        long ours = pendingReport(here, lat, lng, "HOT_WORK");
        long theirs = pendingReport(there, lat + 0.0002, lng, "HOT_WORK");
        String county = staffToken("REVIEWER", COUNTY);
        String city = staffToken("REVIEWER", CITY);

        JsonNode fromCounty = api.get("/api/admin/hazard/reports/" + ours, county).data();
        JsonNode fromCity = api.get("/api/admin/hazard/reports/" + ours, city).data();

        assertThat(api.get("/api/admin/hazard/reports/" + theirs, county).status()).isEqualTo(404);
        assertThat(fromCounty.path("likelyDuplicates").findValuesAsString("reportId")).doesNotContain(String.valueOf(theirs));
        assertThat(fromCity.path("likelyDuplicates").findValuesAsString("reportId")).as("the city may open both").contains(String.valueOf(theirs));

        Api.Res linked = api.post("/api/admin/hazard/reports/" + theirs + "/link-duplicate", city, Map.of("duplicateOf", ours));
        assertThat(linked.code()).as(linked.toString()).isZero();
        assertThat(api.get("/api/admin/hazard/reports/" + ours, county).data().path("duplicatesLinked").asInt()).as("not one it may open").isZero();
        assertThat(api.get("/api/admin/hazard/reports/" + ours, city).data().path("duplicatesLinked").asInt()).isEqualTo(1);
        assertThat(api.post("/api/admin/hazard/reports/" + ours + "/link-duplicate", county, Map.of("duplicateOf", theirs)).status())
                .as("nor can it link to one").isEqualTo(409);
    }
}
