package cn.safetymonth.quiz;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.TestClock;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** For tests of other modules that need a real play: a point inside a hazard's region, and a level played by a person. */
public final class QuizTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QuizTestSupport() {
    }

    public static double[] inside(JsonNode region) {
        return QuizIT.center(region);
    }

    /**
     * Starts today's level in {@code scene} and plays it as a person would, on the service's clock: finds the first
     * {@code found} hazards a few seconds apart, answers the first {@code answered} of them (with their first option)
     * after reading them, then finishes. Returns the finished attempt, or null when the scene has no level left.
     */
    public static JsonNode playLikeAPerson(Api api, JdbcTemplate jdbc, TestClock clock, String token, String scene, int found, int answered)
            throws Exception {
        clock.clearOfMidnight(Duration.ofMinutes(10)); // a play takes about a minute of this clock: never across a day's end
        Api.Res start = api.post("/api/app/quiz/attempts", token, Map.of("scene", scene));
        if (start.code() != 0) {
            return null;
        }
        long id = start.data().path("attemptId").asLong();
        List<Map<String, Object>> hazards = jdbc.queryForList("SELECT h.code, h.region_json FROM quiz_hazard h "
                + "JOIN quiz_level l ON l.id = h.level_id WHERE l.code = ? ORDER BY h.seq", start.data().path("levelCode").asString());
        long[] pace = {4_300, 6_100, 3_700, 8_200, 5_400};
        for (int i = 0; i < found; i++) {
            clock.advance(Duration.ofMillis(pace[i % pace.length]));
            double[] c = inside(JSON.readTree((String) hazards.get(i).get("region_json")));
            Api.Res tap = api.post("/api/app/quiz/attempts/" + id + "/taps", token, Map.of("x", c[0], "y", c[1]));
            assertThat(tap.data().path("hit").asBoolean()).as(tap.toString()).isTrue();
            if (i < answered) {
                clock.advance(Duration.ofMillis(9_000 + pace[(i + 2) % pace.length]));
                String key = tap.data().path("hazard").path("question").path("options").get(0).path("key").asString();
                Api.Res a = api.post("/api/app/quiz/attempts/" + id + "/answers", token, Map.of("hazardId", hazards.get(i).get("code"),
                        "answer", List.of(key)));
                assertThat(a.code()).as(a.toString()).isZero();
            }
        }
        clock.advance(Duration.ofMillis(2_500));
        Api.Res done = api.post("/api/app/quiz/attempts/" + id + "/finish", token, Map.of());
        assertThat(done.code()).as(done.toString()).isZero();
        return done.data();
    }
}
