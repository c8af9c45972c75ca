package cn.safetymonth.hazard;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.TestPhotos;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the console's report page needs from one answer: the acts this person may take now, nearby duplicates, evidence distance. */
class HazardConsoleViewIT extends HazardFixtures {

    @Test
    void theReportTellsEachPersonWhatTheyMayDoInItsState() {
        Worker w = worker("actions", REPORTER_UNION);
        String reviewer = staffToken("REVIEWER", COUNTY);
        String unit = staffToken("UNION_ADMIN", RESPONSIBLE_UNIT);
        long id = pendingReport(w, LAT + 0.02, LNG, "FIRE");

        JsonNode pending = api.get("/api/admin/hazard/reports/" + id, reviewer).data();
        api.post("/api/admin/hazard/reports/" + id + "/review", reviewer, java.util.Map.of("decision", "VERIFY", "level", "MAJOR"));
        JsonNode verified = api.get("/api/admin/hazard/reports/" + id, reviewer).data();
        api.post("/api/admin/hazard/reports/" + id + "/assign", reviewer, java.util.Map.of("assigneeUnionId", unionId(RESPONSIBLE_UNIT),
                "deadline", java.time.LocalDate.now(clock).plusDays(7).toString()));
        JsonNode forUnit = api.get("/api/admin/hazard/reports/" + id, unit).data();

        assertThat(pending.path("actions")).extracting(JsonNode::asString).containsExactlyInAnyOrder("VERIFY", "REJECT", "LINK_DUPLICATE");
        assertThat(verified.path("actions")).extracting(JsonNode::asString).containsExactly("ASSIGN");
        assertThat(forUnit.path("actions")).extracting(JsonNode::asString).containsExactly("COMPLETE");
        assertThat(forUnit.path("likelyDuplicates")).isEmpty();
    }

    @Test
    void aReviewerSeesTheEarlierReportNearbyWithItsExactPlaceAndHowFarThePhotoWasTaken() {
        Worker first = worker("dupA", REPORTER_UNION);
        Worker second = worker("dupB", REPORTER_UNION);
        String reviewer = staffToken("REVIEWER", COUNTY);
        double lat = 30.6801, lng = 114.3301;
        long a = pendingReport(first, lat, lng, "EBIKE_CHARGING");
        String photo = photoToken(second.token(), TestPhotos.jpegWithGps(320, 240, lat + 0.0045, lng, "2025:06:12 09:30:00"));
        Api.Res b = api.post("/api/app/hazard/reports", second.token(), submitBody(List.of(photo), key(), lat + 0.0004, lng, "EBIKE_CHARGING"));
        long bId = b.data().path("report").path("id").asLong();

        JsonNode detail = api.get("/api/admin/hazard/reports/" + bId, reviewer).data();

        JsonNode dup = detail.path("likelyDuplicates").get(0);
        assertThat(dup.path("reportId").asLong()).isEqualTo(a);
        assertThat(dup.path("distanceMetres").asInt()).isBetween(30, 60);
        assertThat(dup.path("latitude").asDouble()).isEqualTo(api.get("/api/admin/hazard/reports/" + a, reviewer).data()
                .path("location").path("latitude").asDouble());
        assertThat(reviewerPhoto(detail, 0).path("evidence").path("distanceMetres").asInt()).isBetween(420, 480);
    }

    @Test
    void staffFilterTheQueueByTheCategoriesWorkersPickFrom() {
        JsonNode staff = api.get("/api/admin/hazard/categories", staffToken("REVIEWER", COUNTY)).data();
        JsonNode workers = api.get("/api/app/hazard/categories", worker("cats", null).token()).data();

        assertThat(staff.path("categories").size()).isPositive();
        assertThat(staff).isEqualTo(workers);
    }
}
