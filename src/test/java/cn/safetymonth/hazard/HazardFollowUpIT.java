package cn.safetymonth.hazard;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.TestPhotos;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** After submission: likely duplicates and "I saw this too", content security verdicts, deadlines, the map and the 整改清单. */
class HazardFollowUpIT extends HazardFixtures {

    @Autowired
    HazardRedisKeys keys;

    @Autowired
    DuplicateFinder duplicates;

    @Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;

    @Autowired
    HazardDeadlineJob deadlineJob;

    @Test
    void aNearbyReportOfTheSameKindIsOfferedAsADuplicateAndTheFirstReporterAloneIsPaid() {
        Worker first = worker("first", REPORTER_UNION);
        Worker second = worker("second", REPORTER_UNION);
        double lat = 30.6601, lng = 114.3101;
        long a = pendingReport(first, lat, lng, "HOT_WORK");

        Api.Res b = api.post("/api/app/hazard/reports", second.token(),
                submitBody(List.of(photoToken(second.token(), TestPhotos.jpeg(320, 240))), key(), lat + 0.0004, lng, "HOT_WORK"));
        Api.Res otherKind = api.post("/api/app/hazard/reports", second.token(),
                submitBody(List.of(photoToken(second.token(), TestPhotos.jpeg(320, 240))), key(), lat, lng, "GAS"));
        long bId = b.data().path("report").path("id").asLong();

        JsonNode offered = b.data().path("likelyDuplicates");
        assertThat(offered).extracting(d -> d.path("reportId").asLong()).containsExactly(a);
        assertThat(offered.get(0).path("distanceMetres").asInt()).as("to the blurred point, by the hundred metres").isIn(100, 200);
        assertThat(offered.get(0).toString()).doesNotContain("description").doesNotContain("url");
        assertThat(otherKind.data().path("likelyDuplicates")).extracting(d -> d.path("reportId").asLong()).doesNotContain(a);

        Map<String, Object> near = Map.of("latitude", lat + 0.0002, "longitude", lng, "coordSystem", "WGS84");
        assertThat(api.post("/api/app/hazard/reports/" + a + "/seen-too", second.token(), near).data().path("seenTooCount").asInt()).isEqualTo(1);
        assertThat(api.post("/api/app/hazard/reports/" + a + "/seen-too", second.token(), near).data().path("seenTooCount").asInt()).isEqualTo(1);
        assertThat(api.post("/api/app/hazard/reports/" + a + "/seen-too", first.token(), near).code()).isEqualTo(7012);
        assertThat(api.post("/api/app/hazard/reports/" + a + "/seen-too", second.token(),
                Map.of("latitude", lat + 0.01, "longitude", lng, "coordSystem", "WGS84")).status()).isEqualTo(404);

        String reviewer = staffToken("REVIEWER", COUNTY);
        api.post("/api/admin/hazard/reports/" + a + "/review", reviewer, Map.of("decision", "VERIFY", "level", "GENERAL"));
        Api.Res linked = api.post("/api/admin/hazard/reports/" + bId + "/link-duplicate", reviewer, Map.of("duplicateOf", a));
        Api.Res verifyLinked = api.post("/api/admin/hazard/reports/" + bId + "/review", reviewer, Map.of("decision", "VERIFY", "level", "GENERAL"));

        assertThat(linked.data().path("stateLabel").asString()).as(linked.toString()).isEqualTo("不予采纳");
        assertThat(linked.data().path("duplicateOf").asLong()).isEqualTo(a);
        assertThat(verifyLinked.status()).isEqualTo(409);
        assertThat(api.get("/api/admin/hazard/reports/" + a, reviewer).data().path("seenTooCount").asInt()).isEqualTo(1);
        assertThat(api.get("/api/admin/hazard/reports/" + a, reviewer).data().path("duplicatesLinked").asInt()).isEqualTo(1);
        assertThat(api.get("/api/app/hazard/rewards", first.token()).data().path("totalPoints").asInt()).isEqualTo(10);
        assertThat(api.get("/api/app/hazard/rewards", second.token()).data().path("totalPoints").asInt()).isZero();
        assertThat(api.get("/api/app/hazard/reports/" + bId, second.token()).data().path("rejectReason").asString()).contains("#" + a);
    }

    @Test
    void aDuplicateIndexLostWithRedisIsFilledAgainFromTheDatabase() {
        Worker first = worker("before", REPORTER_UNION);
        Worker later = worker("after", REPORTER_UNION);
        double lat = 30.6901, lng = 114.3401;
        long a = pendingReport(first, lat, lng, "HOT_WORK");
        redis.delete(List.of(keys.geo("HOT_WORK"), keys.geoTime("HOT_WORK"), keys.geoIndexed()));

        duplicates.restoreIfLost();
        Api.Res b = api.post("/api/app/hazard/reports", later.token(),
                submitBody(List.of(photoToken(later.token(), TestPhotos.jpeg(320, 240))), key(), lat + 0.0003, lng, "HOT_WORK"));

        assertThat(b.data().path("likelyDuplicates")).extracting(d -> d.path("reportId").asLong()).contains(a);
        assertThat(redis.hasKey(keys.geoIndexed())).isTrue();
    }

    @Test
    void aPhotoVerdictPushedBeforeItsTraceIdIsStoredStillFlagsTheReport() {
        Worker w = worker("fast-verdict", REPORTER_UNION);
        String reviewer = staffToken("REVIEWER", COUNTY);
        wechat().pushVerdictBeforeAnswering(true);
        long id;
        try {
            id = api.post("/api/app/hazard/reports", w.token(),
                    submitBody(List.of(photoToken(w.token(), TestPhotos.riskyJpeg())), key(), 30.6811, 114.3311, "CONFINED_SPACE"))
                    .data().path("report").path("id").asLong();
        } finally {
            wechat().pushVerdictBeforeAnswering(false);
        }
        long report = id;
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("/api/admin/hazard/reports/" + report, reviewer).data().path("flagged").asBoolean()).isTrue());
        assertThat(jdbc.queryForObject("SELECT media_verdict FROM hazard_photo WHERE report_id = ?", String.class, report)).isEqualTo("RISKY");
    }

    @Test
    void riskyTextOrARiskyPhotoHidesTheReportFromEveryoneButReviewersAndFlagsIt() {
        Worker w = worker("risky", REPORTER_UNION);
        Worker neighbour = worker("neighbour", REPORTER_UNION);
        double lat = 30.6701, lng = 114.3201;
        Map<String, Object> body = submitBody(List.of(photoToken(w.token(), TestPhotos.jpeg(320, 240))), key(), lat, lng, "CONFINED_SPACE");
        body.put("description", "这里有违禁内容");
        long textRisky = api.post("/api/app/hazard/reports", w.token(), body).data().path("report").path("id").asLong();
        long photoRisky = api.post("/api/app/hazard/reports", w.token(),
                submitBody(List.of(photoToken(w.token(), TestPhotos.riskyJpeg())), key(), lat, lng, "CONFINED_SPACE"))
                .data().path("report").path("id").asLong();
        String reviewer = staffToken("REVIEWER", COUNTY);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("/api/admin/hazard/reports/" + photoRisky, reviewer).data().path("flagged").asBoolean()).isTrue());
        JsonNode mine = api.get("/api/app/hazard/reports/" + photoRisky, w.token()).data();
        JsonNode asReviewer = api.get("/api/admin/hazard/reports/" + photoRisky, reviewer).data();
        Api.Res offered = api.post("/api/app/hazard/reports", neighbour.token(),
                submitBody(List.of(photoToken(neighbour.token(), TestPhotos.jpeg(320, 240))), key(), lat, lng, "CONFINED_SPACE"));

        assertThat(api.get("/api/app/hazard/reports/" + textRisky, w.token()).data().path("contentCheck").asString()).isEqualTo("未通过");
        assertThat(mine.path("photos").get(0).path("hidden").asBoolean()).isTrue();
        assertThat(mine.path("photos").get(0).path("url").isNull()).isTrue();
        assertThat(asReviewer.path("photos").get(0).path("url").asString()).startsWith("http");
        assertThat(asReviewer.path("flagReason").asString()).contains("照片");
        assertThat(asReviewer.path("timeline").toString()).contains("内容安全未通过");
        assertThat(offered.data().path("likelyDuplicates")).extracting(d -> d.path("reportId").asLong()).doesNotContain(textRisky, photoRisky);
        assertThat(api.get("/api/admin/hazard/reports?flagged=true&size=100", reviewer).data().path("items"))
                .extracting(i -> i.path("id").asLong()).contains(textRisky, photoRisky);
        assertThat(api.get("/api/admin/notices?size=50", staffToken("UNION_ADMIN", COUNTY)).toString())
                .as("the reviewers above the reporter's union are told").contains("隐患 #" + photoRisky + " 内容安全未通过");
    }

    @Test
    void aMissedDeadlineIsEscalatedToTheParentUnionOnceAndTheUnitIsReminded() {
        Worker w = worker("late", REPORTER_UNION);
        String reviewer = staffToken("REVIEWER", COUNTY);
        long id = rectifyingReport(w, reviewer, LocalDate.now(clock).plusDays(1));
        String countyAdmin = staffToken("UNION_ADMIN", COUNTY);
        String unit = staffToken("UNION_ADMIN", RESPONSIBLE_UNIT);

        clock.advance(Duration.ofDays(3));
        deadlineJob.run();
        deadlineJob.run();

        JsonNode detail = api.get("/api/admin/hazard/reports/" + id, reviewer).data();
        assertThat(detail.path("rectification").path("overdue").asBoolean()).isTrue();
        assertThat(detail.path("timeline").toString()).contains("整改逾期");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hazard_escalation WHERE report_id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(countOf(api.get("/api/admin/notices?size=100", countyAdmin).data(), "隐患 #" + id + " 整改逾期")).isEqualTo(1);
        assertThat(countOf(api.get("/api/admin/notices?size=100", unit).data(), "请尽快整改隐患 #" + id)).isEqualTo(1);
        assertThat(api.get("/api/admin/hazard/reports?overdue=true&size=100", reviewer).data().path("items"))
                .extracting(i -> i.path("id").asLong()).contains(id);
    }

    @Test
    void theMapShowsTheCallersSubtreeInTheBoxAndWorkersSeeVerifiedHazardsBlurred() {
        Worker w = worker("mapped", REPORTER_UNION);
        String reviewer = staffToken("REVIEWER", COUNTY);
        long verified = verifiedReport(w, reviewer);
        long pending = pendingReport(w, LAT, LNG, "TRAFFIC");
        String box = "minLng=114.2&minLat=30.6&maxLng=114.4&maxLat=30.7";

        JsonNode mine = api.get("/api/admin/hazard/map?" + box, reviewer).data();
        JsonNode sibling = api.get("/api/admin/hazard/map?" + box, staffToken("REVIEWER", SIBLING_COUNTY)).data();
        JsonNode onlyTraffic = api.get("/api/admin/hazard/map?" + box + "&category=TRAFFIC&state=PENDING", reviewer).data();
        JsonNode elsewhere = api.get("/api/admin/hazard/map?minLng=120&minLat=30&maxLng=121&maxLat=31", reviewer).data();
        JsonNode workers = api.get("/api/app/hazard/map?" + box, worker("passer", null).token()).data();
        Api.Res inverted = api.get("/api/admin/hazard/map?minLng=114.4&minLat=30.6&maxLng=114.2&maxLat=30.7", reviewer);

        assertThat(mine.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(ids(mine)).contains(verified, pending);
        JsonNode feature = feature(mine, verified);
        assertThat(feature.path("geometry").path("type").asString()).isEqualTo("Point");
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isBetween(114.2, 114.4);
        assertThat(ids(sibling)).doesNotContain(verified, pending);
        assertThat(ids(onlyTraffic)).contains(pending).doesNotContain(verified);
        assertThat(ids(elsewhere)).doesNotContain(verified);
        assertThat(ids(workers)).contains(verified).doesNotContain(pending);
        JsonNode shown = feature(workers, verified).path("geometry").path("coordinates");
        JsonNode exact = feature(mine, verified).path("geometry").path("coordinates");
        assertThat(new GeoPoint(shown.get(1).asDouble(), shown.get(0).asDouble()).metresTo(new GeoPoint(exact.get(1).asDouble(), exact.get(0).asDouble())))
                .as("workers see the report's public point").isBetween(99.0, 151.0);
        assertThat(feature(workers, verified).path("properties").path("submittedAt").isNull()).as("and its day, not its minute").isTrue();
        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.msg()).contains("bbox");
    }

    @Test
    void theRectificationListExportsVerifiedHazardsWithoutTheReporter() throws Exception {
        Worker w = worker("listed", REPORTER_UNION);
        api.put("/api/app/me", w.token(), Map.of("realName", "不外传"));
        String reviewer = staffToken("REVIEWER", COUNTY);
        long id = rectifyingReport(w, reviewer, LocalDate.now(clock).plusDays(10));
        long pending = pendingReport(w, LAT, LNG, "FIRE");

        Api.Res xlsx = api.get("/api/admin/hazard/rectification-list", reviewer);

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.raw()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getStringCellValue()));
                rows.add(cells);
            }
        }
        assertThat(rows.get(0)).containsExactly(HazardExportService.HEADER);
        assertThat(rows).filteredOn(r -> r.get(0).equals(String.valueOf(id))).singleElement().satisfies(r -> {
            assertThat(r).contains("消防", "一般隐患", "白河县德润木业有限公司工会", "后勤科王科长", "整改中", "否");
        });
        assertThat(rows).noneMatch(r -> r.get(0).equals(String.valueOf(pending)));
        assertThat(rows.toString()).doesNotContain("不外传").doesNotContain("举报");
    }

    private static List<Long> ids(JsonNode collection) {
        List<Long> ids = new ArrayList<>();
        collection.path("features").forEach(f -> ids.add(f.path("id").asLong()));
        return ids;
    }

    private static JsonNode feature(JsonNode collection, long id) {
        for (JsonNode f : collection.path("features")) {
            if (f.path("id").asLong() == id) {
                return f;
            }
        }
        throw new AssertionError("no feature " + id);
    }

    private static long countOf(JsonNode page, String title) {
        long n = 0;
        for (JsonNode m : page.path("items")) {
            if (m.path("title").asString().equals(title)) {
                n++;
            }
        }
        return n;
    }
}
