package cn.safetymonth.statistics;

import cn.safetymonth.pledge.PledgeFixtures;
import cn.safetymonth.quiz.QuizTestSupport;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import cn.safetymonth.support.TestPhotos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

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
 * the platform records, some of them not real participation (levels flagged as bots, some of those cleared by an admin,
 * levels closed with nothing answered, quick tests beyond the day's counted ones, rejected reports, some of those
 * reconsidered, reports hidden by content security) → every platform cell of every union's table, for every form and
 * period, equals a count done the slow way over the raw records of each module.
 */
class StatisticsExactnessIT extends IntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    FoldService fold;

    @Autowired
    FactRecorder recorder;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

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
        List<Long> works = new ArrayList<>();
        List<String> workAuthors = new ArrayList<>();
        List<JsonNode> events = new ArrayList<>();
        List<long[]> reports = new ArrayList<>(); // report id, index of its reporter

        for (int day = 0; day < 3; day++) {
            for (int e = 0; e < 2; e++) {
                events.add(createEvent(all.get(rnd.nextInt(all.size())), EVENT_TYPES.get(rnd.nextInt(EVENT_TYPES.size()))));
            }
            if (day == 0) {
                everyKindOnce(workers, events, reports, works, workAuthors);
            }
            for (String w : workers) {
                int roll = rnd.nextInt(100);
                if (roll < 20) {
                    join(w, grassroots.get(rnd.nextInt(grassroots.size())));
                } else if (roll < 26) {
                    api.delete("/api/app/me/union", w); // plays on as 社会公众: counted in no union's table
                }
                int act = rnd.nextInt(100);
                if (act < 45) {
                    play(w, Play.PERSON);
                } else if (act < 55) {
                    play(w, Play.NOTHING_ANSWERED);
                } else if (act < 65) {
                    play(w, Play.BOT);
                } else if (act < 85) {
                    for (int t = 1 + rnd.nextInt(5); t > 0; t--) {
                        quickTest(w); // more than three a day: the rest are for learning, not counted
                    }
                }
                int other = rnd.nextInt(100);
                if (other < 25) {
                    api.upload("/api/app/pledges/" + PLEDGES.get(rnd.nextInt(PLEDGES.size())) + "/signatures", w, "signature", "s.png",
                            "image/png", PledgeFixtures.signaturePng()); // a second signature of one pledge is refused: fine
                } else if (other < 45) {
                    api.post("/api/app/check-ins", w, Map.of("themeCode", "POST_SELF_CHECK"));
                } else if (other < 60) {
                    Api.Res work = api.post("/api/app/works", w, Map.of("kind", "LETTER", "clientRequestId", "exact-" + System.nanoTime(),
                            "body", "爸妈：这个月单位开展安全生产月活动，我学会了检查灭火器压力表，家里的插线板也别再串联使用了。"));
                    if (work.code() == 0) {
                        works.add(work.data().path("workId").asLong());
                        workAuthors.add(w);
                    }
                } else if (other < 70) {
                    long report = report(w, rnd);
                    if (report > 0) {
                        reports.add(new long[]{report, workers.indexOf(w)});
                    }
                } else if (other < 85 && !events.isEmpty()) {
                    api.post("/api/app/events/sign-ins", w, Map.of("scene", events.get(rnd.nextInt(events.size())).path("scene").asString()));
                }
                if (rnd.nextInt(100) < 15) {
                    join(w, grassroots.get(rnd.nextInt(grassroots.size())));
                }
            }
            for (int i = 0; i < works.size(); i++) {
                int roll = rnd.nextInt(100);
                if (roll < 30) {
                    api.post("/api/admin/works/" + works.get(i) + "/review", platformAdminToken(), Map.of("outcome", "RETURNED", "reason", "请写得更具体一些"));
                } else if (roll < 50) {
                    api.post("/api/admin/works/" + works.get(i) + "/review", platformAdminToken(), Map.of("outcome", "ACCEPTED"));
                } else if (roll < 70) {
                    api.put("/api/app/works/" + works.get(i), workAuthors.get(i), Map.of("body",
                            "爸妈：我学会了使用灭火器，燃气软管要定期更换，电动车不要在楼道里充电，出门记得关电源。")); // only a returned one takes it
                }
            }
            for (long[] report : reports) {
                advance(report[0], workers.get((int) report[1]), rnd, all);
            }
            // an admin looks at some flagged attempts and finds a person behind them: they count from now on
            for (Long flagged : jdbc.queryForList("SELECT id FROM quiz_attempt WHERE flagged = TRUE AND status = 'CLOSED'", Long.class)) {
                if (rnd.nextInt(100) < 40) {
                    Api.Res cleared = api.post("/api/admin/quiz/flagged-attempts/" + flagged + "/clear", platformAdminToken(), Map.of());
                    assertThat(cleared.code()).as(cleared.toString()).isZero();
                }
            }
            for (JsonNode event : events) {
                if (rnd.nextInt(100) < 30) {
                    Api.Res r = api.multipart("/api/admin/events/" + event.path("eventId").asLong() + "/record", platformAdminToken(),
                            Map.of("headCount", Integer.toString(5 + rnd.nextInt(60))), "photos", "site.jpg",
                            List.of(PledgeFixtures.photoJpeg(320, 240)), "image/jpeg");
                    assertThat(r.code()).as(r.toString()).isZero();
                }
            }
            if (day == 1) {
                fold.foldAll(); // some acts folded, the rest read unfolded: both paths must agree
            }
            clock.advance(Duration.ofDays(1));
        }
        all.add(new Node(unionId("QH"), jdbc.queryForObject("SELECT path FROM org_union WHERE code = 'QH'", String.class), null));
        this.nodes = all.toArray(Node[]::new);
        actsOutsideEveryWindow(all, rnd);

        // compare while the fold runs: a read must see each act exactly once, folded or not
        java.util.concurrent.atomic.AtomicBoolean comparing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread folder = new Thread(() -> {
            while (comparing.get()) {
                fold.foldAll();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        folder.start();
        List<String> mismatches;
        try {
            mismatches = compareAll();
        } finally {
            comparing.set(false);
            folder.join();
        }
        assertThat(mismatches).as("seed " + seed).isEmpty();
        for (Node node : List.of(county, all.get(1))) {
            assertThat(childrenSheetsAddUp(node)).as("下级明细, seed " + seed).isEmpty();
        }
        fold.rebuild(); // every counter forgotten and folded again from the facts, people back-filled window by window
        assertThat(compareAll()).as("after a rebuild, seed " + seed).isEmpty();
        // the generator really acted: every kind of record exists in the random subtree
        String like = county.path() + "%";
        for (String table : List.of("quiz_attempt", "quiz_quick_test", "pledge_signature", "pledge_check_in", "pledge_work", "hazard_report", "pledge_event")) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE union_path LIKE ?", like)).as(table + ", seed " + seed).isPositive();
        }
        assertThat(count("SELECT COUNT(*) FROM hazard_report WHERE verified_at IS NOT NULL AND union_path LIKE ?", like)).as("seed " + seed).isPositive();
        // and every rule of what counts was exercised
        assertThat(count("SELECT COUNT(*) FROM quiz_attempt WHERE answered_count = 0 AND status = 'CLOSED'")).as("seed " + seed).isPositive();
        assertThat(count("SELECT COUNT(*) FROM quiz_attempt WHERE flag_cleared_at IS NOT NULL")).as("seed " + seed).isPositive();
        assertThat(count("SELECT COUNT(*) FROM quiz_quick_test WHERE status = 'FINISHED' AND counted_slot IS NULL")).as("seed " + seed).isPositive();
        assertThat(count("SELECT COUNT(*) FROM hazard_report WHERE flagged = TRUE AND union_path LIKE ?", like)).as("seed " + seed).isPositive();
        assertThat(count("SELECT COUNT(*) FROM hazard_event e JOIN hazard_report r ON r.id = e.report_id WHERE e.action = 'RECONSIDER' "
                + "AND r.union_path LIKE ?", like)).as("seed " + seed).isPositive();
    }

    private Node[] nodes;

    /**
     * The export's 下级明细 of every form: its 合计 row is sheet 1's number for every blank, and for every summable unit
     * 本级 plus the children is that 合计; 人 is never a sum.
     */
    private List<String> childrenSheetsAddUp(Node node) throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (JsonNode form : api.get("/api/admin/statistics/forms", platformAdminToken()).data()) {
            String code = form.path("code").asString();
            JsonNode table = api.get("/api/admin/statistics/forms/" + code + "/table?unionId=" + node.id(), platformAdminToken()).data();
            List<JsonNode> cells = new ArrayList<>();
            table.path("items").forEach(i -> i.path("lines").forEach(l -> l.path("segments").forEach(sg -> {
                if (!sg.path("cell").isMissingNode() && !sg.path("cell").isNull()) {
                    cells.add(sg.path("cell"));
                }
            })));
            byte[] xlsx = api.get("/api/admin/statistics/forms/" + code + "/export?unionId=" + node.id(), platformAdminToken()).raw();
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                var sheet = wb.getSheet("下级明细");
                int last = sheet.getLastRowNum();
                assertThat(sheet.getRow(last).getCell(0).getStringCellValue()).isEqualTo("合计");
                assertThat(sheet.getRow(last - 1).getCell(0).getStringCellValue()).startsWith("本级");
                for (int i = 0; i < cells.size(); i++) {
                    JsonNode cell = cells.get(i);
                    String unit = cell.path("unit").asString();
                    if ("文字".equals(unit)) {
                        continue;
                    }
                    long total = number(sheet.getRow(last).getCell(i + 1));
                    if (total != cell.path("value").asLong()) {
                        mismatches.add(code + " union " + node.id() + " " + cell.path("blankId").asString() + ": 合计 " + total + ", sheet 1 "
                                + cell.path("value").asLong());
                    }
                    if ("人".equals(unit)) {
                        continue;
                    }
                    long sum = 0;
                    for (int r = 1; r < last; r++) {
                        sum += number(sheet.getRow(r).getCell(i + 1));
                    }
                    if (sum != total) {
                        mismatches.add(code + " union " + node.id() + " " + cell.path("blankId").asString() + ": 本级 + 下级 = " + sum
                                + ", 合计 " + total);
                    }
                }
            }
        }
        return mismatches;
    }

    private static long number(org.apache.poi.ss.usermodel.Cell c) {
        return c == null || c.getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC ? 0 : (long) c.getNumericCellValue();
    }

    private List<String> compareAll() {
        List<String> mismatches = new ArrayList<>();
        JsonNode forms = api.get("/api/admin/statistics/forms", platformAdminToken()).data();
        for (JsonNode form : forms) {
            for (JsonNode period : form.path("periods")) {
                for (Node node : nodes) {
                    compare(form, period.path("key").asString(), node, mismatches);
                }
            }
        }
        return mismatches;
    }

    /**
     * Acts recorded (as each module's listener records them) on days before every form's window and after it: the
     * records of the modules never hold such days here, so a table that counted them would differ from the slow count.
     */
    private void actsOutsideEveryWindow(List<Node> unions, Random rnd) {
        LocalDate earliest = LocalDate.now(clock).minusYears(1);
        LocalDate latest = LocalDate.now(clock).plusYears(1);
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 20; i++) {
                Node u = unions.get(rnd.nextInt(unions.size()));
                LocalDate day = i % 2 == 0 ? earliest.plusDays(i) : latest.minusDays(i);
                Metric metric = Metric.values()[rnd.nextInt(Metric.values().length)];
                if (!metric.people()) {
                    recorder.count(new FactRecorder.Act(metric, null, "test.outside", 900_000 + i, 1L, u.id(), u.path(),
                            day.atTime(10, 0), day, 1, null));
                }
            }
        });
    }

    private void compare(JsonNode form, String period, Node node, List<String> mismatches) {
        Api.Res r = api.get("/api/admin/statistics/forms/" + form.path("code").asString() + "/table?unionId=" + node.id()
                + "&period=" + period, platformAdminToken());
        assertThat(r.code()).as(r.toString()).isZero();
        LocalDate through = LocalDate.parse(r.data().path("countedThrough").asString());
        for (JsonNode item : r.data().path("items")) {
            for (JsonNode line : item.path("lines")) {
                for (JsonNode seg : line.path("segments")) {
                    JsonNode cell = seg.path("cell");
                    if (!"PLATFORM".equals(cell.path("source").asString()) || "文字".equals(cell.path("unit").asString())) {
                        continue;
                    }
                    if (cell.path("countsFrom").isNull()) {
                        if (cell.path("value").asLong() != 0) {
                            mismatches.add(form.path("code").asString() + "/" + period + " union " + node.id() + " "
                                    + cell.path("blankId").asString() + ": counts on no day of the period, yet " + cell.path("value"));
                        }
                        continue;
                    }
                    // the days the cell counts: a week's own for a weekly period, 6月16日 for that day's on-site line
                    LocalDate from = LocalDate.parse(cell.path("countsFrom").asString());
                    LocalDate cellTo = LocalDate.parse(cell.path("countsTo").asString());
                    LocalDate to = cellTo.isBefore(through) ? cellTo : through;
                    long expected = 0;
                    for (JsonNode part : cell.path("parts")) {
                        expected += bruteForce(part.path("term").asString(), node.path(), from, to);
                    }
                    if (cell.path("value").asLong() != expected) {
                        mismatches.add(form.path("code").asString() + "/" + period + " union " + node.id() + " " + cell.path("blankId").asString()
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
            case "quiz.attempts" -> count("SELECT COUNT(*) FROM quiz_attempt WHERE status = 'CLOSED' AND flagged = FALSE AND answered_count > 0 "
                    + "AND union_path LIKE ? AND play_date BETWEEN ? AND ?" + (qualifier == null ? "" : " AND scene = '" + qualifier + "'"), like, from, to);
            case "quiz.participants" -> quizPlayers(like, from, to).size();
            case "quiz.quicktests" -> count("SELECT COUNT(*) FROM quiz_quick_test WHERE counted_slot IS NOT NULL AND union_path LIKE ? "
                    + "AND CAST(finished_at AS DATE) BETWEEN ? AND ?", like, from, to);
            case "all.participants" -> participants(like, from, to).size();
            case "pledge.signatures" -> count("SELECT COUNT(*) FROM pledge_signature WHERE union_path LIKE ? "
                    + "AND CAST(signed_at AS DATE) BETWEEN ? AND ?" + and("kind", qualifier), like, from, to);
            case "checkin.checkins" -> count("SELECT COUNT(*) FROM pledge_check_in WHERE union_path LIKE ? "
                    + "AND CAST(checked_in_at AS DATE) BETWEEN ? AND ?" + and("theme_code", qualifier), like, from, to);
            case "work.works" -> count("SELECT COUNT(*) FROM pledge_work WHERE status <> 'RETURNED' AND union_path LIKE ? "
                    + "AND CAST(submitted_at AS DATE) BETWEEN ? AND ?" + and("kind", qualifier), like, from, to);
            case "event.sessions" -> count("SELECT COUNT(*) FROM pledge_event WHERE union_path LIKE ? "
                    + "AND CAST(starts_at AS DATE) BETWEEN ? AND ?" + and("event_type", qualifier), like, from, to);
            case "event.recorded-attendance" -> count("SELECT COALESCE(SUM(recorded_head_count), 0) FROM pledge_event WHERE union_path LIKE ? "
                    + "AND CAST(starts_at AS DATE) BETWEEN ? AND ?" + and("event_type", qualifier), like, from, to);
            case "event.attendance" -> count("SELECT COUNT(*) FROM pledge_event_sign_in WHERE event_union_path LIKE ? "
                    + "AND CAST(signed_in_at AS DATE) BETWEEN ? AND ?" + and("event_type", qualifier), like, from, to);
            case "hazard.submissions" -> count("SELECT COUNT(*) FROM hazard_report WHERE flagged = FALSE "
                    + "AND (state <> 'REJECTED' OR duplicate_of IS NOT NULL) AND union_path LIKE ? "
                    + "AND CAST(submitted_at AS DATE) BETWEEN ? AND ?" + and("category", qualifier), like, from, to);
            case "hazard.verified" -> count("SELECT COUNT(*) FROM hazard_report WHERE verified_at IS NOT NULL AND union_path LIKE ? "
                    + "AND CAST(verified_at AS DATE) BETWEEN ? AND ?" + and("hazard_level", qualifier), like, from, to);
            case "hazard.rectified" -> count("SELECT COUNT(*) FROM hazard_report WHERE state IN ('RECTIFIED', 'CLOSED') AND union_path LIKE ? "
                    + "AND CAST(rectified_at AS DATE) BETWEEN ? AND ?" + and("hazard_level", qualifier), like, from, to);
            default -> throw new AssertionError("no brute-force count for " + metric);
        };
    }

    private static String and(String column, String qualifier) {
        return qualifier == null ? "" : " AND " + column + " = '" + qualifier + "'";
    }

    /** Everyone who acted in the subtree: each act's own table, with the union it counted for. */
    private Set<Long> participants(String like, LocalDate from, LocalDate to) {
        Set<Long> people = new HashSet<>(quizPlayers(like, from, to));
        for (String sql : List.of(
                "SELECT worker_id FROM quiz_quick_test WHERE counted_slot IS NOT NULL AND union_path LIKE ? AND CAST(finished_at AS DATE) BETWEEN ? AND ?",
                "SELECT worker_id FROM pledge_signature WHERE union_path LIKE ? AND CAST(signed_at AS DATE) BETWEEN ? AND ?",
                "SELECT worker_id FROM pledge_check_in WHERE union_path LIKE ? AND CAST(checked_in_at AS DATE) BETWEEN ? AND ?",
                // a returned work still shows its writer took part, though it no longer counts as a work
                "SELECT worker_id FROM pledge_work WHERE union_path LIKE ? AND CAST(submitted_at AS DATE) BETWEEN ? AND ?",
                "SELECT worker_id FROM pledge_event_sign_in WHERE event_union_path LIKE ? AND CAST(signed_in_at AS DATE) BETWEEN ? AND ?",
                // a report hidden from the start (its text refused) never counted; one rejected later still shows its reporter took part
                "SELECT reporter_id FROM hazard_report WHERE text_verdict <> 'RISKY' AND union_path LIKE ? AND CAST(submitted_at AS DATE) BETWEEN ? AND ?")) {
            people.addAll(jdbc.queryForList(sql, Long.class, like, from, to));
        }
        return people;
    }

    /** One act of every kind, whatever the dice say later, so no kind can be missing from a run. */
    private void everyKindOnce(List<String> workers, List<JsonNode> events, List<long[]> reports, List<Long> works,
                               List<String> workAuthors) throws Exception {
        long report = report(workers.get(0), new Random(1));
        reports.add(new long[]{report, 0});
        assertThat(api.post("/api/admin/hazard/reports/" + report + "/review", platformAdminToken(),
                Map.of("decision", "VERIFY", "level", "GENERAL")).code()).isZero();
        api.upload("/api/app/pledges/COMMITMENT/signatures", workers.get(1), "signature", "s.png", "image/png", PledgeFixtures.signaturePng());
        api.post("/api/app/check-ins", workers.get(2), Map.of("themeCode", "POST_SELF_CHECK"));
        Api.Res work = api.post("/api/app/works", workers.get(3), Map.of("kind", "LETTER", "clientRequestId", "exact-" + System.nanoTime(),
                "body", "爸妈：单位教我们查灭火器压力表，指针在绿区才有效，家里的那只也请看一看。"));
        works.add(work.data().path("workId").asLong());
        workAuthors.add(workers.get(3));
        api.post("/api/app/events/sign-ins", workers.get(4), Map.of("scene", events.get(0).path("scene").asString()));
        quickTest(workers.get(5));
        play(workers.get(6), Play.PERSON);
        play(workers.get(7), Play.NOTHING_ANSWERED);
        play(workers.get(8), Play.BOT);
        // an admin finds a person behind that flagged level: whatever the dice say later, one clearing happens
        Long flagged = jdbc.queryForObject("SELECT MAX(id) FROM quiz_attempt WHERE flagged = TRUE AND status = 'CLOSED' "
                + "AND flag_cleared_at IS NULL", Long.class);
        assertThat(flagged).as("the bot's level is flagged").isNotNull();
        Api.Res cleared = api.post("/api/admin/quiz/flagged-attempts/" + flagged + "/clear", platformAdminToken(), Map.of());
        assertThat(cleared.code()).as(cleared.toString()).isZero();
        for (int i = 0; i < 4; i++) {
            quickTest(workers.get(9)); // the fourth of the day is not counted
        }
        reports.add(new long[]{hiddenReport(workers.get(10)), 10});
        long rejected = report(workers.get(11), new Random(2));
        reports.add(new long[]{rejected, 11});
        assertThat(api.post("/api/admin/hazard/reports/" + rejected + "/review", platformAdminToken(),
                Map.of("decision", "REJECT", "reason", "照片中看不出隐患")).code()).isZero();
        assertThat(api.post("/api/admin/hazard/reports/" + rejected + "/reconsider", platformAdminToken(),
                Map.of("note", "补充材料说明确有隐患")).code()).isZero();
    }

    /** A report whose text WeChat's content security refuses: hidden from the start, never counted. */
    private long hiddenReport(String worker) {
        Api.Res photo = api.upload("/api/app/hazard/photos", worker, "file", "tmp_wx.jpg", "image/jpeg", TestPhotos.jpeg(320, 240));
        Api.Res r = api.post("/api/app/hazard/reports", worker, Map.of("photoTokens", List.of(photo.data().path("token").asString()),
                "location", Map.of("latitude", 30.651, "longitude", 114.301, "coordSystem", "GCJ02"), "scene", "ENTERPRISE",
                "category", "FIRE", "description", "违禁内容测试：这里写的不是隐患", "idempotencyKey", "k" + System.nanoTime()));
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data().path("report").path("id").asLong();
    }

    static final List<String> CATEGORIES = List.of("FIRE", "EBIKE_CHARGING", "OLD_WIRING", "GAS");

    /** A 随手拍 report with one photo; 0 when refused (the worker's union may be none: then the platform reviews it). */
    private long report(String worker, Random rnd) {
        Api.Res photo = api.upload("/api/app/hazard/photos", worker, "file", "tmp_wx.jpg", "image/jpeg", TestPhotos.jpeg(320, 240));
        assertThat(photo.code()).as(photo.toString()).isZero();
        Api.Res r = api.post("/api/app/hazard/reports", worker, Map.of("photoTokens", List.of(photo.data().path("token").asString()),
                "location", Map.of("latitude", 30.65 + rnd.nextDouble() / 100, "longitude", 114.30 + rnd.nextDouble() / 100, "coordSystem", "GCJ02"),
                "scene", "ENTERPRISE", "category", CATEGORIES.get(rnd.nextInt(CATEGORIES.size())),
                "description", "车间配电箱旁堆放纸箱，电线老化破皮", "idempotencyKey", "k" + System.nanoTime()));
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data().path("report").path("id").asLong();
    }

    /** One step along the report's life, chosen at random: verify or reject, assign, rectify, reopen or close. */
    private void advance(long id, String reporter, Random rnd, List<Node> unions) {
        String admin = platformAdminToken();
        String state = api.get("/api/admin/hazard/reports/" + id, admin).data().path("state").asString();
        int roll = rnd.nextInt(100);
        switch (state) {
            case "PENDING" -> {
                if (roll < 60) {
                    api.post("/api/admin/hazard/reports/" + id + "/review", admin,
                            Map.of("decision", "VERIFY", "level", roll < 15 ? "MAJOR" : "GENERAL"));
                } else if (roll < 75) {
                    api.post("/api/admin/hazard/reports/" + id + "/review", admin, Map.of("decision", "REJECT", "reason", "照片中看不出隐患"));
                }
            }
            case "REJECTED" -> {
                if (roll < 30) {
                    api.post("/api/admin/hazard/reports/" + id + "/reconsider", admin, Map.of("note", "举报人补充了说明，重新审核"));
                }
            }
            case "VERIFIED" -> {
                if (roll < 70) {
                    api.post("/api/admin/hazard/reports/" + id + "/assign", admin, Map.of("assigneeUnionId", unions.get(rnd.nextInt(unions.size())).id(),
                            "assigneePerson", "设备科", "deadline", LocalDate.now(clock).plusDays(5).toString()));
                }
            }
            case "RECTIFYING" -> {
                if (roll < 70) {
                    String after = api.upload("/api/admin/hazard/photos", admin, "file", "after.jpg", "image/jpeg", TestPhotos.jpeg(320, 240))
                            .data().path("token").asString();
                    api.post("/api/admin/hazard/reports/" + id + "/complete", admin, Map.of("photoTokens", List.of(after), "note", "已更换线缆，清走纸箱"));
                }
            }
            case "RECTIFIED" -> {
                if (roll < 40) {
                    api.post("/api/app/hazard/reports/" + id + "/confirm", reporter, Map.of("fixed", false, "comment", "纸箱又堆回来了"));
                } else if (roll < 80) {
                    api.post("/api/app/hazard/reports/" + id + "/confirm", reporter, Map.of("fixed", true));
                }
            }
            default -> { }
        }
    }

    static final List<String> PLEDGES = List.of("COMMITMENT", "INITIATIVE", "MANAGER_COMMITMENT");
    static final List<String> EVENT_TYPES = List.of("LECTURE", "PRE_SHIFT", "WARNING_FILM", "EVACUATION_DRILL", "OTHER", "THEORY_STUDY");

    private JsonNode createEvent(Node union, String type) {
        Api.Res r = api.post("/api/admin/events", platformAdminToken(), Map.of("unionId", union.id(), "eventType", type,
                "name", "精确性测试活动", "startsAt", java.time.LocalDateTime.now(clock).minusMinutes(10).withNano(0).toString(),
                "endsAt", java.time.LocalDateTime.now(clock).plusHours(3).withNano(0).toString(), "place", "职工之家"));
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data();
    }

    private List<Long> quizPlayers(String like, LocalDate from, LocalDate to) {
        return jdbc.queryForList("SELECT DISTINCT worker_id FROM quiz_attempt WHERE status = 'CLOSED' AND flagged = FALSE AND answered_count > 0 "
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
                r.data().path("joinCode").asString());
    }

    private void join(String worker, Node union) {
        Api.Res r = api.post("/api/app/me/union", worker, Map.of("joinCode", union.joinCode()));
        assertThat(r.code()).as(r.toString()).isZero();
    }

    enum Play { PERSON, NOTHING_ANSWERED, BOT }

    /**
     * Today's level: one hazard found and answered at a person's pace; or one found and the level closed with nothing
     * answered; or (as a bot would) all five answered within seconds.
     */
    private void play(String worker, Play how) throws Exception {
        if (how != Play.BOT) {
            QuizTestSupport.playLikeAPerson(api, jdbc, clock, worker, "COMMUNITY", 1, how == Play.PERSON ? 1 : 0);
            return; // null when every community level was already cleared by this worker
        }
        boolean tooFast = true;
        Api.Res start = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "COMMUNITY"));
        if (start.code() != 0) {
            return; // every community level already cleared by this worker
        }
        long id = start.data().path("attemptId").asLong();
        List<Map<String, Object>> hazards = jdbc.queryForList("SELECT h.code, h.region_json, h.options_json, h.answer_keys FROM quiz_hazard h "
                + "JOIN quiz_level l ON l.id = h.level_id WHERE l.code = ? ORDER BY h.seq", start.data().path("levelCode").asString());
        for (Map<String, Object> h : tooFast ? hazards : hazards.subList(0, 1)) {
            double[] c = QuizTestSupport.inside(JSON.readTree((String) h.get("region_json")));
            Api.Res tap = api.post("/api/app/quiz/attempts/" + id + "/taps", worker, Map.of("x", c[0], "y", c[1]));
            clock.advance(Duration.ofMillis(400));
            if (tooFast) {
                JsonNode options = tap.data().path("hazard").path("question").path("options");
                api.post("/api/app/quiz/attempts/" + id + "/answers", worker, Map.of("hazardId", h.get("code"),
                        "answer", List.of(options.get(0).path("key").asString())));
                clock.advance(Duration.ofMillis(400));
            }
        }
        api.post("/api/app/quiz/attempts/" + id + "/finish", worker, Map.of());
    }

    private void quickTest(String worker) {
        clock.advance(Duration.ofSeconds(31)); // a quick test starts at most every 30 s
        Api.Res start = api.post("/api/app/quiz/quick-tests", worker, Map.of());
        assertThat(start.code()).as(start.toString()).isZero();
        long id = start.data().path("testId").asLong();
        JsonNode q = start.data().path("question");
        for (int seq = 1; seq <= start.data().path("total").asInt(); seq++) {
            clock.advance(Duration.ofMillis(400));
            Api.Res a = api.post("/api/app/quiz/quick-tests/" + id + "/answers", worker,
                    Map.of("seq", seq, "answer", List.of(q.path("options").get(0).path("key").asString())));
            q = a.data().path("next");
        }
    }
}
