package cn.safetymonth.hazard;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.TestPhotos;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What workers can learn of where a report is: its public point, drawn once and kept, at least the blur radius from the
 * real one. Three throw-away submissions used to place a report within 4 m from the distances they were given.
 */
class HazardBlurIT extends HazardFixtures {

    /** A corridor in GCJ-02, as wx.getLocation({type: 'gcj02'}) gives it. */
    static final GeoPoint SPOT = new GeoPoint(30.6433, 114.2877);

    private GeoPoint publicPointOf(long id) {
        Map<String, Object> row = jdbc.queryForMap("SELECT public_lat, public_lng FROM hazard_report WHERE id = ?", id);
        return new GeoPoint(((Number) row.get("public_lat")).doubleValue(), ((Number) row.get("public_lng")).doubleValue());
    }

    @SuppressWarnings("unchecked")
    private JsonNode submitAt(Worker w, GeoPoint at, String category) {
        Map<String, Object> body = submitBody(List.of(photoToken(w.token(), TestPhotos.jpeg(64, 48))), key(), at.lat(), at.lng(), category);
        ((Map<String, Object>) body.get("location")).put("coordSystem", "GCJ02");
        Api.Res r = api.post("/api/app/hazard/reports", w.token(), body);
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data();
    }

    private static JsonNode offered(JsonNode submitted, long id) {
        for (JsonNode d : submitted.path("likelyDuplicates")) {
            if (d.path("reportId").asLong() == id) {
                return d;
            }
        }
        return null;
    }

    @Test
    void throwAwaySubmissionsLearnOnlyThePublicPointAndItIsNoCloserThanTheBlurRadius() {
        Worker reporter = worker("spotted", REPORTER_UNION);
        long id = submitAt(reporter, SPOT, "CONFINED_SPACE").path("report").path("id").asLong();
        GeoPoint shown = publicPointOf(id);
        assertThat(SPOT.metresTo(shown)).as("the public point is the blur radius or more from the real one").isBetween(99.5, 150.5);

        Worker prober = worker("prober", null);
        double towardsPublic = Math.atan2((shown.lng() - SPOT.lng()) * Math.cos(Math.toRadians(SPOT.lat())), shown.lat() - SPOT.lat());
        for (int i = 0; i < 4; i++) {
            // around the real spot, 40 m out, as the attack in the issue did (the fourth repeats the first)
            GeoPoint probe = SPOT.moved(40, towardsPublic + (i % 3) * 2 * Math.PI / 3);
            JsonNode candidate = offered(submitAt(prober, probe, "CONFINED_SPACE"), id);
            assertThat(candidate).as("probe %d", i).isNotNull();
            assertThat(candidate.path("latitude").asDouble()).as("the same point every time").isEqualTo(shown.lat());
            assertThat(candidate.path("longitude").asDouble()).isEqualTo(shown.lng());
            assertThat(candidate.path("distanceMetres").asInt()).as("measured to the public point, by the hundred metres")
                    .isEqualTo(HazardViews.roundTo(probe.metresTo(shown), 100)).isIn(100, 200);
        }
        // whatever is computed from these answers lands on the public point: the real one stays at least 100 m away
        assertThat(SPOT.metresTo(shown)).isGreaterThanOrEqualTo(99.5);
    }

    @Test
    void iSawThisTooAndTheWorkersMapDecideByThePublicPointNeverByTheRealOne() {
        Worker reporter = worker("mapped", REPORTER_UNION);
        GeoPoint spot = SPOT.moved(900, 1.0);
        long id = submitAt(reporter, spot, "OLD_WIRING").path("report").path("id").asLong();
        assertThat(api.post("/api/admin/hazard/reports/" + id + "/review", staffToken("REVIEWER", COUNTY),
                Map.of("decision", "VERIFY", "level", "GENERAL")).code()).isZero();
        GeoPoint shown = publicPointOf(id);
        double away = Math.atan2((shown.lng() - spot.lng()) * Math.cos(Math.toRadians(spot.lat())), shown.lat() - spot.lat());
        Worker passer = worker("passer", null);

        GeoPoint farSideOfPublic = shown.moved(180, away);        // 280–330 m from the real spot
        GeoPoint nearRealAwayFromPublic = spot.moved(120, away + Math.PI); // 220–270 m from the public point
        Api.Res seenFar = api.post("/api/app/hazard/reports/" + id + "/seen-too", passer.token(),
                Map.of("latitude", farSideOfPublic.lat(), "longitude", farSideOfPublic.lng(), "coordSystem", "GCJ02"));
        Api.Res seenNearReal = api.post("/api/app/hazard/reports/" + id + "/seen-too", worker("other", null).token(),
                Map.of("latitude", nearRealAwayFromPublic.lat(), "longitude", nearRealAwayFromPublic.lng(), "coordSystem", "GCJ02"));
        assertThat(seenFar.code()).as(seenFar.toString()).isZero();
        assertThat(seenNearReal.status()).as(seenNearReal.toString()).isEqualTo(404);

        JsonNode aroundPublic = api.get(box(shown, 0.0003), passer.token()).data();
        JsonNode aroundReal = api.get(box(spot, 0.0003), passer.token()).data();
        assertThat(aroundPublic.path("features").findValuesAsString("id")).contains(String.valueOf(id));
        assertThat(aroundReal.path("features").findValuesAsString("id")).as("a box drawn tight around the real spot finds nothing")
                .doesNotContain(String.valueOf(id));
    }

    private static String box(GeoPoint c, double half) {
        return "/api/app/hazard/map?minLng=" + (c.lng() - half) + "&minLat=" + (c.lat() - half) + "&maxLng=" + (c.lng() + half)
                + "&maxLat=" + (c.lat() + half);
    }
}
