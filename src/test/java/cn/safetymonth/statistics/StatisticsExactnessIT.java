package cn.safetymonth.statistics;

import cn.safetymonth.quiz.QuizTestSupport;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A random union tree, random workers who move between unions (or leave them) mid-campaign, random acts of every kind
 * the platform records, some flagged as bots → every platform cell of every union's table, for every form and period,
 * equals a count done the slow way over the raw records of each module.
 */
class StatisticsExactnessIT extends IntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    FoldService fold;

    record Node(long id, String path, String joinCode) {
    }

    @Test
    void everyCellOfEveryUnionEqualsABruteForceCountOverTheRawRecords() throws Exception {
        long seed = System.nanoTime();
        Random rnd = new Random(seed);
        String run = Long.toString(seed % 100000);
        Node county = create(unionId("QH"), "EX" + run, "COUNTY");
        List<Node> all = new ArrayList<>(List.of(county));
        List<Node> grassroots = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Node mid = create(county.id(), "EX" + run + "-" + i, "INDUSTRY");
            all.add(mid);
            for (int j = 0; j < 2 + rnd.nextInt(2); j++) {
                Node g = create(mid.id(), "EX" + run + "-" + i + "-" + j, "GRASSROOTS");
                all.add(g);
                grassroots.add(g);
            }
        }
        Node direct = create(county.id(), "EX" + run + "-D", "DIRECT_GRASSROOTS");
        all.add(direct);
        grassroots.add(direct);

        List<String> workers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String w = workerToken(freshUser("exact"));
            join(w, grassroots.get(rnd.nextInt(grassroots.size())));
            workers.add(w);
        }
        for (int day = 0; day < 3; day++) {
            for (String w : workers) {
                int roll = rnd.nextInt(100);
                if (roll < 20) {
                    join(w, grassroots.get(rnd.nextInt(grassroots.size())));
                } else if (roll < 26) {
                    api.delete("/api/app/me/union", w); // plays on as 社会公众: counted in no union's table
                }
                int act = rnd.nextInt(100);
                if (act < 55) {
                    play(w, false);
                } else if (act < 65) {
                    play(w, true);
                } else if (act < 85) {
                    quickTest(w);
                }
                if (rnd.nextInt(100) < 15) {
                    join(w, grassroots.get(rnd.nextInt(grassroots.size())));
                }
            }
            if (day == 1) {
                fold.foldAll(); // some acts folded, the rest read unfolded: both paths must agree
            }
            clock.advance(Duration.ofDays(1));
        }
        all.add(new Node(unionId("QH"), jdbc.queryForObject("SELECT path FROM org_union WHERE code = 'QH'", String.class), null));

        List<String> mismatches = new ArrayList<>();
        JsonNode forms = api.get("/api/admin/statistics/forms", platformAdminToken()).data();
        for (JsonNode form : forms) {
            for (JsonNode period : form.path("periods")) {
                for (Node node : all) {
                    compare(form, period.path("key").asText(), node, mismatches);
                }
            }
        }
        assertThat(mismatches).as("seed " + seed).isEmpty();
    }

    private void compare(JsonNode form, String period, Node node, List<String> mismatches) {
        Api.Res r = api.get("/api/admin/statistics/forms/" + form.path("code").asText() + "/table?unionId=" + node.id()
                + "&period=" + period, platformAdminToken());
        assertThat(r.code()).as(r.toString()).isZero();
        LocalDate from = LocalDate.parse(form.path("startDate").asText());
        LocalDate to = LocalDate.parse(r.data().path("countedThrough").asText());
        for (JsonNode item : r.data().path("items")) {
            for (JsonNode line : item.path("lines")) {
                for (JsonNode seg : line.path("segments")) {
                    JsonNode cell = seg.path("cell");
                    if (!"PLATFORM".equals(cell.path("source").asText())) {
                        continue;
                    }
                    long expected = 0;
                    for (JsonNode part : cell.path("parts")) {
                        expected += bruteForce(part.path("term").asText(), node.path(), from, to);
                    }
                    if (cell.path("value").asLong() != expected) {
                        mismatches.add(form.path("code").asText() + "/" + period + " union " + node.id() + " " + cell.path("blankId").asText()
                                + ": table " + cell.path("value").asLong() + ", records " + expected);
                    }
                }
            }
        }
    }

    /** The slow way: straight from each module's own rows. */
    private long bruteForce(String term, String path, LocalDate from, LocalDate to) {
        String metric = term.contains("[") ? term.substring(0, term.indexOf('[')) : term;
        String qualifier = term.contains("[") ? term.substring(term.indexOf('[') + 1, term.length() - 1) : null;
        String like = path + "%";
        return switch (metric) {
            case "quiz.attempts" -> count("SELECT COUNT(*) FROM quiz_attempt WHERE status = 'CLOSED' AND flagged = FALSE "
                    + "AND union_path LIKE ? AND play_date BETWEEN ? AND ?" + (qualifier == null ? "" : " AND scene = '" + qualifier + "'"), like, from, to);
            case "quiz.participants" -> quizPlayers(like, from, to).size();
            case "quiz.quicktests" -> count("SELECT COUNT(*) FROM quiz_quick_test WHERE status = 'FINISHED' AND union_path LIKE ? "
                    + "AND CAST(finished_at AS DATE) BETWEEN ? AND ?", like, from, to);
            case "all.participants" -> {
                Set<Long> people = new HashSet<>(quizPlayers(like, from, to));
                people.addAll(jdbc.queryForList("SELECT worker_id FROM quiz_quick_test WHERE status = 'FINISHED' AND union_path LIKE ? "
                        + "AND CAST(finished_at AS DATE) BETWEEN ? AND ?", Long.class, like, from, to));
                yield people.size();
            }
            default -> 0; // acts no module of this build records yet
        };
    }

    private List<Long> quizPlayers(String like, LocalDate from, LocalDate to) {
        return jdbc.queryForList("SELECT DISTINCT worker_id FROM quiz_attempt WHERE status = 'CLOSED' AND flagged = FALSE "
                + "AND union_path LIKE ? AND play_date BETWEEN ? AND ?", Long.class, like, from, to);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private Node create(long parent, String code, String type) {
        Api.Res r = api.post("/api/admin/unions/" + parent + "/children", platformAdminToken(),
                Map.of("code", code, "name", "精确性测试工会 " + code, "type", type));
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode u = r.data().path("union");
        return new Node(u.path("id").asLong(), jdbc.queryForObject("SELECT path FROM org_union WHERE id = ?", String.class, u.path("id").asLong()),
                r.data().path("joinCode").asText());
    }

    private void join(String worker, Node union) {
        Api.Res r = api.post("/api/app/me/union", worker, Map.of("joinCode", union.joinCode()));
        assertThat(r.code()).as(r.toString()).isZero();
    }

    /** Today's level: one hazard and finish, or (as a bot would) all five answered within seconds. */
    private void play(String worker, boolean tooFast) throws Exception {
        Api.Res start = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "COMMUNITY"));
        if (start.code() != 0) {
            return; // every community level already cleared by this worker
        }
        long id = start.data().path("attemptId").asLong();
        List<Map<String, Object>> hazards = jdbc.queryForList("SELECT h.code, h.region_json, h.options_json, h.answer_keys FROM quiz_hazard h "
                + "JOIN quiz_level l ON l.id = h.level_id WHERE l.code = ? ORDER BY h.seq", start.data().path("levelCode").asText());
        for (Map<String, Object> h : tooFast ? hazards : hazards.subList(0, 1)) {
            double[] c = QuizTestSupport.inside(JSON.readTree((String) h.get("region_json")));
            Api.Res tap = api.post("/api/app/quiz/attempts/" + id + "/taps", worker, Map.of("x", c[0], "y", c[1]));
            clock.advance(Duration.ofMillis(400));
            if (tooFast) {
                JsonNode options = tap.data().path("hazard").path("question").path("options");
                api.post("/api/app/quiz/attempts/" + id + "/answers", worker, Map.of("hazardId", h.get("code"),
                        "answer", List.of(options.get(0).path("key").asText())));
                clock.advance(Duration.ofMillis(400));
            }
        }
        api.post("/api/app/quiz/attempts/" + id + "/finish", worker, Map.of());
    }

    private void quickTest(String worker) {
        Api.Res start = api.post("/api/app/quiz/quick-tests", worker, Map.of());
        long id = start.data().path("testId").asLong();
        JsonNode q = start.data().path("question");
        for (int seq = 1; seq <= start.data().path("total").asInt(); seq++) {
            clock.advance(Duration.ofMillis(400));
            Api.Res a = api.post("/api/app/quiz/quick-tests/" + id + "/answers", worker,
                    Map.of("seq", seq, "answer", List.of(q.path("options").get(0).path("key").asText())));
            q = a.data().path("next");
        }
    }
}
