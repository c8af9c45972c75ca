package cn.safetymonth.hazard;

import cn.safetymonth.common.geo.Coordinates;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.Concurrently;
import cn.safetymonth.support.TestBackend;
import cn.safetymonth.support.TestPhotos;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** 随手拍 end to end over HTTP: the "done when", the whistle-blower rule, retries, outages, races. */
class HazardIT extends HazardFixtures {

    @Test
    void aReportGoesFromTwoPhotosToClosedWithTheReporterKeptFromTheUnitAndPointsPaidOnce() throws Exception {
        Worker reporter = worker("reporter", REPORTER_UNION);
        api.put("/api/app/me", reporter.token(), Map.of("realName", "吹哨人甲"));
        api.post("/api/app/notices/subscribe-grants", reporter.token(),
                Map.of("templateIds", List.of("tmpl-hazard-progress", "tmpl-hazard-progress", "tmpl-hazard-progress")));
        String gpsPhoto = photoToken(reporter.token(), TestPhotos.jpegWithGps(800, 600, 30.6515, 114.3019, "2025:06:10 09:30:00"));
        String plainPhoto = photoToken(reporter.token(), TestPhotos.png(640, 480));

        Api.Res submitted = api.post("/api/app/hazard/reports", reporter.token(),
                submitBody(List.of(gpsPhoto, plainPhoto), key(), LAT, LNG, "EBIKE_CHARGING"));
        assertThat(submitted.code()).as(submitted.toString()).isZero();
        JsonNode mine = submitted.data().path("report");
        long id = mine.path("id").asLong();
        assertThat(mine.path("stateLabel").asString()).isEqualTo("待审核");
        assertThat(mine.path("photos")).hasSize(2);
        assertThat(mine.path("photos").get(0).path("evidence").isNull()).as("no evidence for workers").isTrue();
        GeoPoint shown = new GeoPoint(mine.path("location").path("latitude").asDouble(), mine.path("location").path("longitude").asDouble());
        assertThat(shown.metresTo(GeoPoint.of(Coordinates.toGcj02(LAT, LNG, Coordinates.CoordSystem.WGS84)))).as("the reporter's view is blurred")
                .isBetween(99.0, 151.0);

        String reviewer = staffToken("REVIEWER", COUNTY);
        JsonNode detail = api.get("/api/admin/hazard/reports/" + id, reviewer).data();
        assertThat(detail.path("viewerRole").asString()).isEqualTo("REVIEWER");
        assertThat(detail.path("reporter").path("maskedName").asString()).isEqualTo("吹**甲");
        assertThat(detail.path("reporter").path("unionName").asString()).isEqualTo("白河县人民医院工会");
        JsonNode evidence = reviewerPhoto(detail, 0).path("evidence");
        assertThat(evidence.path("latitude").asDouble()).isCloseTo(30.6515, within(0.0001));
        assertThat(evidence.path("capturedAt").asString()).startsWith("2025-06-10T09:30");
        Metadata stored = ImageMetadataReader.readMetadata(new ByteArrayInputStream(download(reviewerPhoto(detail, 0).path("url").asString())));
        assertThat(stored.getFirstDirectoryOfType(GpsDirectory.class)).as("the stored public copy has no GPS").isNull();
        assertThat(stored.getFirstDirectoryOfType(ExifIFD0Directory.class)).as("nor any EXIF").isNull();

        String sibling = staffToken("REVIEWER", SIBLING_COUNTY);
        assertThat(api.get("/api/admin/hazard/reports/" + id, sibling).status()).isEqualTo(404);
        assertThat(api.get("/api/admin/hazard/reports", sibling).data().path("items").toString()).doesNotContain("\"id\":" + id + ",");
        assertThat(api.post("/api/admin/hazard/reports/" + id + "/review", sibling, Map.of("decision", "REJECT", "reason", "越界")).status()).isEqualTo(404);

        Api.Res verified = api.post("/api/admin/hazard/reports/" + id + "/review", reviewer, Map.of("decision", "VERIFY", "level", "MAJOR"));
        assertThat(verified.data().path("stateLabel").asString()).isEqualTo("已核实");
        Api.Res again = api.post("/api/admin/hazard/reports/" + id + "/review", reviewer, Map.of("decision", "VERIFY", "level", "MAJOR"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.msg()).contains("已核实");

        LocalDate deadline = LocalDate.now(clock).plusDays(7);
        Api.Res assigned = api.post("/api/admin/hazard/reports/" + id + "/assign", reviewer,
                Map.of("assigneeUnionId", unionId(RESPONSIBLE_UNIT), "assigneePerson", "后勤科王科长", "deadline", deadline.toString()));
        assertThat(assigned.data().path("stateLabel").asString()).as(assigned.toString()).isEqualTo("整改中");

        String unit = staffToken("UNION_ADMIN", RESPONSIBLE_UNIT);
        Api.Res unitView = api.get("/api/admin/hazard/reports/" + id, unit);
        assertThat(unitView.data().path("viewerRole").asString()).isEqualTo("UNIT");
        assertWhistleBlowerHidden(unitView.toString(), reporter);
        assertWhistleBlowerHidden(api.get("/api/admin/hazard/rectifications", unit).toString(), reporter);
        Metadata unitCopy = ImageMetadataReader.readMetadata(new ByteArrayInputStream(download(unitView.data().path("photos").get(0).path("url").asString())));
        assertThat(unitCopy.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(api.post("/api/admin/hazard/reports/" + id + "/close", unit, Map.of()).status()).as("the unit cannot close it").isEqualTo(403);

        String after = api.upload("/api/admin/hazard/photos", unit, "file", "after.jpg", "image/jpeg", TestPhotos.jpeg(640, 480))
                .data().path("token").asString();
        Api.Res completed = api.post("/api/admin/hazard/reports/" + id + "/complete", unit, Map.of("photoTokens", List.of(after), "note", "已清理走廊，设集中充电点"));
        assertThat(completed.data().path("stateLabel").asString()).as(completed.toString()).isEqualTo("已整改");
        assertWhistleBlowerHidden(completed.toString(), reporter);

        JsonNode seen = api.get("/api/app/hazard/reports/" + id, reporter.token()).data();
        assertThat(seen.path("rectification").path("afterPhotos")).hasSize(1);
        assertThat(seen.path("canConfirm").asBoolean()).isTrue();
        Api.Res notFixed = api.post("/api/app/hazard/reports/" + id + "/confirm", reporter.token(), Map.of("fixed", false, "comment", "车还在"));
        assertThat(notFixed.data().path("stateLabel").asString()).isEqualTo("整改中");
        api.post("/api/admin/hazard/reports/" + id + "/complete", unit, Map.of("photoTokens",
                List.of(api.upload("/api/admin/hazard/photos", unit, "file", "after2.jpg", "image/jpeg", TestPhotos.jpeg(640, 480)).data().path("token").asString()),
                "note", "车已移走"));
        Api.Res closed = api.post("/api/app/hazard/reports/" + id + "/confirm", reporter.token(), Map.of("fixed", true));
        assertThat(closed.data().path("stateLabel").asString()).isEqualTo("已办结");
        assertThat(closed.data().path("timeline")).extracting(t -> t.path("toStateLabel").asString())
                .containsSubsequence("待审核", "已核实", "整改中", "已整改", "整改中", "已整改", "已办结");
        assertThat(closed.data().path("timeline").toString()).doesNotContain("a:").contains("本人");

        JsonNode rewards = api.get("/api/app/hazard/rewards", reporter.token()).data();
        assertThat(rewards.path("totalPoints").asInt()).isEqualTo(50);
        assertThat(rewards.path("items")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hazard_reward WHERE report_id = ?", Integer.class, id)).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("SELECT union_id, coord_system, raw_lat FROM hazard_report WHERE id = ?", id);
        assertThat(((Number) row.get("union_id")).longValue()).isEqualTo(unionId(REPORTER_UNION));
        assertThat(row.get("coord_system")).isEqualTo("WGS84");

        JsonNode inbox = api.get("/api/app/notices?size=50", reporter.token()).data().path("items");
        assertThat(inbox).filteredOn(m -> m.path("refId").asLong() == id).extracting(m -> m.path("title").asString())
                .hasSize(7).anySatisfy(t -> assertThat(t).isEqualTo("你上报的电动自行车违规充电隐患已核实"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(wechat().subscribeSends(reporter.openid())).as("one message per grant: three grants")
                        .extracting(m -> m.data().get("phrase2")).containsExactly("已核实", "整改中", "已整改"));
        assertThat(wechat().subscribeSends(reporter.openid()).get(0).page()).isEqualTo("pages/hazard/detail?id=" + id);
        assertThat(published.of(HazardReportSubmitted.class)).filteredOn(e -> e.reportId() == id).singleElement()
                .satisfies(e -> assertThat(e.unionId()).isEqualTo(unionId(REPORTER_UNION)));
        assertThat(published.of(HazardReportStateChanged.class)).filteredOn(e -> e.reportId() == id)
                .extracting(HazardReportStateChanged::toState)
                .containsExactly("VERIFIED", "RECTIFYING", "RECTIFIED", "RECTIFYING", "RECTIFIED", "CLOSED");
        String unitInbox = api.get("/api/admin/notices", unit).toString();
        assertThat(unitInbox).contains("交由本单位整改");
        assertWhistleBlowerHidden(unitInbox, reporter);
    }

    private void assertWhistleBlowerHidden(String body, Worker reporter) {
        assertThat(body).doesNotContain("吹哨人").doesNotContain("reporter\":{").doesNotContain("stub_reporter")
                .doesNotContain("\"reporterId\"").doesNotContain("w:" + reporter.id()).doesNotContain("evidence\":{");
    }

    @Test
    void aRetriedSubmitWithTheSameKeyCreatesOneReportEvenWhenTheRetriesRace() throws Exception {
        Worker w = worker("retry", REPORTER_UNION);
        Map<String, Object> body = submitBody(List.of(photoToken(w.token(), TestPhotos.jpeg(320, 240))), key(), LAT, LNG, "FIRE");

        List<Api.Res> racing = Concurrently.run(8, () -> api.post("/api/app/hazard/reports", w.token(), body));
        Api.Res later = api.post("/api/app/hazard/reports", w.token(), body);

        assertThat(racing).allSatisfy(r -> assertThat(r.code()).as(r.toString()).isZero());
        assertThat(racing.stream().map(r -> r.data().path("report").path("id").asLong()).distinct()).hasSize(1);
        assertThat(later.data().path("report").path("id").asLong()).isEqualTo(racing.get(0).data().path("report").path("id").asLong());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hazard_report WHERE reporter_id = ?", Integer.class, w.id())).isEqualTo(1);
        assertThat(api.get("/api/app/hazard/reports", w.token()).data().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void aStorageOutageMidSubmitOrMidUploadLeavesNoHalfReportAndSaysTryAgain() {
        Worker w = worker("outage", REPORTER_UNION);
        String uploaded = photoToken(w.token(), TestPhotos.jpeg(320, 240));
        var s3 = TestBackend.get().s3Link();
        Api.Res submit;
        Api.Res upload;
        s3.cut();
        try {
            submit = api.post("/api/app/hazard/reports", w.token(), submitBody(List.of(uploaded), key(), LAT, LNG, "FIRE"));
            upload = api.upload("/api/app/hazard/photos", w.token(), "file", "b.jpg", "image/jpeg", TestPhotos.jpeg(1600, 1200));
        } finally {
            s3.restore();
        }

        assertThat(submit.status()).isEqualTo(503);
        assertThat(submit.code()).isEqualTo(5001);
        assertThat(submit.msg()).contains("稍后重试");
        assertThat(upload.status()).isEqualTo(503);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hazard_report WHERE reporter_id = ?", Integer.class, w.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hazard_photo WHERE uploaded_by = ?", Integer.class, "w:" + w.id()))
                .as("only the photo uploaded before the outage").isEqualTo(1);
        Api.Res retried = api.post("/api/app/hazard/reports", w.token(), submitBody(List.of(uploaded), key(), LAT, LNG, "FIRE"));
        assertThat(retried.code()).as(retried.toString()).isZero();
    }

    @Test
    void twoReviewersActingAtOnceCannotBothWin() throws Exception {
        Worker w = worker("race", REPORTER_UNION);
        long id = pendingReport(w, LAT, LNG, "FIRE");
        String a = staffToken("REVIEWER", COUNTY);
        String b = staffToken("UNION_ADMIN", COUNTY);

        List<Api.Res> results = Concurrently.run(6, () -> {
            boolean first = Thread.currentThread().getId() % 2 == 0;
            return api.post("/api/admin/hazard/reports/" + id + "/review", first ? a : b,
                    first ? Map.of("decision", "VERIFY", "level", "GENERAL") : Map.of("decision", "REJECT", "reason", "照片看不清"));
        });

        assertThat(results.stream().filter(r -> r.code() == 0)).hasSize(1);
        assertThat(results.stream().filter(r -> r.code() != 0)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.msg()).containsAnyOf("已被他人处理", "不能");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hazard_event WHERE report_id = ? AND action IN ('VERIFY','REJECT')", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hazard_reward WHERE report_id = ?", Integer.class, id)).isLessThanOrEqualTo(1);
    }

    @Test
    void stepsCannotBeSkippedAndRefusalsSayWhy() {
        Worker w = worker("skip", REPORTER_UNION);
        long id = pendingReport(w, LAT, LNG, "OLD_WIRING");
        String reviewer = staffToken("REVIEWER", COUNTY);

        Api.Res assign = api.post("/api/admin/hazard/reports/" + id + "/assign", reviewer,
                Map.of("assigneePerson", "电工", "deadline", LocalDate.now(clock).plusDays(3).toString()));
        Api.Res confirm = api.post("/api/app/hazard/reports/" + id + "/confirm", w.token(), Map.of("fixed", true));
        Api.Res noLevel = api.post("/api/admin/hazard/reports/" + id + "/review", reviewer, Map.of("decision", "VERIFY"));
        Api.Res noReason = api.post("/api/admin/hazard/reports/" + id + "/review", reviewer, Map.of("decision", "REJECT"));
        Api.Res rejected = api.post("/api/admin/hazard/reports/" + id + "/review", reviewer, Map.of("decision", "REJECT", "reason", "不是安全隐患"));
        Api.Res verifyAfter = api.post("/api/admin/hazard/reports/" + id + "/review", reviewer, Map.of("decision", "VERIFY", "level", "GENERAL"));

        assertThat(assign.status()).isEqualTo(409);
        assertThat(assign.msg()).isEqualTo("该隐患当前为“待审核”，不能交办整改");
        assertThat(confirm.status()).isEqualTo(409);
        assertThat(noLevel.msg()).contains("level");
        assertThat(noReason.msg()).contains("reason");
        assertThat(rejected.data().path("stateLabel").asString()).isEqualTo("不予采纳");
        assertThat(verifyAfter.status()).isEqualTo(409);
        assertThat(api.get("/api/app/hazard/reports/" + id, w.token()).data().path("rejectReason").asString()).isEqualTo("不是安全隐患");
        assertThat(api.get("/api/app/hazard/rewards", w.token()).data().path("totalPoints").asInt()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCoordinateSystemIsReadAsWxSpellsItAndAnyOtherIsNamed() {
        Worker w = worker("wxspelling", REPORTER_UNION);
        Map<String, Object> body = submitBody(List.of(photoToken(w.token(), TestPhotos.jpeg(320, 240))), key(), LAT, LNG, "FIRE");
        ((Map<String, Object>) body.get("location")).put("coordSystem", "gcj02");
        Api.Res lower = api.post("/api/app/hazard/reports", w.token(), body);
        ((Map<String, Object>) body.get("location")).put("coordSystem", "bd09");
        body.put("idempotencyKey", key());
        Api.Res baidu = api.post("/api/app/hazard/reports", w.token(), body);

        assertThat(lower.code()).as(lower.toString()).isZero();
        assertThat(baidu.status()).isEqualTo(400);
        assertThat(baidu.msg()).contains("coordSystem").contains("gcj02");
    }

    @Test
    void onlyJpegAndPngWithinTheLimitsAreTakenAndOnlyTheUploaderCanUseAPhoto() {
        Worker w = worker("upload", null);
        Worker other = worker("thief", null);

        Api.Res text = api.upload("/api/app/hazard/photos", w.token(), "file", "x.jpg", "image/jpeg", "not a picture".getBytes());
        Api.Res gif = api.upload("/api/app/hazard/photos", w.token(), "file", "x.gif", "image/gif", "GIF89a....".getBytes());
        Api.Res wrongField = api.upload("/api/app/hazard/photos", w.token(), "photo", "x.jpg", "image/jpeg", TestPhotos.jpeg(10, 10));
        Api.Res tooBig = api.upload("/api/app/hazard/photos", w.token(), "file", "x.jpg", "image/jpeg", new byte[11 * 1024 * 1024]);
        String mine = photoToken(w.token(), TestPhotos.jpeg(320, 240));
        Api.Res stolen = api.post("/api/app/hazard/reports", other.token(), submitBody(List.of(mine), key(), LAT, LNG, "FIRE"));
        Api.Res badCategory = api.post("/api/app/hazard/reports", w.token(), submitBody(List.of(mine), key(), LAT, LNG, "UFO"));
        Api.Res tenPhotos = api.post("/api/app/hazard/reports", w.token(), submitBody(java.util.Collections.nCopies(10, mine), key(), LAT, LNG, "FIRE"));

        assertThat(text.status()).isEqualTo(400);
        assertThat(text.msg()).contains("file").contains("JPEG");
        assertThat(gif.code()).as("one intake, one code").isEqualTo(5002);
        assertThat(wrongField.msg()).contains("file");
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.msg()).contains("photoTokens");
        assertThat(badCategory.msg()).contains("category").contains("UFO");
        assertThat(tenPhotos.msg()).contains("photoTokens").contains("9");
        Api.Res publicReport = api.post("/api/app/hazard/reports", w.token(), submitBody(List.of(mine), key(), LAT, LNG, "FIRE"));
        assertThat(publicReport.code()).as("社会公众 may report too").isZero();
        assertThat(jdbc.queryForObject("SELECT union_id FROM hazard_report WHERE id = ?", Long.class,
                publicReport.data().path("report").path("id").asLong())).isNull();
        String countyReviewer = staffToken("REVIEWER", COUNTY);
        assertThat(api.get("/api/admin/hazard/reports/" + publicReport.data().path("report").path("id").asLong(), countyReviewer).status())
                .as("the public's reports are the platform's to review").isEqualTo(404);
        assertThat(api.get("/api/admin/hazard/reports/" + publicReport.data().path("report").path("id").asLong(), platformAdminToken()).code()).isZero();
    }
}
