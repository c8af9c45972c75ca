package cn.safetymonth.quiz;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily level through HTTP: a real play, the one-a-day rule, hit-testing, no leaks, bots, the day ending. */
@Import(QuizIT.Events.class)
class QuizIT extends IntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TestConfiguration(proxyBeanMethods = false)
    static class Events {
        @Bean
        Recorder quizEventRecorder() {
            return new Recorder();
        }
    }

    static class Recorder {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(QuizLevelFinished e) {
            events.add(e);
        }

        @EventListener
        void on(QuickTestFinished e) {
            events.add(e);
        }
    }

    @Autowired
    Recorder recorder;
    @Autowired
    AttemptService attemptService;

    String worker;
    long workerId;

    @BeforeEach
    void worker() {
        // every test plays on a fresh day of its own worker, far from the others' seconds
        clock.advance(Duration.ofSeconds(5));
        worker = workerToken(freshUser("quiz"));
        workerId = api.get("/api/app/me", worker).data().path("workerId").asLong();
        api.post("/api/app/me/union", worker, Map.of("joinCode", joinCode("QH-02-003")));
    }

    /** What only the server should know: a hazard's region and its answer, read from the database. */
    record Secret(String code, String name, double x, double y, List<String> answerTexts, List<String> optionTexts, String regionJson) {
    }

    List<Secret> secrets(String levelCode) throws Exception {
        List<Secret> out = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT h.code, h.name, h.region_json, h.options_json, h.answer_keys FROM quiz_hazard h JOIN quiz_level l ON l.id = h.level_id "
                        + "WHERE l.code = ? ORDER BY h.seq", levelCode)) {
            JsonNode region = JSON.readTree((String) row.get("region_json"));
            double[] c = center(region);
            JsonNode options = JSON.readTree((String) row.get("options_json"));
            List<String> answer = List.of(((String) row.get("answer_keys")).split(","));
            List<String> texts = new ArrayList<>();
            List<String> all = new ArrayList<>();
            options.forEach(o -> {
                all.add(o.path("text").asString());
                if (answer.contains(o.path("key").asString())) {
                    texts.add(o.path("text").asString());
                }
            });
            out.add(new Secret((String) row.get("code"), (String) row.get("name"), c[0], c[1], texts, all, (String) row.get("region_json")));
        }
        return out;
    }

    static double[] center(JsonNode region) {
        if ("ellipse".equals(region.path("type").asString())) {
            return new double[]{region.path("cx").asDouble(), region.path("cy").asDouble()};
        }
        // a polygon's vertex average can fall outside a concave shape: search inside its bounds instead
        double minX = 1, minY = 1, maxX = 0, maxY = 0;
        List<double[]> pts = new ArrayList<>();
        for (JsonNode p : region.path("points")) {
            double x = p.get(0).asDouble(), y = p.get(1).asDouble();
            pts.add(new double[]{x, y});
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        for (int i = 1; i < 20; i++) {
            for (int j = 1; j < 20; j++) {
                double x = minX + (maxX - minX) * i / 20, y = minY + (maxY - minY) * j / 20;
                if (new Region.Polygon(pts.stream().map(p -> List.of(p[0], p[1])).toList()).contains(x, y)) {
                    return new double[]{x, y};
                }
            }
        }
        throw new IllegalStateException("polygon without inside");
    }

    /** The display keys of the options whose texts are given, as this attempt shows them. */
    static List<String> keysOf(JsonNode question, List<String> texts) {
        List<String> keys = new ArrayList<>();
        question.path("options").forEach(o -> {
            if (texts.contains(o.path("text").asString())) {
                keys.add(o.path("key").asString());
            }
        });
        return keys;
    }

    static List<String> wrongKeys(JsonNode question, List<String> rightTexts) {
        for (JsonNode o : question.path("options")) {
            if (!rightTexts.contains(o.path("text").asString())) {
                return List.of(o.path("key").asString());
            }
        }
        throw new IllegalStateException("no wrong option");
    }

    @Test
    void aWorkerPlaysALevelEndToEndAndEverythingIsCountedForTheirUnion() throws Exception {
        Api.Res today = api.get("/api/app/quiz/today", worker);
        assertThat(today.data().path("playedToday").asBoolean()).isFalse();
        assertThat(today.data().path("campaign").path("open").asBoolean()).isTrue();

        Api.Res start = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "ENTERPRISE"));
        assertThat(start.code()).as(start.toString()).isZero();
        long attemptId = start.data().path("attemptId").asLong();
        String level = start.data().path("levelCode").asString();
        assertThat(level).isEqualTo("enterprise-01");
        assertThat(api.get(start.data().path("pictureUrl").asString().replaceFirst("^https?://[^/]+", ""), null).status())
                .as("picture link is absolute to the object store").isNotNull();

        List<Secret> secrets = secrets(level);
        Api.Res miss = api.post("/api/app/quiz/attempts/" + attemptId + "/taps", worker, Map.of("x", 0.001, "y", 0.001));
        assertThat(miss.data().path("hit").asBoolean()).isFalse();
        assertThat(miss.data().path("hazard").isNull()).isTrue();

        int rightAnswers = 0;
        JsonNode last = null;
        for (int i = 0; i < secrets.size(); i++) {
            Secret s = secrets.get(i);
            clock.advance(Duration.ofSeconds(8));
            Api.Res tap = api.post("/api/app/quiz/attempts/" + attemptId + "/taps", worker, Map.of("x", s.x(), "y", s.y()));
            assertThat(tap.data().path("hit").asBoolean()).as(s.code() + " " + tap).isTrue();
            JsonNode hazard = tap.data().path("hazard");
            assertThat(hazard.path("hazardId").asString()).isEqualTo(s.code());
            assertThat(hazard.path("rightAnswer").isNull()).isTrue();
            assertThat(hazard.path("explanation").isNull()).isTrue();
            boolean answerRight = i < 3;
            List<String> keys = answerRight ? keysOf(hazard.path("question"), s.answerTexts()) : wrongKeys(hazard.path("question"), s.answerTexts());
            clock.advance(Duration.ofSeconds(8));
            Api.Res answer = api.post("/api/app/quiz/attempts/" + attemptId + "/answers", worker, Map.of("hazardId", s.code(), "answer", keys));
            assertThat(answer.code()).as(answer.toString()).isZero();
            assertThat(answer.data().path("correct").asBoolean()).isEqualTo(answerRight);
            assertThat(answer.data().path("explanation").asString()).isNotBlank();
            assertThat(answer.data().path("rightAnswer")).isNotEmpty();
            rightAnswers += answerRight ? 1 : 0;
            last = answer.data();
        }
        assertThat(last.path("finished").asBoolean()).isTrue();
        assertThat(last.path("score").asInt()).isEqualTo(5 + rightAnswers);

        Api.Res finish = api.post("/api/app/quiz/attempts/" + attemptId + "/finish", worker, Map.of());
        assertThat(finish.data().path("status").asString()).isEqualTo("CLOSED");
        assertThat(finish.data().path("score").asInt()).isEqualTo(8);
        assertThat(finish.data().path("flagged").asBoolean()).isFalse();
        Map<String, Object> row = jdbc.queryForMap("SELECT union_id, score, flagged, closed_reason FROM quiz_attempt WHERE id = ?", attemptId);
        assertThat(((Number) row.get("union_id")).longValue()).isEqualTo(unionId("QH-02-003"));
        assertThat(((Number) row.get("score")).intValue()).isEqualTo(8);
        assertThat(recorder.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(QuizLevelFinished.class, f -> {
            assertThat(f.attemptId()).isEqualTo(attemptId);
            assertThat(f.unionId()).isEqualTo(unionId("QH-02-003"));
            assertThat(f.score()).isEqualTo(8);
        }));

        Api.Res again = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "FAMILY"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo(6002);
        assertThat(again.msg()).contains("明天再来");

        JsonNode todayAfter = api.get("/api/app/quiz/today", worker).data();
        assertThat(todayAfter.path("playedToday").asBoolean()).isTrue();
        assertThat(todayAfter.path("totalPoints").asInt()).isEqualTo(8);

        JsonNode history = api.get("/api/app/quiz/history", worker).data();
        assertThat(history.get(0).path("hazards")).hasSize(5);
        assertThat(history.get(0).path("hazards").get(0).path("explanation").asString()).isNotBlank();

        JsonNode share = api.get("/api/app/quiz/attempts/" + attemptId + "/share", worker).data();
        assertThat(share.path("text").asString()).contains("找到 5 处隐患");
        assertThat(api.get("/api/app/quiz/attempts/" + attemptId + "/share", workerToken(freshUser("other"))).status()).isEqualTo(404);

        clock.advance(Duration.ofDays(1));
        Api.Res tomorrow = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "ENTERPRISE"));
        assertThat(tomorrow.data().path("levelCode").asString()).as("a cleared level is not played again").isEqualTo("enterprise-02");
    }

    @Test
    void twentyConcurrentStartsByOneWorkerGiveExactlyOneAttempt() throws Exception {
        List<Api.Res> results = cn.safetymonth.support.Concurrently.run(20,
                () -> api.post("/api/app/quiz/attempts", worker, Map.of("scene", "SCHOOL")));

        assertThat(results).allSatisfy(r -> assertThat(r.code()).as(r.toString()).isZero());
        assertThat(results.stream().map(r -> r.data().path("attemptId").asLong()).distinct()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quiz_attempt WHERE worker_id = ?", Integer.class, workerId)).isEqualTo(1);
    }

    @Test
    void anOpenLevelSurvivesARestartOfTheAppAndCannotBeSwappedForAnotherScene() throws Exception {
        Api.Res start = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "COMMUNITY"));
        Secret first = secrets(start.data().path("levelCode").asString()).get(0);
        api.post("/api/app/quiz/attempts/" + start.data().path("attemptId").asLong() + "/taps", worker, Map.of("x", first.x(), "y", first.y()));

        Api.Res resumed = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "COMMUNITY"));
        Api.Res other = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "RURAL"));
        JsonNode today = api.get("/api/app/quiz/today", worker).data();

        assertThat(resumed.data().path("attemptId").asLong()).isEqualTo(start.data().path("attemptId").asLong());
        assertThat(resumed.data().path("found")).hasSize(1);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo(6010);
        assertThat(today.path("attempt").path("found").get(0).path("hazardId").asString()).isEqualTo(first.code());
    }

    @Test
    void noResponseRevealsARegionOrAnAnswerBeforeItIsEarned() throws Exception {
        List<String> bodies = new ArrayList<>();
        Api.Res start = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "FAMILY"));
        bodies.add(new String(start.raw()));
        long id = start.data().path("attemptId").asLong();
        List<Secret> secrets = secrets(start.data().path("levelCode").asString());
        bodies.add(new String(api.get("/api/app/quiz/today", worker).raw()));
        bodies.add(new String(api.get("/api/app/quiz/scenes", worker).raw()));
        for (double[] p : new double[][]{{0.01, 0.99}, {0.99, 0.01}, {0.5, 0.001}}) {
            bodies.add(new String(api.post("/api/app/quiz/attempts/" + id + "/taps", worker, Map.of("x", p[0], "y", p[1])).raw()));
        }
        Secret s = secrets.get(2);
        Api.Res tap = api.post("/api/app/quiz/attempts/" + id + "/taps", worker, Map.of("x", s.x(), "y", s.y()));
        String tapBody = new String(tap.raw());

        for (String body : bodies) {
            for (Secret secret : secrets) {
                assertThat(body).doesNotContain(secret.name()).doesNotContain(secret.regionJson().substring(1, 20));
            }
            assertThat(body).doesNotContain("rightAnswer\":[").doesNotContain("answer_keys").doesNotContain("explanation\":\"");
        }
        for (Secret other : secrets) {
            if (!other.code().equals(s.code())) {
                assertThat(tapBody).doesNotContain(other.name());
            }
        }
        assertThat(tapBody).doesNotContain("rightAnswer\":[").doesNotContain("explanation\":\"");
    }

    @Test
    void optionsAreShuffledPerAttempt() throws Exception {
        Set<String> orders = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            String w = i == 0 ? worker : workerToken(freshUser("shuffle"));
            Api.Res start = api.post("/api/app/quiz/attempts", w, Map.of("scene", "ENTERPRISE"));
            for (Secret s : secrets(start.data().path("levelCode").asString())) {
                Api.Res tap = api.post("/api/app/quiz/attempts/" + start.data().path("attemptId").asLong() + "/taps", w, Map.of("x", s.x(), "y", s.y()));
                JsonNode options = tap.data().path("hazard").path("question").path("options");
                if (options.size() >= 3) {
                    orders.add(s.code() + ":" + options.findValuesAsString("text"));
                }
                clock.advance(Duration.ofSeconds(1));
            }
        }
        long questions = orders.stream().map(o -> o.substring(0, o.indexOf(':'))).distinct().count();
        assertThat(orders.size()).as("the same questions appear in different orders").isGreaterThan((int) questions);
    }

    @Test
    void aScriptThatOnlyKnowsTheApiCannotScoreMoreThanItsTapsAndAnswersEarn() throws Exception {
        Api.Res start = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "RURAL"));
        long id = start.data().path("attemptId").asLong();
        String level = start.data().path("levelCode").asString();

        // answering hazards it never found, by guessing their ids
        for (int i = 1; i <= 5; i++) {
            Api.Res guess = api.post("/api/app/quiz/attempts/" + id + "/answers", worker, Map.of("hazardId", level + "-" + i, "answer", List.of("A")));
            assertThat(guess.code()).isEqualTo(6006);
        }
        // hammering the picture with a grid of taps
        int limited = 0;
        int hits = 0;
        for (int gx = 0; gx < 10; gx++) {
            for (int gy = 0; gy < 10; gy++) {
                Api.Res r = api.post("/api/app/quiz/attempts/" + id + "/taps", worker, Map.of("x", 0.05 + gx * 0.1, "y", 0.05 + gy * 0.1));
                if (r.status() == 429) {
                    limited++;
                } else if (r.data().path("hit").asBoolean() && !r.data().path("alreadyFound").asBoolean()) {
                    hits++;
                }
            }
        }
        assertThat(limited).as("taps faster than a person are refused").isPositive();
        clock.advance(Duration.ofSeconds(2));
        int swept = 0;
        for (int k = 0; k < 30; k++) {
            clock.advance(Duration.ofMillis(400));
            Api.Res r = api.post("/api/app/quiz/attempts/" + id + "/taps", worker, Map.of("x", 0.001, "y", 0.5 + k * 0.001));
            swept += r.code() == 6015 ? 1 : 0;
        }
        assertThat(swept).as("a sweep of the picture runs out of misses").isPositive();
        // answering everything it found with "A", twice
        JsonNode found = api.get("/api/app/quiz/today", worker).data().path("attempt").path("found");
        int correct = 0;
        for (JsonNode f : found) {
            clock.advance(Duration.ofSeconds(1));
            Api.Res a = api.post("/api/app/quiz/attempts/" + id + "/answers", worker, Map.of("hazardId", f.path("hazardId").asString(), "answer", List.of("A")));
            correct += a.data().path("correct").asBoolean() ? 1 : 0;
            clock.advance(Duration.ofSeconds(1));
            Api.Res twice = api.post("/api/app/quiz/attempts/" + id + "/answers", worker, Map.of("hazardId", f.path("hazardId").asString(), "answer", List.of("B")));
            assertThat(twice.code()).isIn(6005, 6007);
        }
        Api.Res finish = api.post("/api/app/quiz/attempts/" + id + "/finish", worker, Map.of());

        assertThat(finish.data().path("foundCount").asInt()).isEqualTo(hits).isEqualTo(found.size());
        assertThat(finish.data().path("score").asInt()).isEqualTo(hits + correct).isLessThanOrEqualTo(10);
        if (finish.data().path("score").asInt() >= 4) {
            assertThat(finish.data().path("flagged").asBoolean()).as("finished faster than a human").isTrue();
        }
        clock.advance(Duration.ofSeconds(2));
        Api.Res late = api.post("/api/app/quiz/attempts/" + id + "/taps", worker, Map.of("x", 0.5, "y", 0.5));
        assertThat(late.code()).isEqualTo(6005);
    }

    @Test
    void aLastAnswerAndAFinishAtTheSameMomentKeepEveryPoint() throws Exception {
        Api.Res start = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "COMMUNITY"));
        long id = start.data().path("attemptId").asLong();
        List<Secret> secrets = secrets(start.data().path("levelCode").asString());
        JsonNode lastQuestion = null;
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(6));
            Secret s = secrets.get(i);
            JsonNode q = api.post("/api/app/quiz/attempts/" + id + "/taps", worker, Map.of("x", s.x(), "y", s.y())).data().path("hazard").path("question");
            if (i < 4) {
                api.post("/api/app/quiz/attempts/" + id + "/answers", worker, Map.of("hazardId", s.code(), "answer", keysOf(q, s.answerTexts())));
            } else {
                lastQuestion = q;
            }
        }
        Secret last = secrets.get(4);
        List<String> keys = keysOf(lastQuestion, last.answerTexts());
        clock.advance(Duration.ofSeconds(6));

        var turn = new java.util.concurrent.atomic.AtomicInteger();
        List<Api.Res> both = cn.safetymonth.support.Concurrently.run(2, () -> turn.getAndIncrement() == 0
                ? api.post("/api/app/quiz/attempts/" + id + "/finish", worker, Map.of())
                : api.post("/api/app/quiz/attempts/" + id + "/answers", worker, Map.of("hazardId", last.code(), "answer", keys)));
        api.post("/api/app/quiz/attempts/" + id + "/finish", worker, Map.of());

        Map<String, Object> row = jdbc.queryForMap("SELECT status, score, correct_count FROM quiz_attempt WHERE id = ?", id);
        int answered = jdbc.queryForObject("SELECT COUNT(*) FROM quiz_attempt_hazard WHERE attempt_id = ? AND correct = TRUE", Integer.class, id);
        assertThat(both).allSatisfy(r -> assertThat(r.status()).isLessThan(500));
        assertThat(row.get("status")).isEqualTo("CLOSED");
        assertThat(((Number) row.get("correct_count")).intValue()).as("the stored score counts every answer that was accepted").isEqualTo(answered);
        assertThat(((Number) row.get("score")).intValue()).isEqualTo(5 + answered);
        assertThat(api.get("/api/app/quiz/history", worker).data().get(0).path("score").asInt()).isEqualTo(5 + answered);
    }

    @Test
    void theDayEndingClosesAnOpenLevelWithWhatItEarned() throws Exception {
        Api.Res start = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "SCHOOL"));
        long id = start.data().path("attemptId").asLong();
        Secret s = secrets(start.data().path("levelCode").asString()).get(0);
        api.post("/api/app/quiz/attempts/" + id + "/taps", worker, Map.of("x", s.x(), "y", s.y()));

        clock.advance(Duration.ofDays(1));
        int closed = attemptService.closeEndedDays(100);
        int again = attemptService.closeEndedDays(100);

        assertThat(closed).isPositive();
        assertThat(again).as("idempotent").isZero();
        Map<String, Object> row = jdbc.queryForMap("SELECT status, closed_reason, score FROM quiz_attempt WHERE id = ?", id);
        assertThat(row.get("status")).isEqualTo("CLOSED");
        assertThat(row.get("closed_reason")).isEqualTo("DAY_ENDED");
        assertThat(((Number) row.get("score")).intValue()).isEqualTo(1);
        Api.Res tap = api.post("/api/app/quiz/attempts/" + id + "/taps", worker, Map.of("x", 0.5, "y", 0.5));
        assertThat(tap.code()).isEqualTo(6005);
        assertThat(api.post("/api/app/quiz/attempts", worker, Map.of("scene", "SCHOOL")).data().path("levelCode").asString())
                .isEqualTo("school-02");
    }

    @Test
    void aKeyedTapAfterTheDayEndedIsRefusedAndStillClosesTheLevel() throws Exception {
        Api.Res start = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "SCHOOL"));
        long id = start.data().path("attemptId").asLong();
        clock.advance(Duration.ofDays(1));

        // as the mini-program sends it: with an Idempotency-Key, so the request runs in one transaction that a refusal
        // rolls back; the day's end must stay
        java.net.http.HttpResponse<String> tap = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/app/quiz/attempts/" + id + "/taps"))
                .header("Authorization", "Bearer " + worker).header("Content-Type", "application/json")
                .header("Idempotency-Key", "tap-after-midnight-" + id)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"x\":0.5,\"y\":0.5}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(JSON.readTree(tap.body()).path("code").asInt()).as(tap.body()).isEqualTo(6005);
        assertThat(jdbc.queryForMap("SELECT status, closed_reason FROM quiz_attempt WHERE id = ?", id))
                .containsEntry("status", "CLOSED").containsEntry("closed_reason", "DAY_ENDED");
    }

    @Test
    void theQuickTestAsksTenQuestionsInARowAndCountsOnceFinished() {
        Api.Res start = api.post("/api/app/quiz/quick-tests", worker, Map.of());
        long id = start.data().path("testId").asLong();
        assertThat(start.data().path("total").asInt()).isEqualTo(10);
        assertThat(new String(start.raw())).doesNotContain("rightAnswer\":[").doesNotContain("explanation\":\"");

        Api.Res outOfOrder = api.post("/api/app/quiz/quick-tests/" + id + "/answers", worker, Map.of("seq", 2, "answer", List.of("A")));
        assertThat(outOfOrder.code()).isEqualTo(6012);
        JsonNode q = start.data().path("question");
        JsonNode last = null;
        for (int seq = 1; seq <= 10; seq++) {
            clock.advance(Duration.ofSeconds(1));
            Api.Res a = api.post("/api/app/quiz/quick-tests/" + id + "/answers", worker, Map.of("seq", seq, "answer", List.of(q.path("options").get(0).path("key").asString())));
            assertThat(a.code()).as(a.toString()).isZero();
            assertThat(a.data().path("explanation").asString()).isNotBlank();
            last = a.data();
            q = a.data().path("next");
        }
        assertThat(last.path("finished").asBoolean()).isTrue();
        assertThat(last.path("next").isNull()).isTrue();
        assertThat(api.get("/api/app/quiz/today", worker).data().path("quickTestsTaken").asInt()).isEqualTo(1);
        assertThat(api.get("/api/app/quiz/today", worker).data().path("playedToday").asBoolean()).as("the daily level is untouched").isFalse();
        assertThat(recorder.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(QuickTestFinished.class,
                f -> assertThat(f.testId()).isEqualTo(id)));
    }

    @Test
    void aTooFastFinishIsFlaggedNotCountedAndShownToTheUnionOnly() throws Exception {
        Api.Res start = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "FAMILY"));
        long id = start.data().path("attemptId").asLong();
        for (Secret s : secrets(start.data().path("levelCode").asString())) {
            Api.Res tap = api.post("/api/app/quiz/attempts/" + id + "/taps", worker, Map.of("x", s.x(), "y", s.y()));
            api.post("/api/app/quiz/attempts/" + id + "/answers", worker, Map.of("hazardId", s.code(),
                    "answer", keysOf(tap.data().path("hazard").path("question"), s.answerTexts())));
            clock.advance(Duration.ofMillis(1100));
        }
        String ownCounty = staffToken("REVIEWER", "QH-02");
        String sibling = staffToken("REVIEWER", "QH-03");

        JsonNode flagged = api.get("/api/admin/quiz/flagged-attempts", ownCounty).data();
        JsonNode siblingView = api.get("/api/admin/quiz/flagged-attempts", sibling).data();

        assertThat(jdbc.queryForObject("SELECT flagged FROM quiz_attempt WHERE id = ?", Boolean.class, id)).isTrue();
        assertThat(flagged.path("items").findValuesAsString("attemptId")).contains(String.valueOf(id));
        assertThat(siblingView.path("items").findValuesAsString("attemptId")).doesNotContain(String.valueOf(id));
    }

    @Test
    void theContentPackIsLoadedWholeAndValid() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quiz_level", Integer.class)).isGreaterThanOrEqualTo(30);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quiz_hazard", Integer.class)).isGreaterThanOrEqualTo(150);
        for (Scene scene : Scene.values()) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quiz_level WHERE scene = ?", Integer.class, scene.name()))
                    .as(scene.label()).isGreaterThanOrEqualTo(6);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quiz_level l WHERE (SELECT COUNT(*) FROM quiz_hazard h WHERE h.level_id = l.id) <> 5",
                Integer.class)).isZero();
    }
}
