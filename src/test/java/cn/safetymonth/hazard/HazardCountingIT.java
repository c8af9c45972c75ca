package cn.safetymonth.hazard;

import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.Tables;
import cn.safetymonth.support.TestPhotos;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 随手拍 report is a 作品 of the table while it is a real one: junk that is rejected adds nothing, a rejection found
 * wrong counts again once reconsidered, a report hidden by WeChat's content security never counts, and one worker
 * can't pour reports or photos in by the hundred.
 */
class HazardCountingIT extends HazardFixtures {

    private static final String FORM = "jiaozuo-2025";
    private static final String UNION = "QH-07-003";

    @Test
    void fiveRejectedReportsAddNothingAndAReconsideredOneCountsAgain() {
        Worker junk = worker("junk", UNION);
        String reviewer = platformAdminToken();
        long before = snapshots();
        long last = 0;
        for (int i = 0; i < 5; i++) {
            last = pendingReport(junk, LAT + i / 1000.0, LNG, "FIRE");
            Api.Res rejected = api.post("/api/admin/hazard/reports/" + last + "/review", reviewer,
                    Map.of("decision", "REJECT", "reason", "照片与隐患无关"));
            assertThat(rejected.code()).as(rejected.toString()).isZero();
        }
        assertThat(snapshots()).as("five rejected reports").isEqualTo(before);

        Api.Res reconsidered = api.post("/api/admin/hazard/reports/" + last + "/reconsider", reviewer, Map.of("note", "复核照片，确有隐患"));
        assertThat(reconsidered.code()).as(reconsidered.toString()).isZero();
        assertThat(reconsidered.data().path("state").asString()).isEqualTo("PENDING");
        assertThat(api.post("/api/admin/hazard/reports/" + last + "/review", reviewer, Map.of("decision", "VERIFY", "level", "GENERAL"))
                .code()).isZero();
        assertThat(snapshots()).as("reconsidered and verified, it counts again").isEqualTo(before + 1);
        assertThat(api.post("/api/admin/hazard/reports/" + last + "/reconsider", reviewer, Map.of("note", "再来一次")).code())
                .as("only a rejected report is reconsidered").isEqualTo(HazardErrorCodes.TRANSITION_NOT_ALLOWED.code());
    }

    @Test
    void aReportHiddenByContentSecurityNeverCounts() {
        Worker w = worker("hidden", UNION);
        long before = snapshots();
        Map<String, Object> body = submitBody(List.of(photoToken(w.token(), TestPhotos.jpeg(320, 240))), key(), LAT, LNG, "FIRE");
        body.put("description", "违禁内容，不是隐患");
        Api.Res r = api.post("/api/app/hazard/reports", w.token(), body);
        assertThat(r.code()).as(r.toString()).isZero();
        long id = r.data().path("report").path("id").asLong();
        assertThat(snapshots()).isEqualTo(before);
        assertThat(api.post("/api/admin/hazard/reports/" + id + "/review", platformAdminToken(), Map.of("decision", "VERIFY", "level", "GENERAL"))
                .code()).isZero();
        assertThat(snapshots()).as("verified or not, a hidden report is no 作品").isEqualTo(before);
    }

    @Test
    void oneWorkersReportsPerDayAreCappedWithAClearMessage() {
        Worker eager = worker("eager", UNION);
        Api.Res refused = null;
        for (int i = 0; i < 11 && refused == null; i++) {
            Api.Res r = api.post("/api/app/hazard/reports", eager.token(),
                    submitBody(List.of(photoToken(eager.token(), TestPhotos.jpeg(320, 240))), key(), LAT + i / 500.0, LNG, "GAS"));
            if (r.code() != 0) {
                refused = r;
            }
        }
        assertThat(refused).as("the eleventh report of a day").isNotNull();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo(CommonErrorCodes.TOO_MANY_REQUESTS.code());
        assertThat(refused.msg()).startsWith("提交的隐患上报太多了").contains("再试");
    }

    private long snapshots() {
        Api.Res r = api.get("/api/admin/statistics/forms/" + FORM + "/table?unionId=" + unionId(UNION), platformAdminToken());
        assertThat(r.code()).as(r.toString()).isZero();
        return Tables.value(r.data(), "snapshots");
    }
}
