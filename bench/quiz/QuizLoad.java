import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver of the quiz benchmark. Phase 1: a trivial endpoint at N connections (the baseline).
 * Phase 2: realistic play at N connections: each connection plays its share of the workers a few at a
 * time, one step of each in turn (start, two misses, then for each hazard a tap and an answer, then
 * finish), so no single worker taps faster than the per-worker limit and every level is played through. Prints req/s and p50/p99 of both, and the
 * number of answers acknowledged with success next to the rows the database holds.
 *
 * usage: java -cp CP QuizLoad.java BASE_URL TOKENS_FILE JDBC_URL SECONDS CONNECTIONS APP_PID
 */
public class QuizLoad {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Hazard(String code, double x, double y, List<String> answerTexts) {
    }

    static final class Player {
        final String token;
        long attemptId;
        String level;
        int step;
        JsonNode question;
        boolean done;

        Player(String token) {
            this.token = token;
        }
    }

    static final class Stats {
        final List<Long> nanos = new ArrayList<>();
        long ok;
        long failed;

        synchronized void add(long n, boolean success) {
            nanos.add(n);
            if (success) {
                ok++;
            } else {
                failed++;
            }
        }
    }

    /** People each connection plays at once. */
    static final int PLAYING = 5;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> tokens = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
        String jdbc = args[2];
        int seconds = Integer.parseInt(args[3]);
        int connections = Integer.parseInt(args[4]);
        String pid = args[5];
        Map<String, List<Hazard>> levels = loadLevels(jdbc);

        Stats baseline = new Stats();
        double baselineRps = runFor(Math.max(10, seconds / 3), connections, c -> () -> {
            long t = System.nanoTime();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/actuator/info")).GET().build());
            baseline.add(System.nanoTime() - t, r != null && r.statusCode() == 200);
        });

        List<List<Player>> shares = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < tokens.size(); i++) {
            shares.get(i % connections).add(new Player(tokens.get(i)));
        }
        String[] scenes = {"ENTERPRISE", "RURAL", "COMMUNITY", "SCHOOL", "FAMILY"};
        Stats mix = new Stats();
        AtomicLong acked = new AtomicLong();
        AtomicLong next = new AtomicLong();
        double mixRps = runFor(seconds, connections, c -> {
            List<Player> mine = shares.get(c);
            int[] cursor = {0};
            int[] first = {0};
            return () -> {
                // a few people at a time on each connection, each played to the end of the level: answers are reached
                // at any throughput, and no one taps faster than the per-worker limit
                while (first[0] < mine.size() && mine.get(first[0]).done) {
                    first[0]++;
                }
                Player p = null;
                for (int tries = 0; tries < PLAYING && p == null; tries++) {
                    int i = first[0] + cursor[0]++ % PLAYING;
                    if (i < mine.size() && !mine.get(i).done) {
                        p = mine.get(i);
                    }
                }
                if (p == null) {
                    Thread.sleep(5);
                    return;
                }
                step(base, p, scenes[(int) (next.incrementAndGet() % scenes.length)], levels, mix, acked);
            };
        });

        long rows;
        try (Connection conn = DriverManager.getConnection(jdbc, "root", "");
             ResultSet rs = conn.createStatement().executeQuery("SELECT COUNT(*) FROM quiz_attempt_hazard WHERE answer_keys IS NOT NULL")) {
            rs.next();
            rows = rs.getLong(1);
        }
        String rss = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM")).reduce((a, b) -> a + "; " + b).orElse("?");

        System.out.printf("%n== quiz benchmark: %d workers, %d connections ==%n", tokens.size(), connections);
        print("baseline  GET /actuator/info", baseline, baselineRps);
        print("play mix  start/tap/answer/finish", mix, mixRps);
        System.out.printf("ratio     play mix / baseline throughput = %.1f%%  (goal >= 25%%)%n", 100 * mixRps / baselineRps);
        System.out.printf("answers   acknowledged with success = %d, rows in quiz_attempt_hazard with an answer = %d  -> %s%n",
                acked.get(), rows, acked.get() == rows ? "MATCH" : "MISMATCH");
        System.out.printf("memory    service %s%n", rss.replaceAll("\\s+", " "));
    }

    static void step(String base, Player p, String scene, Map<String, List<Hazard>> levels, Stats stats, AtomicLong acked) throws Exception {
        if (p.attemptId == 0) {
            JsonNode r = call(base + "/api/app/quiz/attempts", p.token, Map.of("scene", scene), stats);
            if (r == null || r.path("code").asInt() != 0) {
                p.done = true;
                return;
            }
            p.attemptId = r.path("data").path("attemptId").asLong();
            p.level = r.path("data").path("levelCode").asString();
            return;
        }
        List<Hazard> hazards = levels.get(p.level);
        String at = base + "/api/app/quiz/attempts/" + p.attemptId;
        if (p.step < 2) {
            call(at + "/taps", p.token, Map.of("x", 0.003 + p.step * 0.002, "y", 0.997), stats);
            p.step++;
            return;
        }
        int i = (p.step - 2) / 2;
        if (i < hazards.size()) {
            Hazard h = hazards.get(i);
            if ((p.step - 2) % 2 == 0) {
                JsonNode r = call(at + "/taps", p.token, Map.of("x", h.x(), "y", h.y()), stats);
                p.question = r == null ? null : r.path("data").path("hazard").path("question");
            } else if (p.question != null) {
                List<String> keys = new ArrayList<>();
                // answer right most of the time, as people do
                boolean right = (p.attemptId + i) % 4 != 0;
                p.question.path("options").forEach(o -> {
                    boolean isRight = h.answerTexts().contains(o.path("text").asString());
                    if (isRight == right && (keys.isEmpty() || isRight)) {
                        keys.add(o.path("key").asString());
                    }
                });
                JsonNode r = call(at + "/answers", p.token, Map.of("hazardId", h.code(), "answer", keys), stats);
                if (r != null && r.path("code").asInt() == 0) {
                    acked.incrementAndGet();
                }
            }
            p.step++;
            return;
        }
        call(at + "/finish", p.token, Map.of(), stats);
        p.done = true;
    }

    static JsonNode call(String url, String token, Object body, Stats stats) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        long t = System.nanoTime();
        HttpResponse<String> r = send(req);
        long took = System.nanoTime() - t;
        JsonNode json = r == null ? null : JSON.readTree(r.body());
        stats.add(took, json != null && json.path("code").asInt() == 0);
        return json;
    }

    static HttpResponse<String> send(HttpRequest req) {
        try {
            return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }

    interface Task {
        void run() throws Exception;
    }

    interface TaskFactory {
        Task forConnection(int c);
    }

    static double runFor(int seconds, int connections, TaskFactory factory) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong requests = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Task task = factory.forConnection(c);
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        task.run();
                        requests.incrementAndGet();
                    } catch (Exception e) {
                        requests.incrementAndGet();
                    }
                }
            });
            threads.add(t);
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        return requests.get() / ((System.nanoTime() - start) / 1e9);
    }

    static void print(String what, Stats s, double rps) {
        long[] n = s.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = n.length == 0 ? 0 : n[n.length / 2] / 1e6;
        double p99 = n.length == 0 ? 0 : n[(int) Math.min(n.length - 1, Math.floor(n.length * 0.99))] / 1e6;
        System.out.printf("%-38s %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   (%d ok, %d not ok)%n", what, rps, p50, p99, s.ok, s.failed);
    }

    static Map<String, List<Hazard>> loadLevels(String jdbc) throws Exception {
        Map<String, List<Hazard>> levels = new HashMap<>();
        try (Connection conn = DriverManager.getConnection(jdbc, "root", "");
             ResultSet rs = conn.createStatement().executeQuery("SELECT l.code, h.code, h.region_json, h.options_json, h.answer_keys "
                     + "FROM quiz_hazard h JOIN quiz_level l ON l.id = h.level_id ORDER BY l.code, h.seq")) {
            while (rs.next()) {
                JsonNode region = JSON.readTree(rs.getString(3));
                double[] c = inside(region);
                List<String> answer = Arrays.asList(rs.getString(5).split(","));
                List<String> texts = new ArrayList<>();
                JSON.readTree(rs.getString(4)).forEach(o -> {
                    if (answer.contains(o.path("key").asString())) {
                        texts.add(o.path("text").asString());
                    }
                });
                levels.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Hazard(rs.getString(2), c[0], c[1], texts));
            }
        }
        return levels;
    }

    /** A point inside the region: the centre of an ellipse, a grid point inside a polygon. */
    static double[] inside(JsonNode r) {
        if ("ellipse".equals(r.path("type").asString())) {
            return new double[]{r.path("cx").asDouble(), r.path("cy").asDouble()};
        }
        List<double[]> pts = new ArrayList<>();
        r.path("points").forEach(p -> pts.add(new double[]{p.get(0).asDouble(), p.get(1).asDouble()}));
        double minX = 1, minY = 1, maxX = 0, maxY = 0;
        for (double[] p : pts) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        // the service's own hit-test, so the driver taps where the server will see a hit
        cn.safetymonth.quiz.Region polygon = new cn.safetymonth.quiz.Region.Polygon(pts.stream().map(q -> List.of(q[0], q[1])).toList());
        for (int i = 1; i < 20; i++) {
            for (int j = 1; j < 20; j++) {
                double x = minX + (maxX - minX) * i / 20, y = minY + (maxY - minY) * j / 20;
                if (polygon.contains(x, y)) {
                    return new double[]{x, y};
                }
            }
        }
        return new double[]{(minX + maxX) / 2, (minY + maxY) / 2};
    }
}
