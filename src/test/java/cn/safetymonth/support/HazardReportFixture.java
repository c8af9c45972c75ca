package cn.safetymonth.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A worker's 随手拍 report as the mini-program sends it: one photo with GPS and capture time, an exact place with its address. */
public final class HazardReportFixture {

    private HazardReportFixture() {
    }

    /** Uploads the photo and submits the report; returns the report's id. */
    public static long submitted(Api api, String token) {
        Api.Res photo = api.upload("/api/app/hazard/photos", token, "file", "tmp_wx.jpg", "image/jpeg",
                TestPhotos.jpegWithGps(320, 240, 30.6512, 114.3021, "2025:06:10 09:30:00"));
        assertThat(photo.code()).as(photo.toString()).isZero();
        Map<String, Object> location = new HashMap<>(Map.of("latitude", 30.6512, "longitude", 114.3021, "coordSystem", "WGS84",
                "accuracy", 15.0, "address", "白河县人民路 18 号", "placeName", "人民医院住院楼"));
        Api.Res r = api.post("/api/app/hazard/reports", token, Map.of("photoTokens", List.of(photo.data().path("token").asString()),
                "location", location, "scene", "ENTERPRISE", "category", "FIRE", "description", "楼道堆放杂物，堵住了安全出口",
                "idempotencyKey", "k" + UUID.randomUUID().toString().replace("-", "")));
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data().path("report").path("id").asLong();
    }
}
