package cn.safetymonth.hazard;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import cn.safetymonth.support.TestPhotos;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Named fixtures of the hazard suite: workers of a union, photos, a pending report, staff of the right and wrong unions. */
abstract class HazardFixtures extends IntegrationTest {

    static final String REPORTER_UNION = "QH-07-001";
    static final String COUNTY = "QH-07";
    static final String RESPONSIBLE_UNIT = "QH-07-005";
    static final String SIBLING_COUNTY = "QH-08";
    /** A corridor in 白河县, as the phone's GPS gives it. */
    static final double LAT = 30.6512;
    static final double LNG = 114.3021;

    record Worker(String token, long id, String openid) {
    }

    Worker worker(String name, String unionCode) {
        String user = freshUser(name);
        String token = workerToken(user);
        long id = api.get("/api/app/me", token).data().path("workerId").asLong();
        if (unionCode != null) {
            Api.Res joined = api.post("/api/app/me/union", token, Map.of("joinCode", joinCode(unionCode)));
            assertThat(joined.code()).as(joined.toString()).isZero();
        }
        return new Worker(token, id, "stub_" + user);
    }

    String photoToken(String token, byte[] picture) {
        Api.Res r = api.upload("/api/app/hazard/photos", token, "file", "tmp_wx.jpg", "image/jpeg", picture);
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data().path("token").asString();
    }

    Map<String, Object> submitBody(List<String> photos, String key, double lat, double lng, String category) {
        Map<String, Object> location = new HashMap<>(Map.of("latitude", lat, "longitude", lng, "coordSystem", "WGS84", "accuracy", 15.0,
                "address", "白河县人民路 18 号", "placeName", "人民医院住院楼"));
        return new HashMap<>(Map.of("photoTokens", photos, "location", location, "scene", "ENTERPRISE", "category", category,
                "description", "住院楼一楼走廊有电动车在充电，堵住了安全出口", "unitName", "白河县人民医院", "idempotencyKey", key));
    }

    /** A report submitted by {@code w} with one plain photo, pending review. */
    long pendingReport(Worker w, double lat, double lng, String category) {
        Api.Res r = api.post("/api/app/hazard/reports", w.token(),
                submitBody(List.of(photoToken(w.token(), TestPhotos.jpeg(320, 240))), key(), lat, lng, category));
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data().path("report").path("id").asLong();
    }

    long verifiedReport(Worker w, String reviewer) {
        long id = pendingReport(w, LAT, LNG, "FIRE");
        Api.Res v = api.post("/api/admin/hazard/reports/" + id + "/review", reviewer, Map.of("decision", "VERIFY", "level", "GENERAL"));
        assertThat(v.code()).as(v.toString()).isZero();
        return id;
    }

    long rectifyingReport(Worker w, String reviewer, LocalDate deadline) {
        long id = verifiedReport(w, reviewer);
        Api.Res a = api.post("/api/admin/hazard/reports/" + id + "/assign", reviewer,
                Map.of("assigneeUnionId", unionId(RESPONSIBLE_UNIT), "assigneePerson", "后勤科王科长", "deadline", deadline.toString()));
        assertThat(a.code()).as(a.toString()).isZero();
        return id;
    }

    static String key() {
        return "k" + UUID.randomUUID().toString().replace("-", "");
    }

    static byte[] download(String signedUrl) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(signedUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(signedUrl).isEqualTo(200);
        return r.body();
    }

    static JsonNode reviewerPhoto(JsonNode detail, int i) {
        return detail.path("photos").get(i);
    }
}
