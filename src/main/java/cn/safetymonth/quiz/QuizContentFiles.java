package cn.safetymonth.quiz;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a content folder: {@code campaign.yml}, {@code levels/<scene>/<nn>.yml} (each level with its picture next to
 * it) and {@code quick-test/<topic>.yml} (the quick test's bank, one file per topic). Type mistakes become errors
 * naming file, level (or question) and field.
 */
final class QuizContentFiles {

    record Read(QuizContent.CampaignDef campaign, List<QuizContent.LevelDef> levels,
                List<QuizContent.QuickQuestionDef> quickQuestions, List<String> errors) {
    }

    private QuizContentFiles() {
    }

    static Read read(Path root) throws IOException {
        List<String> errors = new ArrayList<>();
        QuizContent.CampaignDef campaign = readCampaign(root.resolve("campaign.yml"), errors);
        List<QuizContent.LevelDef> levels = new ArrayList<>();
        for (Path file : ymlFiles(root.resolve("levels"))) {
            levels.add(readLevel(root, file, errors));
        }
        List<QuizContent.QuickQuestionDef> quick = new ArrayList<>();
        for (Path file : ymlFiles(root.resolve("quick-test"))) {
            quick.addAll(readQuickTopic(root, file, errors));
        }
        return new Read(campaign, levels, quick, errors);
    }

    private static List<Path> ymlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    /** One topic of the quick-test bank: {@code topic}, {@code title} and its {@code questions}, each with an {@code id}. */
    private static List<QuizContent.QuickQuestionDef> readQuickTopic(Path root, Path file, List<String> errors) throws IOException {
        String source = root.relativize(file).toString().replace('\\', '/');
        Fields f = new Fields(load(file), source, null, errors, "题目");
        String topic = f.string("topic");
        String title = f.string("title");
        List<QuizContent.QuickQuestionDef> out = new ArrayList<>();
        List<Map<String, Object>> rows = f.list("questions");
        for (int i = 0; i < rows.size(); i++) {
            Object id = rows.get(i) == null ? null : rows.get(i).get("id");
            Fields q = new Fields(Map.of(), source, id == null ? null : String.valueOf(id), errors, "题目")
                    .nested(rows.get(i), "questions[" + (i + 1) + "].");
            out.add(new QuizContent.QuickQuestionDef(source, q.string("id"), topic, title, q.questionFields()));
        }
        return out;
    }

    private static QuizContent.CampaignDef readCampaign(Path file, List<String> errors) throws IOException {
        if (!Files.exists(file)) {
            errors.add(file.getFileName() + "：缺少活动定义文件");
            return null;
        }
        Fields f = new Fields(load(file), "campaign.yml", null, errors);
        return new QuizContent.CampaignDef(f.string("code"), f.string("name"), f.string("theme"),
                f.date("startDate"), f.date("endDate"), f.stringOr("channel", "ALL"));
    }

    private static QuizContent.LevelDef readLevel(Path root, Path file, List<String> errors) throws IOException {
        String source = root.relativize(file).toString().replace('\\', '/');
        Map<String, Object> map = load(file);
        String code = map.get("id") == null ? null : String.valueOf(map.get("id"));
        Fields f = new Fields(map, source, code, errors);
        Scene scene = f.enumValue("scene", Scene.class);
        byte[] picture = null;
        String pictureName = f.string("picture");
        if (pictureName != null) {
            Path pic = file.resolveSibling(pictureName).normalize();
            if (pic.startsWith(file.getParent()) && Files.isRegularFile(pic)) {
                picture = Files.readAllBytes(pic);
            }
        }
        List<QuizContent.HazardDef> hazards = new ArrayList<>();
        List<Map<String, Object>> rows = f.list("hazards");
        for (int i = 0; i < rows.size(); i++) {
            Fields h = f.nested(rows.get(i), "hazards[" + (i + 1) + "].");
            hazards.add(new QuizContent.HazardDef(h.string("id"), h.string("name"), h.region("region"), h.question("question")));
        }
        return new QuizContent.LevelDef(source, code, scene, f.integer("order"), f.string("title"), picture, hazards);
    }

    private static Map<String, Object> load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (doc instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) m;
                return map;
            }
            return Map.of();
        } catch (YAMLException e) {
            return Map.of("__error", "YAML 格式有误");
        }
    }

    /** Typed access to one YAML mapping, recording what is missing or of the wrong type. */
    private record Fields(Map<String, Object> map, String source, String level, List<String> errors, String prefix, String what) {

        Fields(Map<String, Object> map, String source, String level, List<String> errors) {
            this(map, source, level, errors, "关卡");
        }

        /** A file's top mapping; {@code what} names its items in messages (关卡, 题目). */
        Fields(Map<String, Object> map, String source, String level, List<String> errors, String what) {
            this(map, source, level, errors, "", what);
            if (map.containsKey("__error")) {
                error("", String.valueOf(map.get("__error")));
            }
        }

        Fields nested(Object value, String at) {
            if (value instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) m;
                return new Fields(child, source, level, errors, prefix + at, what);
            }
            error(at, "须为对象");
            return new Fields(Map.of(), source, level, errors, prefix + at, what);
        }

        void error(String field, String reason) {
            errors.add(source + "：" + what + " " + (level == null ? "（无编号）" : level) + "：" + prefix + field + " " + reason);
        }

        String string(String key) {
            Object v = map.get(key);
            return v == null ? null : String.valueOf(v).trim();
        }

        String stringOr(String key, String fallback) {
            String v = string(key);
            return v == null || v.isEmpty() ? fallback : v;
        }

        Integer integer(String key) {
            Object v = map.get(key);
            if (v == null) {
                return null;
            }
            if (v instanceof Integer i) {
                return i;
            }
            error(key, "须为整数");
            return null;
        }

        Double number(String key) {
            Object v = map.get(key);
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            error(key, v == null ? "不能为空" : "须为数字");
            return Double.NaN;
        }

        LocalDate date(String key) {
            Object v = map.get(key);
            if (v instanceof Date d) {
                return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            }
            try {
                return v == null ? null : LocalDate.parse(String.valueOf(v));
            } catch (DateTimeParseException e) {
                error(key, "须为日期，如 2025-06-01");
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type) {
            String v = string(key);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                error(key, "取值“" + v + "”无效");
                return null;
            }
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String key) {
            Object v = map.get(key);
            if (v instanceof List<?> l) {
                return (List<Map<String, Object>>) l;
            }
            if (v != null) {
                error(key, "须为列表");
            }
            return List.of();
        }

        Region region(String key) {
            Object v = map.get(key);
            if (v == null) {
                return null;
            }
            Fields r = nested(v, key + ".");
            String type = r.string("type");
            if ("ellipse".equals(type)) {
                return new Region.Ellipse(r.number("cx"), r.number("cy"), r.number("rx"), r.number("ry"));
            }
            if ("polygon".equals(type)) {
                List<List<Double>> points = new ArrayList<>();
                Object raw = r.map.get("points");
                if (raw instanceof List<?> l) {
                    for (Object p : l) {
                        if (p instanceof List<?> xy && xy.size() == 2 && xy.get(0) instanceof Number x && xy.get(1) instanceof Number y) {
                            points.add(List.of(x.doubleValue(), y.doubleValue()));
                        } else {
                            r.error("points", "每个点须为 [x, y] 两个数字");
                            return null;
                        }
                    }
                }
                return new Region.Polygon(points);
            }
            r.error("type", "须为 ellipse 或 polygon");
            return null;
        }

        QuizContent.QuestionDef question(String key) {
            Object v = map.get(key);
            return v == null ? null : nested(v, key + ".").questionFields();
        }

        /** A question whose type, text, options, answer and explanation are this mapping's own fields. */
        QuizContent.QuestionDef questionFields() {
            Fields q = this;
            List<QuizContent.OptionDef> options = new ArrayList<>();
            for (Map<String, Object> o : q.list("options")) {
                Object k = o.get("key");
                Object t = o.get("text");
                options.add(new QuizContent.OptionDef(k == null ? null : String.valueOf(k), t == null ? null : String.valueOf(t).trim()));
            }
            List<String> answer = new ArrayList<>();
            Object a = q.map.get("answer");
            if (a instanceof List<?> l) {
                l.forEach(x -> answer.add(String.valueOf(x)));
            } else if (a != null) {
                answer.add(String.valueOf(a));
            }
            return new QuizContent.QuestionDef(q.enumValue("type", QuestionType.class), q.string("text"), options, answer,
                    q.string("explanation"));
        }
    }
}
