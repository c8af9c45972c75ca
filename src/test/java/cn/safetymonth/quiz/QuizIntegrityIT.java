package cn.safetymonth.quiz;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import cn.safetymonth.support.Tables;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only real participation counts, tried as an adversary would, through HTTP: a script that knows nothing but the API,
 * learns from quick tests and from a second account, and paces itself like a person; sweeps, metronomes and speed
 * readers; a level closed with nothing answered; quick tests as fast as they are allowed. And the honest player, who
 * must never be flagged.
 */
class QuizIntegrityIT extends IntegrationTest {

    private static final String UNION = "QH-12-003";
    private static final String FORM = "jiaozuo-2025";
    private static final String[] SCENES = {"ENTERPRISE", "RURAL", "COMMUNITY", "SCHOOL", "FAMILY"};
    private static final int MAX_MISSES = 8;

    /** What the script learned from plays of a level: where each hazard is, and the text of its right options. */
    record Learned(Map<String, double[]> where, Map<String, Set<String>> rightTexts) {
    }

    @Test
    void aScriptLearningFromQuickTestsAndASecondAccountScoresNoMoreThanAnHonestGuesser() throws Exception {
        startOfAFreshDay();
        Random pace = new Random(2025);
        // what the quick test teaches: every question and its right answer, after each question
        Map<String, Set<String>> taught = new HashMap<>();
        String learner = worker("learner");
        for (int i = 0; i < 6; i++) {
            harvestQuickTest(learner, taught);
        }
        double points = 0;
        int plays = 0;
        int flagged = 0;
        for (int s = 0; s < SCENES.length; s++) {
            for (int order = 1; order <= 6; order++) {
                String scout = worker("scout");
                String player = worker("player");
                clearedBefore(scout, SCENES[s], order);
                clearedBefore(player, SCENES[s], order);
                int halton = 1 + 97 * (s * 6 + order);
                // the second account sweeps the picture with well-spread taps, learns where hazards are and their answers
                Learned learned = new Learned(new HashMap<>(), new HashMap<>());
                halton = sweep(scout, SCENES[s], halton, learned, Map.of(), pace, true);
                // the scored account taps what the scout found, answers what it learned, and sweeps on for the rest
                Map<String, Set<String>> known = new HashMap<>(taught);
                known.putAll(learned.rightTexts());
                Result r = play(player, SCENES[s], halton, learned, known, pace);
                plays++;
                if (r.flagged()) {
                    flagged++;
                } else {
                    points += r.score();
                }
            }
        }
        double average = points / plays;
        System.out.printf("script with a second account: %.2f of 10 on average over %d plays, %d flagged%n", average, plays, flagged);
        assertThat(jdbc.queryForList("SELECT question_text FROM quiz_hazard", String.class)).as("the quick tests taught no level question")
                .doesNotContainAnyElementsOf(taught.keySet());
        assertThat(average).as("over the shipped pack (%d plays, %d flagged): a script's average", plays, flagged).isLessThanOrEqualTo(6.4);
    }

    @Test
    void aLatticeSweepIsFlaggedEarnsNoPointsAndCountsNowhere() throws Exception {
        startOfAFreshDay();
        String bot = worker("sweeper");
        long attemptsBefore = table("quiz_attempts");
        long peopleBefore = table("quiz_people");
        Api.Res start = api.post("/api/app/quiz/attempts", bot, Map.of("scene", "FAMILY"));
        long id = start.data().path("attemptId").asLong();
        Random rnd = new Random(1);
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 6; col++) {
                clock.advance(Duration.ofMillis(2_500 + rnd.nextInt(4_000))); // paced like a hand: only the grid betrays it
                Api.Res tap = api.post("/api/app/quiz/attempts/" + id + "/taps", bot, Map.of("x", (col + 0.5) / 6, "y", (row + 0.5) / 5));
                if (tap.code() == QuizErrorCodes.TOO_MANY_MISSES.code()) {
                    break;
                }
                if (tap.data().path("hit").asBoolean() && !tap.data().path("alreadyFound").asBoolean()) {
                    clock.advance(Duration.ofSeconds(12));
                    api.post("/api/app/quiz/attempts/" + id + "/answers", bot, Map.of("hazardId",
                            tap.data().path("hazard").path("hazardId").asString(), "answer", List.of("A")));
                }
            }
        }
        JsonNode done = api.post("/api/app/quiz/attempts/" + id + "/finish", bot, Map.of()).data();
        assertThat(done.path("flagged").asBoolean()).isTrue();
        assertThat(reason(id)).contains("规则网格");
        assertThat(api.get("/api/app/quiz/today", bot).data().path("totalPoints").asInt()).as("a flagged attempt earns nothing").isZero();
        assertThat(table("quiz_attempts")).isEqualTo(attemptsBefore);
        assertThat(table("quiz_people")).isEqualTo(peopleBefore);
    }

    @Test
    void answersQuickerThanReadingAndMetronomeTapsAreFlaggedWithAReasonAnAdminCanRead() throws Exception {
        startOfAFreshDay();
        String reader = worker("speedreader");
        long speedy = playAllFive(reader, "SCHOOL", i -> 6_000 + 1_300L * i, i -> 1_200L);
        assertThat(reason(speedy)).contains("作答快于读题");
        String metronome = worker("metronome");
        long even = playAllFive(metronome, "RURAL", i -> 7_000L, i -> 7_000L);
        assertThat(reason(even)).contains("操作间隔过于规则");
        JsonNode list = api.get("/api/admin/quiz/flagged-attempts?unionId=" + unionId(UNION) + "&pageSize=100", platformAdminToken()).data();
        JsonNode item = null;
        for (JsonNode r : list.path("items")) {
            if (r.path("attemptId").asLong() == even) {
                item = r;
            }
        }
        assertThat(item).as("the admin's list has the metronome").isNotNull();
        assertThat(item.path("flagReason").asString()).contains("操作间隔过于规则");
        assertThat(item.path("taps")).hasSize(5);
        assertThat(item.path("taps").get(0).path("result").asString()).isEqualTo("HIT");
        assertThat(item.path("answers").get(0).path("minReadMs").asLong()).isPositive();
        assertThat(item.path("pictureUrl").asString()).startsWith("http");
    }

    @Test
    void weChatsRiskRankIsAskedOnceADayAndARiskyAccountIsFlagged() throws Exception {
        startOfAFreshDay();
        int before = wechat().calls("/wxa/getuserriskrank");
        String risky = worker("risk4farm");
        JsonNode played = QuizTestSupport.playLikeAPerson(api, jdbc, clock, risky, "ENTERPRISE", 5, 5);
        assertThat(played.path("flagged").asBoolean()).isTrue();
        assertThat(reason(played.path("attemptId").asLong())).isEqualTo("微信安全风险等级为 4");
        api.post("/api/app/quiz/attempts", risky, Map.of("scene", "ENTERPRISE")); // again today: no new question to WeChat
        assertThat(wechat().calls("/wxa/getuserriskrank") - before).isEqualTo(1);
    }

    @Test
    void aSlowHonestPlayerIsNeverFlaggedAndSeesMarkersNotTheHazardsRegions() throws Exception {
        startOfAFreshDay();
        String honest = worker("honest");
        long attemptsBefore = table("quiz_attempts");
        JsonNode played = QuizTestSupport.playLikeAPerson(api, jdbc, clock, honest, "SCHOOL", 5, 5);
        assertThat(played.path("flagged").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("SELECT flag_reason FROM quiz_attempt WHERE id = ?", String.class, played.path("attemptId").asLong())).isNull();
        assertThat(table("quiz_attempts")).isEqualTo(attemptsBefore + 1);
        assertThat(api.get("/api/app/quiz/today", honest).data().path("totalPoints").asInt()).isEqualTo(played.path("score").asInt());
        for (JsonNode found : played.path("found")) {
            assertThat(found.has("region")).as("no region is ever sent").isFalse();
            assertThat(found.path("marker").path("r").asDouble()).isPositive();
        }
        String raw = played.toString();
        assertThat(raw).doesNotContain("points").doesNotContain("\"rx\"").doesNotContain("polygon");
    }

    @Test
    void anAdminWhoClearsAFlagMakesTheAttemptCountAndIsRecorded() throws Exception {
        startOfAFreshDay();
        String reader = worker("cleared");
        long id = playAllFive(reader, "COMMUNITY", i -> 5_000L + 900 * i, i -> 1_000L);
        long before = table("quiz_attempts");
        String outsider = staffToken("UNION_ADMIN", "QH-05");
        assertThat(api.post("/api/admin/quiz/flagged-attempts/" + id + "/clear", outsider, Map.of()).code())
                .as("another subtree's admin is told it does not exist").isEqualTo(QuizErrorCodes.ATTEMPT_NOT_FOUND.code());
        String admin = staffToken("UNION_ADMIN", "QH-12");
        Api.Res cleared = api.post("/api/admin/quiz/flagged-attempts/" + id + "/clear", admin, Map.of());
        assertThat(cleared.code()).as(cleared.toString()).isZero();
        assertThat(cleared.data().path("clearedBy").asString()).startsWith("a:");
        assertThat(cleared.data().path("clearedAt").asString()).isNotBlank();
        assertThat(table("quiz_attempts")).isEqualTo(before + 1);
        assertThat(api.get("/api/app/quiz/today", reader).data().path("totalPoints").asInt()).isEqualTo(cleared.data().path("score").asInt());
        assertThat(api.post("/api/admin/quiz/flagged-attempts/" + id + "/clear", admin, Map.of()).code())
                .as("cleared once, counted once").isEqualTo(QuizErrorCodes.NOT_FLAGGED.code());
        assertThat(table("quiz_attempts")).isEqualTo(before + 1);
    }

    @Test
    void aLevelClosedWithNothingAnsweredAddsNothing() throws Exception {
        startOfAFreshDay();
        long attempts = table("quiz_attempts");
        long people = table("quiz_people");
        String idle = worker("idle");
        Api.Res start = api.post("/api/app/quiz/attempts", idle, Map.of("scene", "RURAL"));
        api.post("/api/app/quiz/attempts/" + start.data().path("attemptId").asLong() + "/finish", idle, Map.of());
        QuizTestSupport.playLikeAPerson(api, jdbc, clock, worker("looker"), "RURAL", 2, 0);
        assertThat(table("quiz_attempts")).isEqualTo(attempts);
        assertThat(table("quiz_people")).isEqualTo(people);
    }

    @Test
    void quickTestsAsFastAsAllowedForAnHourAddAtMostThreeAndTeachEveryAnswer() {
        startOfAFreshDay();
        String eager = worker("eager");
        long before = table("quicktests");
        int finished = 0;
        int counted = 0;
        Api.Res refused = null;
        for (int minute = 0; minute < 60; minute++) {
            for (int tries = 0; tries < 2; tries++) {
                Api.Res start = api.post("/api/app/quiz/quick-tests", eager, Map.of());
                if (start.code() != 0) {
                    refused = start;
                    continue;
                }
                Api.Res last = answerAll(eager, start.data(), 900);
                finished++;
                counted += last.data().path("counted").asBoolean() ? 1 : 0;
            }
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(finished).as("one start per 30 s, for an hour").isBetween(59, 61);
        assertThat(counted).isEqualTo(3);
        assertThat(table("quicktests") - before).as("that day's 人次").isEqualTo(3);
        assertThat(refused).isNotNull();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.msg()).contains("秒后再试");
    }

    @Test
    void theQuickTestHasABankOfItsOwnAndShowsTheAnswerAndItsExplanation() {
        startOfAFreshDay();
        Set<String> levelTexts = new HashSet<>(jdbc.queryForList("SELECT question_text FROM quiz_hazard", String.class));
        long bank = jdbc.queryForObject("SELECT COUNT(*) FROM quiz_quick_question", Long.class);
        assertThat(bank).isGreaterThanOrEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT topic) FROM quiz_quick_question", Long.class)).isGreaterThanOrEqualTo(12);
        String learner = worker("learn");
        Api.Res start = api.post("/api/app/quiz/quick-tests", learner, Map.of());
        JsonNode q = start.data().path("question");
        assertThat(levelTexts).doesNotContain(q.path("text").asString());
        assertThat(q.path("topic").asString()).isNotBlank();
        Api.Res a = api.post("/api/app/quiz/quick-tests/" + start.data().path("testId").asLong() + "/answers", learner,
                Map.of("seq", 1, "answer", List.of("A")));
        assertThat(a.data().path("rightAnswer")).isNotEmpty();
        assertThat(a.data().path("explanation").asString()).isNotBlank();
    }

    // --- the script ----------------------------------------------------------------------------------------------

    private record Result(int score, boolean flagged) {
    }

    /**
     * Taps a low-discrepancy sequence (Halton, bases 2 and 3: spread evenly, yet on no grid), at a person's pace, until
     * its misses run out or all five are found, answering each found question with the first option, and learns what
     * every hit and answer reveals. Returns where the sequence stopped.
     */
    private int sweep(String token, String scene, int from, Learned learned, Map<String, Set<String>> known, Random pace,
                      boolean finish) throws Exception {
        long id = api.post("/api/app/quiz/attempts", token, Map.of("scene", scene)).data().path("attemptId").asLong();
        int i = tapAndLearn(token, id, from, learned, known, pace);
        if (finish) {
            api.post("/api/app/quiz/attempts/" + id + "/finish", token, Map.of());
        }
        return i;
    }

    private Result play(String token, String scene, int from, Learned scout, Map<String, Set<String>> known, Random pace) throws Exception {
        long id = api.post("/api/app/quiz/attempts", token, Map.of("scene", scene)).data().path("attemptId").asLong();
        Learned mine = new Learned(new HashMap<>(), new HashMap<>());
        for (double[] at : scout.where().values()) {
            clock.advance(Duration.ofMillis(2_000 + pace.nextInt(5_000)));
            Api.Res tap = api.post("/api/app/quiz/attempts/" + id + "/taps", token, Map.of("x", at[0], "y", at[1]));
            assertThat(tap.data().path("hit").asBoolean()).as("the scout's hit is a hit for everyone").isTrue();
            answer(token, id, tap.data().path("hazard"), known, pace, mine);
        }
        tapAndLearn(token, id, from, mine, known, pace);
        JsonNode done = api.post("/api/app/quiz/attempts/" + id + "/finish", token, Map.of()).data();
        return new Result(done.path("score").asInt(), done.path("flagged").asBoolean());
    }

    private int tapAndLearn(String token, long id, int from, Learned learned, Map<String, Set<String>> known, Random pace) {
        int i = from;
        int misses = 0;
        while (misses < MAX_MISSES) {
            i++;
            double x = halton(i, 2);
            double y = halton(i, 3);
            clock.advance(Duration.ofMillis(2_000 + pace.nextInt(5_000)));
            Api.Res tap = api.post("/api/app/quiz/attempts/" + id + "/taps", token, Map.of("x", x, "y", y));
            if (tap.code() != 0) {
                break; // out of misses, or the level closed when the fifth was answered
            }
            if (!tap.data().path("hit").asBoolean()) {
                misses++;
            } else if (!tap.data().path("alreadyFound").asBoolean()) {
                learned.where().put(tap.data().path("hazard").path("hazardId").asString(), new double[]{x, y});
                if (answer(token, id, tap.data().path("hazard"), known, pace, learned)) {
                    break;
                }
            }
        }
        return i;
    }

    /** Answers a found question: with what was learned if the question is known, else the first option. True when finished. */
    private boolean answer(String token, long id, JsonNode hazard, Map<String, Set<String>> known, Random pace, Learned learned) {
        JsonNode question = hazard.path("question");
        String text = question.path("text").asString();
        List<String> keys = new ArrayList<>();
        Set<String> right = known.get(text);
        if (right != null) {
            question.path("options").forEach(o -> {
                if (right.contains(o.path("text").asString())) {
                    keys.add(o.path("key").asString());
                }
            });
        }
        if (keys.isEmpty()) {
            keys.add(question.path("options").get(0).path("key").asString());
        }
        int chars = text.length();
        for (JsonNode o : question.path("options")) {
            chars += o.path("text").asString().length();
        }
        clock.advance(Duration.ofMillis(1_500 + chars * 1000L / 8 + pace.nextInt(3_000))); // reading like a person
        Api.Res a = api.post("/api/app/quiz/attempts/" + id + "/answers", token, Map.of("hazardId", hazard.path("hazardId").asString(),
                "answer", keys));
        assertThat(a.code()).as(a.toString()).isZero();
        Set<String> texts = new HashSet<>();
        for (JsonNode k : a.data().path("rightAnswer")) {
            question.path("options").forEach(o -> {
                if (o.path("key").asString().equals(k.asString())) {
                    texts.add(o.path("text").asString());
                }
            });
        }
        learned.rightTexts().put(text, texts);
        return a.data().path("finished").asBoolean();
    }

    private void harvestQuickTest(String token, Map<String, Set<String>> taught) {
        clock.advance(Duration.ofSeconds(31));
        Api.Res start = api.post("/api/app/quiz/quick-tests", token, Map.of());
        assertThat(start.code()).as(start.toString()).isZero();
        JsonNode q = start.data().path("question");
        long id = start.data().path("testId").asLong();
        for (int seq = 1; !q.isMissingNode() && !q.isNull(); seq++) {
            clock.advance(Duration.ofSeconds(5));
            Api.Res a = api.post("/api/app/quiz/quick-tests/" + id + "/answers", token, Map.of("seq", seq, "answer", List.of("A")));
            Set<String> texts = new HashSet<>();
            JsonNode question = q;
            a.data().path("rightAnswer").forEach(k -> question.path("options").forEach(o -> {
                if (o.path("key").asString().equals(k.asString())) {
                    texts.add(o.path("text").asString());
                }
            }));
            taught.put(q.path("text").asString(), texts);
            q = a.data().path("next");
        }
    }

    static double halton(int index, int base) {
        double f = 1;
        double r = 0;
        for (int i = index; i > 0; i /= base) {
            f /= base;
            r += f * (i % base);
        }
        return r;
    }

    // --- fixtures -------------------------------------------------------------------------------------------------

    private interface Gap {
        long millis(int hazard);
    }

    /** All five found and answered (first option), tapped after {@code tapGap} and answered after {@code readGap}. */
    private long playAllFive(String token, String scene, Gap tapGap, Gap readGap) throws Exception {
        Api.Res start = api.post("/api/app/quiz/attempts", token, Map.of("scene", scene));
        long id = start.data().path("attemptId").asLong();
        List<Map<String, Object>> hazards = jdbc.queryForList("SELECT h.code, h.region_json FROM quiz_hazard h "
                + "JOIN quiz_level l ON l.id = h.level_id WHERE l.code = ? ORDER BY h.seq", start.data().path("levelCode").asString());
        for (int i = 0; i < hazards.size(); i++) {
            clock.advance(Duration.ofMillis(tapGap.millis(i)));
            double[] c = QuizTestSupport.inside(new tools.jackson.databind.ObjectMapper().readTree((String) hazards.get(i).get("region_json")));
            Api.Res tap = api.post("/api/app/quiz/attempts/" + id + "/taps", token, Map.of("x", c[0], "y", c[1]));
            clock.advance(Duration.ofMillis(readGap.millis(i)));
            api.post("/api/app/quiz/attempts/" + id + "/answers", token, Map.of("hazardId", hazards.get(i).get("code"),
                    "answer", List.of(tap.data().path("hazard").path("question").path("options").get(0).path("key").asString())));
        }
        api.post("/api/app/quiz/attempts/" + id + "/finish", token, Map.of());
        return id;
    }

    private Api.Res answerAll(String token, JsonNode test, long gapMillis) {
        long id = test.path("testId").asLong();
        Api.Res last = null;
        for (int seq = 1; seq <= test.path("total").asInt(); seq++) {
            clock.advance(Duration.ofMillis(gapMillis));
            last = api.post("/api/app/quiz/quick-tests/" + id + "/answers", token, Map.of("seq", seq, "answer", List.of("A")));
            assertThat(last.code()).as(last.toString()).isZero();
        }
        return last;
    }

    private String reason(long attemptId) {
        return jdbc.queryForObject("SELECT flag_reason FROM quiz_attempt WHERE id = ?", String.class, attemptId);
    }

    private String worker(String name) {
        String token = workerToken(freshUser(name));
        assertThat(api.post("/api/app/me/union", token, Map.of("joinCode", joinCode(UNION))).code()).isZero();
        return token;
    }

    /** The levels of the scene before {@code order} already played on earlier days, so today's is level {@code order}. */
    private void clearedBefore(String token, String scene, int order) {
        long workerId = api.get("/api/app/me", token).data().path("workerId").asLong();
        List<Map<String, Object>> levels = jdbc.queryForList("SELECT id, campaign_id FROM quiz_level WHERE scene = ? AND sort_order < ? "
                + "ORDER BY sort_order", scene, order);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < levels.size(); i++) {
            LocalDateTime at = today.minusDays(i + 1).atTime(9, 0);
            jdbc.update("INSERT INTO quiz_attempt (campaign_id, worker_id, level_id, scene, play_date, status, closed_reason, started_at, "
                            + "closed_at, found_count, correct_count, score, option_seed, flagged, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, 'CLOSED', 'FINISHED', ?, ?, 0, 0, 0, 1, FALSE, ?, ?)",
                    levels.get(i).get("campaign_id"), workerId, levels.get(i).get("id"), scene, today.minusDays(i + 1), at, at, at, at);
        }
    }

    private long table(String blank) {
        Api.Res r = api.get("/api/admin/statistics/forms/" + FORM + "/table?unionId=" + unionId(UNION), platformAdminToken());
        assertThat(r.code()).as(r.toString()).isZero();
        return Tables.value(r.data(), blank);
    }

    /**
     * Plays need hours of a person's time on the service's clock: start them at the beginning of a day, so none of them
     * is cut by midnight (Asia/Shanghai).
     */
    private void startOfAFreshDay() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (now.getHour() >= 18) {
            clock.advance(Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()).plusMinutes(5)));
        }
    }
}
