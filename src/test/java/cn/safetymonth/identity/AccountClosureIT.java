package cn.safetymonth.identity;

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

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, item 3: 注销 erases who the worker was in the same request, and what they did stays counted. */
class AccountClosureIT extends IntegrationTest {

    static final String UNION = "QH-07-001";
    static final String COUNTY = "QH-07";
    static final String UNIT = "QH-07-005";
    static final String FORM = "jiaozuo-2025";
    static final String NAME = "邓闭户";
    static final String PHONE = "13955550016";

    @Autowired
    ObjectStorage storage;

    @Test
    void closingErasesTheWorkerAndKeepsWhatCounted() {
        String user = freshUser("closer");
        String token = workerToken(user);
        long workerId = api.get("/api/app/me", token).data().path("workerId").asLong();
        assertThat(api.put("/api/app/me", token, Map.of("realName", NAME)).code()).isZero();
        assertThat(api.post("/api/app/me/phone", token, Map.of("code", "phone-" + PHONE)).code()).isZero();
        assertThat(api.post("/api/app/me/union", token, Map.of("joinCode", joinCode(UNION))).code()).isZero();
        Api.Res signed = api.upload("/api/app/pledges/COMMITMENT/signatures", token, "signature", "sign.png", "image/png",
                PledgeFixtures.signaturePng());
        assertThat(signed.code()).as(signed.toString()).isZero();
        String signatureKey = jdbc.queryForObject("SELECT signature_key FROM pledge_signature WHERE worker_id = ?", String.class, workerId);
        String reviewer = staffToken("REVIEWER", COUNTY);
        String unit = staffToken("UNION_ADMIN", UNIT);
        long finished = report(token);
        verify(finished, reviewer);
        assign(finished, reviewer);
        complete(finished, unit);
        assertThat(api.post("/api/admin/hazard/reports/" + finished + "/close", reviewer, Map.of()).code()).isZero();
        long open = report(token);
        verify(open, reviewer);
        Map<String, Object> openBefore = jdbc.queryForMap("SELECT lat, lng, address FROM hazard_report WHERE id = ?", open);
        Integer pointsBefore = jdbc.queryForObject("SELECT SUM(points) FROM hazard_reward WHERE worker_id = ?", Integer.class, workerId);
        String admin = platformAdminToken();
        JsonNode tableBefore = table(admin);
        assertThat(adminViews(admin, reviewer, open)).contains("邓*户");

        Api.Res unconfirmed = api.post("/api/app/me/close", token, Map.of("confirmation", "好的"));
        Api.Res closed = api.post("/api/app/me/close", token, Map.of("confirmation", "确认注销"));

        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.code()).isEqualTo(2032);
        assertThat(closed.code()).as(closed.toString()).isZero();
        assertThat(api.get("/api/app/me", token).status()).as("the session died with the account").isEqualTo(401);

        Map<String, Object> row = jdbc.queryForMap("SELECT openid, unionid, real_name, phone FROM worker WHERE id = ?", workerId);
        assertThat(row.get("real_name")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("unionid")).isNull();
        assertThat((String) row.get("openid")).doesNotContain(user.split("-")[0]).startsWith("closed:");
        assertThat(storage.exists(signatureKey)).as("the signature image left storage").isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hazard_photo WHERE uploaded_by = ? AND "
                + "(exif_lat IS NOT NULL OR exif_lng IS NOT NULL OR captured_at IS NOT NULL)", Integer.class, "w:" + workerId)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hazard_photo WHERE uploaded_by = ?", Integer.class, "w:" + workerId)).isEqualTo(2);
        Map<String, Object> done = jdbc.queryForMap("SELECT lat, lng, raw_lat, public_lat, public_lng, address FROM hazard_report WHERE id = ?", finished);
        assertThat(done.get("lat")).isEqualTo(done.get("public_lat"));
        assertThat(done.get("raw_lat")).isEqualTo(done.get("public_lat"));
        assertThat(done.get("lng")).isEqualTo(done.get("public_lng"));
        assertThat(done.get("address")).isNull();
        assertThat(jdbc.queryForMap("SELECT lat, lng, address FROM hazard_report WHERE id = ?", open))
                .as("the unit still has to find an open hazard").isEqualTo(openBefore);
        assertThat(jdbc.queryForObject("SELECT SUM(points) FROM hazard_reward WHERE worker_id = ?", Integer.class, workerId))
                .as("the rewards ledger keeps its amounts").isEqualTo(pointsBefore);
        assertThat(table(admin)).as("the union's statistics table").isEqualTo(tableBefore);

        String views = adminViews(admin, reviewer, open);
        assertThat(views).doesNotContain(NAME).doesNotContain("邓*户").doesNotContain(PHONE).doesNotContain("139****0016")
                .doesNotContain(signatureKey).contains("已注销用户");

        assign(open, reviewer);
        complete(open, unit);
        Api.Res closedByReviewer = api.post("/api/admin/hazard/reports/" + open + "/close", reviewer, Map.of());
        assertThat(closedByReviewer.data().path("stateLabel").asString()).as(closedByReviewer.toString()).isEqualTo("已办结");

        Api.Res again = api.post("/api/app/auth/login", null, Map.of("code", user + "-again"));
        String newToken = again.data().path("token").asString();
        JsonNode me = api.get("/api/app/me", newToken).data();
        assertThat(me.path("workerId").asLong()).as("the same WeChat is a new person").isNotEqualTo(workerId);
        assertThat(me.path("realName").isNull()).isTrue();
        assertThat(me.path("union").isNull()).isTrue();
        assertThat(again.data().path("privacy").path("accepted").asBoolean()).isFalse();
    }

    @Test
    void aStaffMembersWeChatBindingEndsWithTheAccount() {
        String token = workerToken(freshUser("staffcloser"));
        long workerId = api.get("/api/app/me", token).data().path("workerId").asLong();
        staffToken("UNION_ADMIN", UNION);
        long account = jdbc.queryForObject("SELECT MAX(id) FROM admin_account", Long.class);
        jdbc.update("UPDATE admin_account SET worker_id = ? WHERE id = ?", workerId, account);

        assertThat(api.post("/api/app/me/close", token, Map.of("confirmation", "确认注销")).code()).isZero();

        assertThat(jdbc.queryForObject("SELECT worker_id FROM admin_account WHERE id = ?", Long.class, account)).isNull();
    }

    /** What union staff can see of the worker: the member list, the report (with its reporter), the rectification list, the table's export. */
    private String adminViews(String admin, String reviewer, long reportId) {
        StringBuilder all = new StringBuilder();
        all.append(api.get("/api/admin/unions/" + unionId(UNION) + "/workers", admin).body());
        all.append(api.get("/api/admin/hazard/reports/" + reportId, reviewer).body());
        all.append(api.get("/api/admin/hazard/reports", reviewer).body());
        all.append(sheetText(api.get("/api/admin/hazard/rectification-list", reviewer).raw()));
        all.append(api.get("/api/admin/works?unionId=" + unionId(UNION), admin).body());
        return all.toString();
    }

    private static String sheetText(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> text.append(c).append('\t'))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private JsonNode table(String admin) {
        return Tables.counts(api.get("/api/admin/statistics/forms/" + FORM + "/table?unionId=" + unionId(UNION), admin));
    }

    private long report(String token) {
        return HazardReportFixture.submitted(api, token);
    }

    private void verify(long id, String reviewer) {
        Api.Res v = api.post("/api/admin/hazard/reports/" + id + "/review", reviewer, Map.of("decision", "VERIFY", "level", "GENERAL"));
        assertThat(v.code()).as(v.toString()).isZero();
    }

    private void assign(long id, String reviewer) {
        Api.Res a = api.post("/api/admin/hazard/reports/" + id + "/assign", reviewer, Map.of("assigneeUnionId", unionId(UNIT),
                "assigneePerson", "后勤科王科长", "deadline", LocalDate.now(clock).plusDays(10).toString()));
        assertThat(a.code()).as(a.toString()).isZero();
    }

    private void complete(long id, String unit) {
        String after = api.upload("/api/admin/hazard/photos", unit, "file", "after.jpg", "image/jpeg", TestPhotos.jpeg(640, 480))
                .data().path("token").asString();
        Api.Res c = api.post("/api/admin/hazard/reports/" + id + "/complete", unit, Map.of("photoTokens", List.of(after), "note", "已清理"));
        assertThat(c.code()).as(c.toString()).isZero();
    }
}
