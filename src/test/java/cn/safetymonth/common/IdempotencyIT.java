package cn.safetymonth.common;

import cn.safetymonth.common.redis.RedisKeyPrefix;
import cn.safetymonth.pledge.PledgeFixtures;
import cn.safetymonth.pledge.PledgeTestBase;
import cn.safetymonth.support.Concurrently;
import cn.safetymonth.support.TestPhotos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A submission sent again with the same Idempotency-Key (the client's retry after a lost answer, a double tap) is done
 * once and answered like the first time; a refused one is not kept and can be corrected and sent again with its key; the
 * key is bound to the request, and its record lives with the write in the database, not in Redis.
 */
class IdempotencyIT extends PledgeTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String GRANT = "/api/app/notices/subscribe-grants";
    private static final String ONE_GRANT = "{\"templateIds\":[\"tmpl-hazard-progress\"]}";
    private static final String WORKS = "/api/app/works";

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    RedisKeyPrefix prefix;

    record Answer(int status, JsonNode body, boolean replayed) {
        int code() {
            return body.path("code").asInt();
        }
    }

    @Test
    void aRetriedSubmissionIsDoneOnceAndAnsweredAsTheFirstTime() {
        String worker = workerToken(freshUser("retry"));
        String key = newKey();

        Answer first = send("POST", GRANT, worker, key, ONE_GRANT);
        Answer retry = send("POST", GRANT, worker, key, ONE_GRANT);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(remainingGrants(worker)).isEqualTo(1);

        send("POST", GRANT, worker, newKey(), ONE_GRANT);
        assertThat(remainingGrants(worker)).as("a new action has a new key").isEqualTo(2);
    }

    @Test
    void aDoubleTapWithOneKeyIsDoneOnceAndBothGetTheSameAnswer() throws Exception {
        String worker = workerToken(freshUser("doubletap"));
        String key = newKey();

        List<Answer> answers = Concurrently.run(4, () -> send("POST", GRANT, worker, key, ONE_GRANT));

        assertThat(answers).allSatisfy(a -> assertThat(a.code()).as(a.toString()).isZero());
        assertThat(answers).filteredOn(a -> !a.replayed()).hasSize(1);
        assertThat(answers).extracting(Answer::body).containsOnly(answers.get(0).body());
        assertThat(remainingGrants(worker)).isEqualTo(1);
    }

    @Test
    void twoSendsOfOneLetterAtTheSameMomentMakeOneWork() throws Exception {
        Member m = member("twice", "QH-02-003");
        String key = newKey();
        String letter = letter("爸妈：燃气软管记得定期更换，出门前关好阀门。");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Answer>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return send("POST", WORKS, m.token(), key, letter);
                }));
            }
            start.countDown();
            Answer a = sent.get(0).get();
            Answer b = sent.get(1).get();

            assertThat(a.code()).as(a.toString()).isZero();
            assertThat(b.code()).as(b.toString()).isZero();
            assertThat(a.body()).isEqualTo(b.body());
            assertThat(a.replayed() ^ b.replayed()).as("one did it, the other got its answer").isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_work WHERE worker_id = ?", Integer.class, m.workerId())).isEqualTo(1);
        assertThat(records("w:" + m.workerId(), key)).isEqualTo(1);
    }

    @Test
    void aRefusedLetterCorrectedAndSentAgainWithItsKeyIsTaken() {
        Member m = member("toolong", "QH-02-003");
        String key = newKey();

        Answer refused = send("POST", WORKS, m.token(), key, letter("安".repeat(801)));
        Answer corrected = send("POST", WORKS, m.token(), key, letter("安".repeat(800)));
        Answer retried = send("POST", WORKS, m.token(), key, letter("安".repeat(800)));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().path("msg").asString()).contains("body");
        assertThat(corrected.code()).as("a refusal is not kept: " + corrected).isZero();
        assertThat(corrected.replayed()).isFalse();
        assertThat(retried.replayed()).isTrue();
        assertThat(retried.body()).isEqualTo(corrected.body());
        assertThat(jdbc.queryForObject("SELECT client_request_id FROM pledge_work WHERE worker_id = ?", String.class, m.workerId()))
                .as("the header's key is the work's request id").isEqualTo(key);
    }

    @Test
    void aRefusedReportCorrectedAndSentAgainWithItsKeyMakesOneReport() throws Exception {
        String worker = workerToken(freshUser("reporter"));
        String photo = api.upload("/api/app/hazard/photos", worker, "file", "tmp_wx.jpg", "image/jpeg", TestPhotos.jpeg(320, 240))
                .data().path("token").asString();
        String key = newKey();

        Answer refused = send("POST", "/api/app/hazard/reports", worker, key, report(photo, "楼".repeat(501), null));
        Answer taken = send("POST", "/api/app/hazard/reports", worker, key, report(photo, "楼道里给电动自行车充电", null));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().path("msg").asString()).contains("description");
        assertThat(taken.code()).as(taken.toString()).isZero();
        long workerId = api.get("/api/app/me", worker).data().path("workerId").asLong();
        assertThat(jdbc.queryForObject("SELECT idempotency_key FROM hazard_report WHERE reporter_id = ?", String.class, workerId))
                .as("one report, under the header's key").isEqualTo(key);
    }

    @Test
    void anOldClientsBodyKeyIsTheSameKeyAndMayNotDisagreeWithTheHeader() throws Exception {
        String worker = workerToken(freshUser("oldclient"));
        String photo = api.upload("/api/app/hazard/photos", worker, "file", "tmp_wx.jpg", "image/jpeg", TestPhotos.jpeg(320, 240))
                .data().path("token").asString();
        String key = newKey();

        Answer differs = send("POST", "/api/app/hazard/reports", worker, newKey(), report(photo, "楼道里给电动自行车充电", key));
        Answer bodyOnly = send("POST", "/api/app/hazard/reports", worker, null, report(photo, "楼道里给电动自行车充电", key));
        Answer headerToo = send("POST", "/api/app/hazard/reports", worker, key, report(photo, "楼道里给电动自行车充电", null));
        Answer none = send("POST", "/api/app/hazard/reports", worker, null, report(photo, "楼道里给电动自行车充电", null));

        assertThat(differs.status()).isEqualTo(400);
        assertThat(differs.body().path("msg").asString()).contains("idempotencyKey").contains("Idempotency-Key");
        assertThat(bodyOnly.code()).as(bodyOnly.toString()).isZero();
        assertThat(headerToo.status()).as("the same key with another body (no body key) is another request").isEqualTo(422);
        assertThat(headerToo.code()).isEqualTo(1013);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body().path("msg").asString()).contains("Idempotency-Key");
    }

    @Test
    void aKeyBelongsToOnePersonAndOneRequest() {
        Member alice = member("alice", "QH-02-003");
        String bob = workerToken(freshUser("bob"));
        String key = newKey();

        send("POST", GRANT, alice.token(), key, ONE_GRANT);
        Answer bobsOwn = send("POST", GRANT, bob, key, ONE_GRANT);
        Answer elsewhere = send("POST", "/api/app/notices/99999999/read", alice.token(), key, "{}");
        Answer malformed = send("POST", GRANT, alice.token(), "short", ONE_GRANT);
        String letterKey = newKey();
        send("POST", WORKS, alice.token(), letterKey, letter("第一封家书"));
        Answer otherLetter = send("POST", WORKS, alice.token(), letterKey, letter("另一封家书"));

        assertThat(bobsOwn.replayed()).as("the same key from someone else is their own action").isFalse();
        assertThat(remainingGrants(bob)).isEqualTo(1);
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.code()).isEqualTo(1013);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("msg").asString()).contains("Idempotency-Key");
        assertThat(otherLetter.status()).as("another body under the same key").isEqualTo(422);
        assertThat(otherLetter.code()).isEqualTo(1013);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_work WHERE worker_id = ?", Integer.class, alice.workerId())).isEqualTo(1);
    }

    @Test
    void aRefusalIsNotKept() {
        String worker = workerToken(freshUser("notyet"));
        String key = newKey();

        Answer missing = send("POST", "/api/app/quiz/attempts/99999999/finish", worker, key, "{}");
        Answer again = send("POST", "/api/app/quiz/attempts/99999999/finish", worker, key, "{}");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.replayed()).as("refusals are answered afresh").isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_record WHERE idem_key = ?", Integer.class, key)).isZero();
    }

    @Test
    void aSignatureWhoseAnswerWasLostIsAnsweredOnRetryNotRefused() throws Exception {
        Member m = member("lostanswer", "QH-02-003");
        api.put("/api/app/me", m.token(), Map.of("realName", "林安全"));
        String key = newKey();
        String boundary = "----idem" + System.nanoTime();
        byte[] form = signatureForm(boundary, PledgeFixtures.signaturePng());
        String type = "multipart/form-data; boundary=" + boundary;
        String path = "/api/app/pledges/COMMITMENT/signatures";

        sendAndHangUp(path, m.token(), key, type, form); // the phone lost its network: the answer never arrived
        await().atMost(Duration.ofSeconds(10)).until(() -> records("w:" + m.workerId(), key) == 1);
        Answer retry = send("POST", path, m.token(), key, type, form);

        assertThat(retry.code()).as("never 8003 你已签署过: " + retry).isZero();
        assertThat(retry.replayed()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_signature WHERE worker_id = ?", Integer.class, m.workerId())).isEqualTo(1);
    }

    @Test
    void aCheckInIsAnsweredAgainAfterRedisLostEverything() {
        String user = freshUser("redisgone");
        String token = workerToken(user);
        api.post("/api/app/me/union", token, Map.of("joinCode", joinCode("QH-02-003")));
        String key = newKey();
        String checkIn = "{\"themeCode\":\"POST_SELF_CHECK\"}";

        Answer first = send("POST", "/api/app/check-ins", token, key, checkIn);
        forgetEverythingInRedis(); // Redis restarted empty: sessions, limits, caches gone
        String again = workerToken(user);
        Answer retry = send("POST", "/api/app/check-ins", again, key, checkIn);

        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(retry.code()).as("never 8012 已打卡: " + retry).isZero();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.body()).isEqualTo(first.body());
    }

    private void forgetEverythingInRedis() {
        List<String> keys = new ArrayList<>();
        try (Cursor<String> c = redis.scan(ScanOptions.scanOptions().match(prefix.value() + "*").count(1000).build())) {
            c.forEachRemaining(keys::add);
        }
        if (!keys.isEmpty()) {
            redis.delete(keys);
        }
    }

    private int records(String owner, String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_record WHERE owner = ? AND idem_key = ?", Integer.class, owner, key);
    }

    private int remainingGrants(String token) {
        return api.get("/api/app/notices/subscribe-templates", token).data().findValues("remaining").stream()
                .mapToInt(JsonNode::asInt).sum();
    }

    private static String letter(String text) {
        return JSON.writeValueAsString(Map.of("kind", "LETTER", "body", text));
    }

    private static String report(String photo, String description, String bodyKey) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("photoTokens", List.of(photo),
                "location", Map.of("latitude", 30.6512, "longitude", 114.3021, "coordSystem", "WGS84", "accuracy", 15.0),
                "scene", "ENTERPRISE", "category", "EBIKE_CHARGING", "description", description));
        if (bodyKey != null) {
            body.put("idempotencyKey", bodyKey);
        }
        return JSON.writeValueAsString(body);
    }

    private static byte[] signatureForm(String boundary, byte[] png) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"signature\"; filename=\"sign.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(png);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String newKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Sends the whole request and closes the connection without reading a byte of the answer. */
    private void sendAndHangUp(String path, String token, String key, String contentType, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\nIdempotency-Key: " + key
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
        }
    }

    private Answer send(String method, String path, String token, String key, String body) {
        return send(method, path, token, key, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private Answer send(String method, String path, String token, String key, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), JSON.readTree(r.body()),
                    r.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
