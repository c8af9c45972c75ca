package cn.safetymonth.common;

import cn.safetymonth.support.Concurrently;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submission sent again with the same Idempotency-Key (the client's retry after a lost answer, a double tap) is done
 * once and answered like the first time. Subscribe grants show it: each grant that is recorded allows one more message.
 */
class IdempotencyIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String GRANT = "/api/app/notices/subscribe-grants";
    private static final String ONE_GRANT = "{\"templateIds\":[\"tmpl-hazard-progress\"]}";

    record Answer(int status, JsonNode body, boolean replayed) {
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
    void aDoubleTapWithOneKeyIsDoneOnce() throws Exception {
        String worker = workerToken(freshUser("doubletap"));
        String key = newKey();

        List<Answer> answers = Concurrently.run(4, () -> send("POST", GRANT, worker, key, ONE_GRANT));

        assertThat(answers).allSatisfy(a -> assertThat(a.body().path("code").asInt()).isIn(0, 1012));
        assertThat(answers).filteredOn(a -> !a.replayed() && a.status() == 200).hasSize(1);
        assertThat(remainingGrants(worker)).isEqualTo(1);
    }

    @Test
    void aKeyBelongsToOnePersonAndOneRequest() {
        String alice = workerToken(freshUser("alice"));
        String bob = workerToken(freshUser("bob"));
        String key = newKey();

        send("POST", GRANT, alice, key, ONE_GRANT);
        Answer bobsOwn = send("POST", GRANT, bob, key, ONE_GRANT);
        Answer elsewhere = send("POST", "/api/app/notices/99999999/read", alice, key, "{}");
        Answer malformed = send("POST", GRANT, alice, "short", ONE_GRANT);

        assertThat(bobsOwn.replayed()).as("the same key from someone else is their own action").isFalse();
        assertThat(remainingGrants(bob)).isEqualTo(1);
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.body().path("code").asInt()).isEqualTo(1013);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("msg").asString()).contains("Idempotency-Key");
    }

    @Test
    void aRefusalIsAnsweredAgainTheSameWay() {
        String worker = workerToken(freshUser("notyet"));
        String key = newKey();

        Answer missing = send("POST", "/api/app/quiz/attempts/99999999/finish", worker, key, "{}");
        Answer again = send("POST", "/api/app/quiz/attempts/99999999/finish", worker, key, "{}");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(again.replayed()).isTrue();
        assertThat(again.body()).isEqualTo(missing.body());
    }

    private int remainingGrants(String token) {
        return api.get("/api/app/notices/subscribe-templates", token).data().findValues("remaining").stream()
                .mapToInt(JsonNode::asInt).sum();
    }

    private static String newKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private Answer send(String method, String path, String token, String key, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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
