package cn.safetymonth.pledge;

import cn.safetymonth.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every act of a worker (a signature, a check-in, a work, an event sign-in) shows in their history and is
 * stored with the union they belonged to at that moment, even after they move to another union.
 */
class PledgeHistoryIT extends PledgeTestBase {

    @Test
    void everyActAppearsInTheHistoryAndCountsWhereItHappened() {
        Member m = member("historian", "QH-06-001");
        String worker = m.token();
        long workerId = m.workerId();
        String admin = staffToken("UNION_ADMIN", "QH-06");
        String now = LocalDateTime.now(clock).minusMinutes(5).withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        String later = LocalDateTime.now(clock).plusHours(1).withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        String scene = api.post("/api/admin/events", admin, Map.of("unionId", unionId("QH-06"), "eventType", "PRE_SHIFT",
                "startsAt", now, "endsAt", later, "place", "一车间")).data().path("scene").asString();

        Api.Res signed = api.upload("/api/app/pledges/INITIATIVE/signatures", worker, "signature", "s.png", "image/png",
                PledgeFixtures.signaturePng());
        // moves to another union before the other acts: they count there, the signature stays where it was made
        api.post("/api/app/me/union", worker, Map.of("joinCode", joinCode("QH-06-002")));
        Api.Res checkedIn = api.post("/api/app/check-ins", worker, Map.of("themeCode", "HOME_HAZARD_CHECK"));
        Api.Res work = api.post("/api/app/works", worker, Map.of("kind", "ESSAY", "title", "我身边的安全隐患", "body", "楼道里堆放的杂物堵住了消防通道。"));
        Api.Res signedIn = api.post("/api/app/events/sign-ins", worker, Map.of("scene", scene));

        JsonNode history = api.get("/api/app/me/pledge-history", worker).data();

        assertThat(history.findValuesAsString("type")).containsExactlyInAnyOrder("PLEDGE", "CHECK_IN", "WORK", "EVENT");
        assertThat(history.findValuesAsString("title")).contains("安全倡议书", "家庭安全隐患排查", "我身边的安全隐患", "班前会");
        long first = unionId("QH-06-001");
        long second = unionId("QH-06-002");
        assertThat(unionOf("pledge_signature", signed.data().path("signatureId").asLong())).isEqualTo(first);
        assertThat(unionOf("pledge_check_in", checkedIn.data().path("checkInId").asLong())).isEqualTo(second);
        assertThat(unionOf("pledge_work", work.data().path("workId").asLong())).isEqualTo(second);
        assertThat(unionOf("pledge_event_sign_in", signedIn.data().path("signInId").asLong())).isEqualTo(second);
        assertThat(published.of(PledgeSigned.class)).filteredOn(e -> e.workerId() == workerId).singleElement()
                .satisfies(e -> assertThat(e.unionId()).isEqualTo(first));
        assertThat(published.of(CheckedIn.class)).filteredOn(e -> e.workerId() == workerId).singleElement()
                .satisfies(e -> assertThat(e.unionPath()).endsWith("/" + second + "/"));
        assertThat(published.of(WorkSubmitted.class)).filteredOn(e -> e.workerId() == workerId).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo("ESSAY"));
        assertThat(published.of(EventSignedIn.class)).filteredOn(e -> e.workerId() == workerId).singleElement()
                .satisfies(e -> assertThat(e.workerUnionId()).isEqualTo(second));
        assertThat(history.toString()).doesNotContain("连续").doesNotContain("排名");
    }

    private Long unionOf(String table, long id) {
        return jdbc.queryForObject("SELECT union_id FROM " + table + " WHERE id = ?", Long.class, id);
    }
}
