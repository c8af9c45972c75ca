package cn.safetymonth.quiz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Refuses bad content before anyone plays it, naming the file (or Excel row), the level and the
 * field: not five hazards, no correct option, a region outside the picture, duplicate ids …
 */
final class QuizContentValidator {

    static final int HAZARDS_PER_LEVEL = 5;
    private static final List<String> KEYS = List.of("A", "B", "C", "D", "E");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private QuizContentValidator() {
    }

    static List<String> validate(List<QuizContent.LevelDef> levels) {
        List<String> errors = new ArrayList<>();
        Map<String, String> levelIds = new HashMap<>();
        Map<String, String> hazardIds = new HashMap<>();
        Map<String, String> orders = new HashMap<>();
        for (QuizContent.LevelDef level : levels) {
            Errors e = new Errors(errors, level.source(), "关卡", level.code());
            if (blank(level.code())) {
                e.add("id", "不能为空");
            } else if (level.code().length() > 48) {
                e.add("id", "最长 48 个字符");
            } else if (levelIds.putIfAbsent(level.code(), level.source()) != null) {
                e.add("id", "与 " + levelIds.get(level.code()) + " 重复");
            }
            if (level.scene() == null) {
                e.add("scene", "不能为空，可选：ENTERPRISE、RURAL、COMMUNITY、SCHOOL、FAMILY");
            }
            if (level.order() == null || level.order() < 1) {
                e.add("order", "须为正整数");
            } else if (level.scene() != null && orders.putIfAbsent(level.scene() + "#" + level.order(), level.source()) != null) {
                e.add("order", "与 " + orders.get(level.scene() + "#" + level.order()) + " 的顺序号重复");
            }
            if (blank(level.title()) || level.title().length() > 20) {
                e.add("title", "不能为空且最长 20 字");
            }
            if (level.picture() == null || level.picture().length < PNG.length || !startsWithPng(level.picture())) {
                e.add("picture", "缺少图片或不是 PNG 图片");
            } else if (level.picture().length > 2 * 1024 * 1024) {
                e.add("picture", "图片不能超过 2 MB");
            }
            List<QuizContent.HazardDef> hazards = level.hazards() == null ? List.of() : level.hazards();
            if (hazards.size() != HAZARDS_PER_LEVEL) {
                e.add("hazards", "须恰好 5 个隐患点，实际 " + hazards.size() + " 个");
            }
            List<double[]> boxes = new ArrayList<>();
            for (int i = 0; i < hazards.size(); i++) {
                QuizContent.HazardDef h = hazards.get(i);
                String at = "hazards[" + (i + 1) + "]";
                if (blank(h.code())) {
                    e.add(at + ".id", "不能为空");
                } else if (h.code().length() > 64) {
                    e.add(at + ".id", "最长 64 个字符");
                } else if (hazardIds.putIfAbsent(h.code(), level.source()) != null) {
                    e.add(at + ".id", "“" + h.code() + "”与 " + hazardIds.get(h.code()) + " 重复");
                }
                if (blank(h.name()) || h.name().length() > 20) {
                    e.add(at + ".name", "不能为空且最长 20 字");
                }
                checkRegion(e, at + ".region", h.region(), boxes);
                checkQuestion(e, at + ".question", h.question());
            }
        }
        return errors;
    }

    /**
     * The quick test's bank: the same rules for every question as in a level, ids unique, a topic per question, and
     * none of them a level's question ({@code levelQuestions}: the texts of every level question), so the quick test
     * never teaches the answers of a daily level.
     */
    static List<String> validateQuick(List<QuizContent.QuickQuestionDef> questions, Collection<String> levelQuestions) {
        List<String> errors = new ArrayList<>();
        Set<String> levelTexts = new HashSet<>();
        levelQuestions.forEach(t -> levelTexts.add(comparable(t)));
        Map<String, String> ids = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (QuizContent.QuickQuestionDef q : questions) {
            Errors e = new Errors(errors, q.source(), "题目", q.code());
            if (blank(q.code()) || !q.code().matches("[A-Za-z0-9_-]{1,64}")) {
                e.add("id", "不能为空，且只能由字母、数字、- 和 _ 组成，最长 64 个字符");
            } else if (ids.putIfAbsent(q.code(), q.source()) != null) {
                e.add("id", "与 " + ids.get(q.code()) + " 重复");
            }
            if (blank(q.topic()) || !q.topic().matches("[a-z0-9-]{1,32}")) {
                e.add("topic", "不能为空，且只能由小写字母、数字和 - 组成，最长 32 个字符");
            }
            if (blank(q.topicTitle()) || q.topicTitle().length() > 20) {
                e.add("title", "主题名称不能为空且最长 20 字");
            }
            checkQuestion(e, "", q.question());
            if (q.question() != null && !blank(q.question().text())) {
                String text = comparable(q.question().text());
                if (levelTexts.contains(text)) {
                    e.add("text", "与闯关题目相同：测一测的题库须与闯关题目分开");
                } else if (texts.putIfAbsent(text, q.source() + " " + q.code()) != null) {
                    e.add("text", "与 " + texts.get(text) + " 的题目相同");
                }
            }
        }
        return errors;
    }

    /** Two questions are the same when they read the same, whatever the spaces and punctuation. */
    private static String comparable(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\p{P}]", "");
    }

    private static void checkRegion(Errors e, String at, Region region, List<double[]> boxes) {
        if (region == null) {
            e.add(at, "不能为空");
            return;
        }
        if (region instanceof Region.Polygon p && p.points() != null && p.points().size() > 24) {
            e.add(at, "多边形最多 24 个点");
            return;
        }
        if (region instanceof Region.Polygon p && (p.points() == null || p.points().size() < 3
                || p.points().stream().anyMatch(pt -> pt == null || pt.size() != 2 || pt.stream().anyMatch(Objects::isNull)))) {
            e.add(at, "多边形至少 3 个点，每点为 [x, y]");
            return;
        }
        if (region instanceof Region.Ellipse el && (el.rx() <= 0 || el.ry() <= 0)) {
            e.add(at, "椭圆半径须大于 0");
            return;
        }
        double[] b = region.bounds();
        if (b[0] < 0 || b[1] < 0 || b[2] > 1 || b[3] > 1) {
            e.add(at, "超出图片范围（坐标须在 0–1 之间）");
        }
        for (double[] other : boxes) {
            if (b[0] < other[2] && other[0] < b[2] && b[1] < other[3] && other[1] < b[3]) {
                e.add(at, "与同一关卡的其他隐患点重叠，点击时无法区分");
                break;
            }
        }
        boxes.add(b);
    }

    private static void checkQuestion(Errors e, String at, QuizContent.QuestionDef q) {
        if (q == null) {
            e.add(at.isEmpty() ? "type" : at, "不能为空");
            return;
        }
        if (q.type() == null) {
            e.add(join(at, "type"), "不能为空，可选：SINGLE、MULTIPLE、TRUE_FALSE");
            return;
        }
        if (blank(q.text()) || q.text().length() > 120) {
            e.add(join(at, "text"), "不能为空且最长 120 字");
        }
        if (blank(q.explanation()) || q.explanation().length() > 300) {
            e.add(join(at, "explanation"), "解析不能为空且最长 300 字");
        }
        List<QuizContent.OptionDef> options = q.options() == null ? List.of() : q.options();
        List<String> keys = options.stream().map(QuizContent.OptionDef::key).toList();
        if (!keys.equals(KEYS.subList(0, Math.min(options.size(), KEYS.size()))) || options.size() > KEYS.size()) {
            e.add(join(at, "options"), "选项须依次为 A、B、C…，最多 5 个");
        }
        if (options.stream().anyMatch(o -> blank(o.text()) || o.text().length() > 60)) {
            e.add(join(at, "options"), "选项内容不能为空且最长 60 字");
        }
        List<String> answer = q.answer() == null ? List.of() : q.answer();
        Set<String> distinct = new HashSet<>(answer);
        if (answer.isEmpty()) {
            e.add(join(at, "answer"), "没有正确选项");
        } else if (distinct.size() != answer.size() || !keys.containsAll(answer)) {
            e.add(join(at, "answer"), "正确选项须是已有选项且不重复");
        }
        switch (q.type()) {
            case SINGLE -> {
                if (options.size() < 2 || options.size() > 4 || answer.size() != 1) {
                    e.add(at.isEmpty() ? "type" : at, "单选题须有 2–4 个选项、恰好 1 个正确选项");
                }
            }
            case MULTIPLE -> {
                if (options.size() < 3 || answer.size() < 2) {
                    e.add(at.isEmpty() ? "type" : at, "多选题须有 3–5 个选项、至少 2 个正确选项");
                }
            }
            case TRUE_FALSE -> {
                if (!options.stream().map(QuizContent.OptionDef::text).toList().equals(List.of("正确", "错误")) || answer.size() != 1) {
                    e.add(at.isEmpty() ? "type" : at, "判断题的选项须为 A 正确、B 错误，恰好 1 个正确选项");
                }
            }
        }
    }

    private static String join(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }

    private static boolean startsWithPng(byte[] bytes) {
        for (int i = 0; i < PNG.length; i++) {
            if (bytes[i] != PNG[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Errors of one level or question, each naming its source, the level or question, and the field. */
    private record Errors(List<String> all, String source, String what, String id) {
        void add(String field, String reason) {
            all.add(source + "：" + what + " " + (id == null || id.isBlank() ? "（无编号）" : id) + "：" + field + " " + reason);
        }
    }
}
