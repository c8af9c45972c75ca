package cn.safetymonth.pledge.event;

import cn.safetymonth.common.geo.Coordinates;
import cn.safetymonth.pledge.EventSignedIn;
import cn.safetymonth.pledge.OfflineEventCreated;
import cn.safetymonth.pledge.OfflineEventRecorded;
import cn.safetymonth.pledge.PledgeFixtures;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.Concurrently;
import cn.safetymonth.pledge.PledgeTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Offline events over HTTP: a union creates one, workers scan in once inside its window and fence, or the union records it. */
class OfflineEventIT extends PledgeTestBase {

    static final String COUNTY = "QH-02";
    static final String FACTORY = "QH-02-003";
    /** Where the drill happens, as a phone reports it by default (wgs84). */
    static final double LAT = 30.2741;
    static final double LON = 120.1551;


    /** One union admin for the class: making staff accounts is the slow part of these tests. */
    static String unionAdmin;
    String worker;
    long workerId;

    @BeforeEach
    void people() {
        if (unionAdmin == null) {
            unionAdmin = staffToken("UNION_ADMIN", COUNTY);
        }
        Member m = member("attendee", "QH-02-001");
        worker = m.token();
        workerId = m.workerId();
    }

    String at(long minutesFromNow) {
        return LocalDateTime.now(clock).plusMinutes(minutesFromNow).withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    JsonNode createEvent(long startMinutes, long endMinutes, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("unionId", unionId(FACTORY), "eventType", "EVACUATION_DRILL",
                "startsAt", at(startMinutes), "endsAt", at(endMinutes), "place", "三号车间东侧空地"));
        body.putAll(extra);
        Api.Res r = api.post("/api/admin/events", unionAdmin, body);
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data();
    }

    Api.Res signIn(String token, String scene, Map<String, Object> location) {
        Map<String, Object> body = new HashMap<>();
        body.put("scene", scene);
        body.put("location", location);
        return api.post("/api/app/events/sign-ins", token, body);
    }

    @Test
    void anAdminCreatesAnEventAndAWorkerSignsInOnceThroughItsCode() {
        JsonNode event = createEvent(-10, 120, Map.of());
        long eventId = event.path("eventId").asLong();
        String scene = event.path("scene").asString();
        assertThat(event.path("name").asString()).isEqualTo("应急逃生演练");
        assertThat(scene.length()).isLessThanOrEqualTo(32);

        Api.Res code = api.get("/api/admin/events/" + eventId + "/code", unionAdmin);
        Api.Res preview = api.get("/api/app/events/by-scene?scene=" + URLEncoder.encode(scene, StandardCharsets.UTF_8), worker);
        Api.Res first = signIn(worker, scene, null);
        Api.Res second = signIn(worker, scene, null);

        assertThat(code.status()).isEqualTo(200);
        assertThat(code.contentType()).startsWith("image/png");
        assertThat(PledgeFixtures.decode(code.raw())).isNotNull();
        int wechatCalls = wechat().calls("/wxa/getwxacodeunlimit");
        assertThat(api.get("/api/admin/events/" + eventId + "/code", unionAdmin).raw()).isEqualTo(code.raw());
        assertThat(wechat().calls("/wxa/getwxacodeunlimit")).as("the code is kept, not made again").isEqualTo(wechatCalls);
        assertThat(preview.data().path("open").asBoolean()).isTrue();
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.msg()).contains("已签到");
        JsonNode listed = api.get("/api/admin/events?unionId=" + unionId(COUNTY), unionAdmin).data().path("items");
        JsonNode mine = find(listed, eventId);
        assertThat(mine.path("signedInCount").asInt()).isEqualTo(1);
        assertThat(mine.path("totalCount").asInt()).isEqualTo(1);
        assertThat(mine.path("recorded").asBoolean()).isFalse();
        assertThat(jdbc.queryForMap("SELECT union_id, event_union_id FROM pledge_event_sign_in WHERE event_id = ?", eventId))
                .containsEntry("union_id", unionId("QH-02-001")).containsEntry("event_union_id", unionId(FACTORY));
        assertThat(published.of(OfflineEventCreated.class)).anySatisfy(e -> {
            assertThat(e.eventId()).isEqualTo(eventId);
            assertThat(e.unionId()).isEqualTo(unionId(FACTORY));
            assertThat(e.eventType()).isEqualTo("EVACUATION_DRILL");
        });
        assertThat(published.of(EventSignedIn.class)).filteredOn(e -> e.eventId() == eventId).singleElement().satisfies(e -> {
            assertThat(e.workerId()).isEqualTo(workerId);
            assertThat(e.workerUnionId()).isEqualTo(unionId("QH-02-001"));
            assertThat(e.eventUnionId()).isEqualTo(unionId(FACTORY));
        });
    }

    @Test
    void signingInBeforeOrAfterTheWindowIsRefused() {
        String later = createEvent(60, 120, Map.of()).path("scene").asString();
        String over = createEvent(-180, -60, Map.of()).path("scene").asString();

        Api.Res early = signIn(worker, later, null);
        Api.Res late = signIn(worker, over, null);

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.msg()).contains("签到时间");
        assertThat(late.status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_event_sign_in WHERE worker_id = ?", Integer.class, workerId)).isZero();
        assertThat(signIn(worker, "e=NoSuchEvent1", null).status()).isEqualTo(404);
    }

    @Test
    void aFencedEventComparesPositionsInOneCoordinateSystem() {
        String scene = createEvent(-5, 60, Map.of("radiusMeters", 200,
                "location", Map.of("latitude", LAT, "longitude", LON, "coordSystem", "wgs84"))).path("scene").asString();
        Coordinates.Point sameSpot = Coordinates.wgs84ToGcj02(LAT, LON);
        String other = workerToken(freshUser("far"));

        Api.Res noLocation = signIn(worker, scene, null);
        // the wgs84 numbers mislabelled as gcj02 lie some hundreds of metres away from the spot
        Api.Res mislabelled = signIn(other, scene, Map.of("latitude", LAT, "longitude", LON, "coordSystem", "gcj02"));
        // upper case, as the hazard report's contract spells it: read the same
        Api.Res there = signIn(worker, scene, Map.of("latitude", sameSpot.latitude(), "longitude", sameSpot.longitude(), "coordSystem", "GCJ02"));

        assertThat(noLocation.status()).isEqualTo(400);
        assertThat(noLocation.msg()).startsWith("字段 location");
        assertThat(mislabelled.status()).isEqualTo(409);
        assertThat(mislabelled.msg()).contains("米");
        assertThat(there.code()).as(there.toString()).isZero();
    }

    @Test
    void manyScansOfOneWorkerAtOnceGiveOneSignIn() throws Exception {
        String scene = createEvent(-5, 60, Map.of()).path("scene").asString();

        List<Api.Res> results = Concurrently.run(10, () -> signIn(worker, scene, null));

        assertThat(results).filteredOn(r -> r.code() == 0).hasSize(1);
        assertThat(results).filteredOn(r -> r.code() != 0).allSatisfy(r -> assertThat(r.status()).isEqualTo(409));
    }

    @Test
    void whenPeopleCannotScanTheUnionRecordsAHeadCountWithPhotosAndReRecordingReplacesIt() {
        JsonNode event = createEvent(-30, 60, Map.of("eventType", "OTHER", "name", "班组安全知识擂台赛"));
        long eventId = event.path("eventId").asLong();
        signIn(worker, event.path("scene").asString(), null);
        byte[] photo = PledgeFixtures.photoJpeg(640, 480);
        String path = "/api/admin/events/" + eventId + "/record";

        Api.Res first = api.multipart(path, unionAdmin, Map.of("headCount", "35"), "photos", "site.jpg", List.of(photo, photo), "image/jpeg");
        Api.Res second = api.multipart(path, unionAdmin, Map.of("headCount", "40"), "photos", "site.jpg", List.of(photo), "image/jpeg");
        Api.Res noPhotos = api.multipart(path, unionAdmin, Map.of("headCount", "40"), "photos", "x.txt", List.of("text".getBytes()), "text/plain");
        Api.Res tooMany = api.multipart(path, unionAdmin, Map.of("headCount", "40"), "photos", "site.jpg", Collections.nCopies(10, photo), "image/jpeg");
        Api.Res byReviewer = api.multipart(path, staffToken("REVIEWER", COUNTY), Map.of("headCount", "1"), "photos", "site.jpg", List.of(photo), "image/jpeg");

        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.data().path("evidenceUrls")).hasSize(2);
        assertThat(second.data().path("recordedHeadCount").asInt()).isEqualTo(40);
        assertThat(second.data().path("recorded").asBoolean()).isTrue();
        assertThat(second.data().path("signedInCount").asInt()).isEqualTo(1);
        assertThat(second.data().path("totalCount").asInt()).isEqualTo(41);
        assertThat(second.data().path("evidenceUrls")).hasSize(1);
        assertThat(noPhotos.status()).isEqualTo(400);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.msg()).startsWith("字段 photos");
        assertThat(byReviewer.status()).isEqualTo(403);
        assertThat(published.of(OfflineEventRecorded.class)).filteredOn(e -> e.eventId() == eventId)
                .extracting(OfflineEventRecorded::headCount, OfflineEventRecorded::previousHeadCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(35, 0), org.assertj.core.groups.Tuple.tuple(40, 35));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_event_evidence WHERE event_id = ?", Integer.class, eventId)).isEqualTo(1);
    }

    @Test
    void badEventsAreRefusedNamingTheField() {
        Api.Res otherWithoutName = api.post("/api/admin/events", unionAdmin, Map.of("unionId", unionId(FACTORY), "eventType", "OTHER",
                "startsAt", at(0), "endsAt", at(60), "place", "食堂"));
        Api.Res unknownType = api.post("/api/admin/events", unionAdmin, Map.of("unionId", unionId(FACTORY), "eventType", "PICNIC",
                "startsAt", at(0), "endsAt", at(60), "place", "食堂"));
        Api.Res backwards = api.post("/api/admin/events", unionAdmin, Map.of("unionId", unionId(FACTORY), "eventType", "PRE_SHIFT",
                "startsAt", at(60), "endsAt", at(0), "place", "食堂"));
        Api.Res radiusWithoutPoint = api.post("/api/admin/events", unionAdmin, Map.of("unionId", unionId(FACTORY), "eventType", "PRE_SHIFT",
                "startsAt", at(0), "endsAt", at(60), "place", "食堂", "radiusMeters", 100));

        assertThat(otherWithoutName.msg()).startsWith("字段 name");
        assertThat(unknownType.msg()).startsWith("字段 eventType");
        assertThat(backwards.msg()).startsWith("字段 endsAt");
        assertThat(radiusWithoutPoint.msg()).startsWith("字段 location");
        assertThat(api.get("/api/admin/events/types", unionAdmin).data().findValuesAsString("code")).hasSize(23).contains("PRE_SHIFT", "OTHER");
    }

    static JsonNode find(JsonNode items, long eventId) {
        for (JsonNode n : items) {
            if (n.path("eventId").asLong() == eventId) {
                return n;
            }
        }
        throw new AssertionError("event " + eventId + " not listed");
    }
}
