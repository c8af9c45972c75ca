package cn.safetymonth.common.retention;

import cn.safetymonth.pledge.PledgeFixtures;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.HazardReportFixture;
import cn.safetymonth.support.IntegrationTest;
import cn.safetymonth.support.Tables;
import cn.safetymonth.support.TestPhotos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 4: the retention job, run on clocks moved past the periods, removes or coarsens evidence past its period
 * and nothing else: younger evidence, open reports and every count stay; a second run changes nothing.
 */
class RetentionIT extends IntegrationTest {

    static final String UNION = "QH-07-001";
    static final String COUNTY = "QH-07";
    static final String UNIT = "QH-07-005";
    static final String FORM = "jiaozuo-2025";

    @Autowired
    List<ExpiringEvidence> holders;

    @Autowired
    RetentionProperties periods;

    @Autowired
    ObjectStorage storage;

    @Test
    void evidencePastItsPeriodGoesAndNothingElse() {
        long auditBefore = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_log", Long.class);
        String token = workerToken(freshUser("keeper"));
        long workerId = api.get("/api/app/me", token).data().path("workerId").asLong();
        assertThat(api.post("/api/app/me/union", token, Map.of("joinCode", joinCode(UNION))).code()).isZero();
        Api.Res signed = api.upload("/api/app/pledges/COMMITMENT/signatures", token, "signature", "sign.png", "image/png",
                PledgeFixtures.signaturePng());
        assertThat(signed.code()).as(signed.toString()).isZero();
        long signatureId = signed.data().path("signatureId").asLong();
        String signatureKey = jdbc.queryForObject("SELECT signature_key FROM pledge_signature WHERE id = ?", String.class, signatureId);
        String reviewer = staffToken("REVIEWER", COUNTY);
        String unit = staffToken("UNION_ADMIN", UNIT);
        long closed = report(token);
        review(closed, reviewer, Map.of("decision", "VERIFY", "level", "GENERAL"));
        assertThat(api.post("/api/admin/hazard/reports/" + closed + "/assign", reviewer, Map.of("assigneeUnionId", unionId(UNIT),
                "assigneePerson", "后勤科王科长", "deadline", LocalDate.now(clock).plusDays(10).toString())).code()).isZero();
        String after = api.upload("/api/admin/hazard/photos", unit, "file", "after.jpg", "image/jpeg",
                TestPhotos.jpegWithGps(640, 480, 30.6513, 114.3022, "2025:06:12 15:00:00")).data().path("token").asString();
        assertThat(api.post("/api/admin/hazard/reports/" + closed + "/complete", unit,
                Map.of("photoTokens", List.of(after), "note", "已清理")).code()).isZero();
        assertThat(api.post("/api/admin/hazard/reports/" + closed + "/close", reviewer, Map.of()).code()).isZero();
        long rejected = report(token);
        review(rejected, reviewer, Map.of("decision", "REJECT", "reason", "照片与隐患无关"));
        long open = report(token);
        review(open, reviewer, Map.of("decision", "VERIFY", "level", "GENERAL"));
        long eventId = recordedEvent();
        List<String> evidenceKeys = jdbc.queryForList("SELECT object_key FROM pledge_event_evidence WHERE event_id = ?", String.class, eventId);
        String admin = platformAdminToken();
        JsonNode table = table(admin);
        Map<String, Object> counted = counted(workerId, eventId);
        assertThat(evidenceKeys).hasSize(2).allSatisfy(k -> assertThat(storage.exists(k)).isTrue());
        assertThat(exif(closed)).as("reporter's and unit's photo").hasSize(2).allSatisfy(p -> assertThat(p.get("exif_lat")).isNotNull());
        int auditLines = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE id > ?", Integer.class, auditBefore);
        assertThat(auditLines).as("the staff's logins and account changes").isPositive();
        Map<String, Object> before = state(workerId, signatureId, signatureKey, eventId, evidenceKeys, closed, rejected, open);

        job(periods.photoEvidence().minusDays(1)).expireAll();

        assertThat(state(workerId, signatureId, signatureKey, eventId, evidenceKeys, closed, rejected, open))
                .as("nothing is past any period yet").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE id > ?", Integer.class, auditBefore)).isEqualTo(auditLines);

        job(periods.photoEvidence().plusDays(20)).expireAll();

        assertThat(exif(closed)).hasSize(2).allSatisfy(p -> assertThat(p).extractingByKeys("captured_at", "exif_lat", "exif_lng")
                .containsOnlyNulls());
        assertThat(exif(rejected)).hasSize(1).allSatisfy(p -> assertThat(p).extractingByKeys("captured_at", "exif_lat", "exif_lng")
                .containsOnlyNulls());
        assertThat(exif(open)).as("an open report keeps its evidence whatever its age").isEqualTo(before.get("photos" + open));
        assertThat(place(closed)).as("a place outlives photo evidence").isEqualTo(before.get("place" + closed));
        assertThat(storage.exists(signatureKey)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE id > ?", Integer.class, auditBefore))
                .as("login and audit lines past 180 days").isZero();
        assertThat(jdbc.queryForObject("SELECT last_login_at FROM worker WHERE id = ?", LocalDateTime.class, workerId)).isNull();

        Map<Evidence, Integer> first = job(periods.reportLocations().plusDays(1)).expireAll();

        for (long finished : List.of(closed, rejected)) {
            Map<String, Object> place = place(finished);
            assertThat(place.get("lat")).isEqualTo(place.get("public_lat"));
            assertThat(place.get("lng")).isEqualTo(place.get("public_lng"));
            assertThat(place.get("raw_lat")).isEqualTo(place.get("public_lat"));
            assertThat(place.get("raw_lng")).isEqualTo(place.get("public_lng"));
            assertThat(place.get("coord_system")).isEqualTo("GCJ02");
            assertThat(place).extractingByKeys("accuracy_m", "address", "place_name").containsOnlyNulls();
        }
        assertThat(place(open)).as("the unit still has to find an open hazard").isEqualTo(before.get("place" + open));
        assertThat(exif(open)).isEqualTo(before.get("photos" + open));
        assertThat(storage.exists(signatureKey)).as("the signature image left storage").isFalse();
        JsonNode mine = api.get("/api/app/pledges", token).data().path("templates").get(0).path("mine");
        assertThat(mine.path("signatureId").asLong()).as("the signature itself stays").isEqualTo(signatureId);
        assertThat(mine.path("signatureUrl").isNull()).isTrue();
        Api.Res certificate = api.get("/api/app/pledges/signatures/" + signatureId + "/certificate", token);
        assertThat(certificate.code()).isEqualTo(8005);
        assertThat(certificate.msg()).contains("保存期限");
        assertThat(evidenceKeys).allSatisfy(k -> assertThat(storage.exists(k)).isFalse());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_event_evidence WHERE event_id = ?", Integer.class, eventId)).isZero();
        assertThat(api.get("/api/admin/events/" + eventId, admin).data().path("evidenceUrls")).isEmpty();
        assertThat(counted(workerId, eventId)).as("rows, points and head count").isEqualTo(counted);
        assertThat(table(admin)).as("the union's statistics table").isEqualTo(table);
        assertThat(first).containsKeys(Evidence.values());
        Map<String, Object> done = state(workerId, signatureId, signatureKey, eventId, evidenceKeys, closed, rejected, open);

        Map<Evidence, Integer> second = job(periods.reportLocations().plusDays(1)).expireAll();

        assertThat(second.values()).as("a second run finds nothing left").containsOnly(0);
        assertThat(state(workerId, signatureId, signatureKey, eventId, evidenceKeys, closed, rejected, open)).isEqualTo(done);
        assertThat(table(admin)).isEqualTo(table);
    }

    /** The job as it runs on a night {@code later} from now; the shared test clock itself is not moved. */
    private RetentionJob job(Duration later) {
        return new RetentionJob(holders, periods, Clock.offset(clock, later));
    }

    private Map<String, Object> state(long workerId, long signatureId, String signatureKey, long eventId, List<String> evidenceKeys,
                                      long... reports) {
        Map<String, Object> s = new HashMap<>();
        for (long r : reports) {
            s.put("place" + r, place(r));
            s.put("photos" + r, exif(r));
        }
        s.put("signature", jdbc.queryForMap("SELECT image_erased_at FROM pledge_signature WHERE id = ?", signatureId));
        s.put("signatureStored", storage.exists(signatureKey));
        s.put("evidence", jdbc.queryForList("SELECT object_key FROM pledge_event_evidence WHERE event_id = ? ORDER BY seq", String.class, eventId));
        s.put("evidenceStored", evidenceKeys.stream().map(storage::exists).toList());
        s.put("lastLogin", jdbc.queryForMap("SELECT last_login_at FROM worker WHERE id = ?", workerId));
        s.put("counted", counted(workerId, eventId));
        return s;
    }

    /** What counted: the worker's acts and points, and the event's head count. */
    private Map<String, Object> counted(long workerId, long eventId) {
        Map<String, Object> c = new HashMap<>();
        c.put("reports", jdbc.queryForList("SELECT id, state FROM hazard_report WHERE reporter_id = ? ORDER BY id", workerId));
        c.put("photos", jdbc.queryForObject("SELECT COUNT(*) FROM hazard_photo WHERE uploaded_by = ?", Integer.class, "w:" + workerId));
        c.put("points", jdbc.queryForObject("SELECT SUM(points) FROM hazard_reward WHERE worker_id = ?", Integer.class, workerId));
        c.put("signatures", jdbc.queryForObject("SELECT COUNT(*) FROM pledge_signature WHERE worker_id = ?", Integer.class, workerId));
        c.put("headCount", jdbc.queryForObject("SELECT recorded_head_count FROM pledge_event WHERE id = ?", Integer.class, eventId));
        return c;
    }

    private Map<String, Object> place(long reportId) {
        return jdbc.queryForMap("SELECT raw_lat, raw_lng, coord_system, lat, lng, public_lat, public_lng, accuracy_m, address, place_name "
                + "FROM hazard_report WHERE id = ?", reportId);
    }

    private List<Map<String, Object>> exif(long reportId) {
        return jdbc.queryForList("SELECT id, captured_at, exif_lat, exif_lng, object_key FROM hazard_photo WHERE report_id = ? ORDER BY id",
                reportId);
    }

    private JsonNode table(String admin) {
        return Tables.counts(api.get("/api/admin/statistics/forms/" + FORM + "/table?unionId=" + unionId(UNION), admin));
    }

    private long report(String token) {
        return HazardReportFixture.submitted(api, token);
    }

    private void review(long id, String reviewer, Map<String, Object> decision) {
        Api.Res r = api.post("/api/admin/hazard/reports/" + id + "/review", reviewer, decision);
        assertThat(r.code()).as(r.toString()).isZero();
    }

    /** An offline event the county's union admin recorded by head count with two photos. */
    private long recordedEvent() {
        String organiser = staffToken("UNION_ADMIN", COUNTY);
        DateTimeFormatter f = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
        Api.Res created = api.post("/api/admin/events", organiser, Map.of("unionId", unionId(UNION), "eventType", "EVACUATION_DRILL",
                "startsAt", LocalDateTime.now(clock).minusMinutes(30).withNano(0).format(f),
                "endsAt", LocalDateTime.now(clock).plusMinutes(60).withNano(0).format(f), "place", "三号车间东侧空地"));
        assertThat(created.code()).as(created.toString()).isZero();
        long eventId = created.data().path("eventId").asLong();
        byte[] photo = PledgeFixtures.photoJpeg(640, 480);
        Api.Res recorded = api.multipart("/api/admin/events/" + eventId + "/record", organiser, Map.of("headCount", "35"), "photos",
                "site.jpg", List.of(photo, photo), "image/jpeg");
        assertThat(recorded.code()).as(recorded.toString()).isZero();
        return eventId;
    }
}
