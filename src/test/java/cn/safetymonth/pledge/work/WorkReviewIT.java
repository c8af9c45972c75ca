package cn.safetymonth.pledge.work;

import cn.safetymonth.pledge.PledgeFixtures;
import cn.safetymonth.pledge.WorkReviewed;
import cn.safetymonth.pledge.WorkSubmitted;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.Concurrently;
import cn.safetymonth.pledge.PledgeTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Works over HTTP: a letter through review and revision, content security, two reviewers at once, the rules of each kind. */
class WorkReviewIT extends PledgeTestBase {

    static final String COUNTY = "QH-04";
    static final String SCHOOL = "QH-04-002";
    static String reviewer;

    String worker;
    long workerId;

    @BeforeEach
    void authorAndReviewer() {
        if (reviewer == null) {
            reviewer = staffToken("REVIEWER", COUNTY);
        }
        Member m = member("author", SCHOOL);
        worker = m.token();
        workerId = m.workerId();
    }

    Api.Res submit(Map<String, Object> fields) {
        return api.post("/api/app/works", worker, fields);
    }

    Map<String, Object> letter(String body) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "LETTER");
        m.put("body", body);
        m.put("clientRequestId", UUID.randomUUID().toString());
        return m;
    }

    long upload(byte[] image, String type) {
        Api.Res r = api.upload("/api/app/pledge-uploads", worker, "file", "image", type, image);
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data().path("uploadId").asLong();
    }

    Api.Res review(String token, long workId, String outcome, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("reason", reason);
        return api.post("/api/admin/works/" + workId + "/review", token, body);
    }

    @Test
    void aLetterIsReturnedRevisedAndAcceptedAndItsAuthorIsToldEachTime() {
        Map<String, Object> fields = letter("爸妈：厂里这个月开展安全生产月活动，我学会了使用灭火器，家里的燃气软管也请记得定期检查更换。");
        fields.put("imageUploadId", upload(PledgeFixtures.photoJpeg(800, 600), "image/jpeg"));
        long workId = submit(fields).data().path("workId").asLong();

        JsonNode listed = api.get("/api/admin/works?status=SUBMITTED&kind=LETTER", reviewer).data().path("items");
        Api.Res returned = review(reviewer, workId, "RETURNED", "请补充一条家中用电安全的提醒");
        JsonNode afterReturn = api.get("/api/app/works", worker).data().get(0);
        Api.Res revised = api.put("/api/app/works/" + workId, worker,
                Map.of("body", "爸妈：我学会了使用灭火器。燃气软管要定期更换，电动车不要在楼道里充电，出门记得关电源。"));
        Api.Res accepted = review(reviewer, workId, "ACCEPTED", null);

        assertThat(listed.findValuesAsString("workId")).contains(String.valueOf(workId));
        assertThat(returned.code()).as(returned.toString()).isZero();
        assertThat(afterReturn.path("status").asString()).isEqualTo("RETURNED");
        assertThat(afterReturn.path("returnReason").asString()).isEqualTo("请补充一条家中用电安全的提醒");
        assertThat(afterReturn.path("imageUrl").asString()).startsWith("http");
        assertThat(revised.data().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(revised.data().path("revision").asInt()).isEqualTo(2);
        assertThat(accepted.data().path("status").asString()).isEqualTo("ACCEPTED");
        JsonNode mine = api.get("/api/app/works", worker).data();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("statusLabel").asString()).isEqualTo("已采用");
        assertThat(api.get("/api/app/notices", worker).toString()).contains("被退回").contains("已被采用");
        assertThat(jdbc.queryForObject("SELECT union_id FROM pledge_work WHERE id = ?", Long.class, workId)).isEqualTo(unionId(SCHOOL));
        assertThat(published.of(WorkSubmitted.class)).filteredOn(e -> e.workId() == workId).hasSize(2)
                .allSatisfy(e -> assertThat(e.unionId()).isEqualTo(unionId(SCHOOL)));
        assertThat(published.of(WorkReviewed.class)).filteredOn(e -> e.workId() == workId)
                .extracting(WorkReviewed::outcome).containsExactly("RETURNED", "ACCEPTED");
    }

    @Test
    void twoReviewersDecidingAtOnceMakeOneDecision() throws Exception {
        long workId = submit(letter("注意安全，平安回家。")).data().path("workId").asLong();
        String second = staffToken("UNION_ADMIN", COUNTY);

        List<Api.Res> results = Concurrently.run(6, () -> review(alternate(reviewer, second), workId, "ACCEPTED", null));

        assertThat(results).filteredOn(r -> r.code() == 0).hasSize(1);
        assertThat(results).filteredOn(r -> r.code() != 0).allSatisfy(r -> assertThat(r.status()).isEqualTo(409));
        assertThat(published.of(WorkReviewed.class)).filteredOn(e -> e.workId() == workId).hasSize(1);
        assertThat(api.put("/api/app/works/" + workId, worker, Map.of("body", "改一改")).status()).isEqualTo(409);
    }

    /** Hands the two reviewers out in turn. */
    private static int turn;

    private static synchronized String alternate(String a, String b) {
        return turn++ % 2 == 0 ? a : b;
    }

    @Test
    void riskyTextIsHiddenFromItsAuthorAndFlaggedForReviewers() {
        long workId = submit(letter("这是一封含有违禁内容的家书")).data().path("workId").asLong();

        JsonNode mine = api.get("/api/app/works", worker).data().get(0);
        JsonNode forReviewer = find(api.get("/api/admin/works", reviewer).data().path("items"), workId);

        assertThat(mine.path("contentHidden").asBoolean()).isTrue();
        assertThat(mine.path("body").isNull()).isTrue();
        assertThat(forReviewer.path("flagged").asBoolean()).isTrue();
        assertThat(forReviewer.path("textVerdict").asString()).isEqualTo("RISKY");
        assertThat(forReviewer.path("body").asString()).contains("违禁");
    }

    @Test
    void aPosterVerdictPushedBeforeItsTraceIdIsStoredStillCounts() {
        BufferedImage poster = PledgeFixtures.photo(600, 800);
        poster.setRGB(0, 0, Color.RED.getRGB());
        long imageUploadId = upload(PledgeFixtures.png(poster), "image/png");
        wechat().pushVerdictBeforeAnswering(true);
        long workId;
        try {
            workId = submit(Map.of("kind", "SCIENCE", "title", "受限空间作业", "imageUploadId", imageUploadId)).data().path("workId").asLong();
        } finally {
            wechat().pushVerdictBeforeAnswering(false);
        }
        long id = workId;
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("SELECT image_verdict FROM pledge_work WHERE id = ?", String.class, id)).isEqualTo("RISKY"));
    }

    @Test
    void aRiskyPosterIsFlaggedWhenWeChatsVerdictArrives() {
        BufferedImage poster = PledgeFixtures.photo(600, 800);
        poster.setRGB(0, 0, Color.RED.getRGB());
        Api.Res r = submit(Map.of("kind", "SCIENCE", "title", "电动自行车充电安全", "imageUploadId", upload(PledgeFixtures.png(poster), "image/png")));
        long workId = r.data().path("workId").asLong();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("SELECT image_verdict FROM pledge_work WHERE id = ?", String.class, workId)).isEqualTo("RISKY"));
        assertThat(api.get("/api/app/works", worker).data().get(0).path("imageUrl").isNull()).isTrue();
        assertThat(find(api.get("/api/admin/works", reviewer).data().path("items"), workId).path("flagged").asBoolean()).isTrue();
    }

    @Test
    void eachKindGetsWhatItNeedsAndADoubleTapKeepsOne() {
        Map<String, Object> twice = letter("平安是福。");
        long first = submit(twice).data().path("workId").asLong();
        long again = submit(twice).data().path("workId").asLong();
        Api.Res essayWithoutTitle = submit(Map.of("kind", "ESSAY", "body", "排查身边安全隐患"));
        Api.Res longLetter = submit(letter("安".repeat(801)));
        Api.Res scienceWithNeither = submit(Map.of("kind", "SCIENCE", "title", "科普"));
        Api.Res foreignVideo = submit(Map.of("kind", "SCIENCE", "title", "科普", "videoUrl", "https://videos.example.com/v/1"));
        Api.Res allowedVideo = submit(Map.of("kind", "SCIENCE", "title", "灭火器的使用", "videoUrl", "https://www.bilibili.com/video/BV1xx411c7mD"));

        assertThat(again).isEqualTo(first);
        assertThat(essayWithoutTitle.msg()).startsWith("字段 title");
        assertThat(longLetter.msg()).startsWith("字段 body").contains("800");
        assertThat(scienceWithNeither.msg()).startsWith("字段 imageUploadId");
        assertThat(foreignVideo.msg()).startsWith("字段 videoUrl");
        assertThat(allowedVideo.code()).as(allowedVideo.toString()).isZero();
        assertThat(review(reviewer, first, "RETURNED", " ").msg()).startsWith("字段 reason");
        assertThat(review(staffToken("REVIEWER", "QH-05"), first, "ACCEPTED", null).status()).isEqualTo(404);
    }

    static JsonNode find(JsonNode items, long workId) {
        for (JsonNode n : items) {
            if (n.path("workId").asLong() == workId) {
                return n;
            }
        }
        throw new AssertionError("work " + workId + " not listed");
    }
}
