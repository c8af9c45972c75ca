package cn.safetymonth.quiz;

import cn.safetymonth.common.content.ContentFiles;
import com.fasterxml.jackson.annotation.JsonFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads a content folder: {@code campaign.yml}, {@code levels/<scene>/<nn>.yml} (each level with its picture next to
 * it) and {@code quick-test/<topic>.yml} (the quick test's bank, one file per topic), each bound by {@link ContentFiles}
 * into the records below: a type mistake or an unknown field becomes an error naming file and field. What makes content
 * playable (five hazards, a correct option, regions inside the picture) is {@link QuizContentValidator}'s, for files and
 * Excel alike.
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
            QuizContent.LevelDef level = readLevel(root, file, errors);
            if (level != null) {
                levels.add(level);
            }
        }
        List<QuizContent.QuickQuestionDef> quick = new ArrayList<>();
        for (Path file : ymlFiles(root.resolve("quick-test"))) {
            quick.addAll(readQuickTopic(root, file, errors));
        }
        return new Read(campaign, levels, quick, errors);
    }

    record CampaignFile(String code, String name, String theme, LocalDate startDate, LocalDate endDate, String channel) {
    }

    record LevelFile(String id, Scene scene, Integer order, String title, String picture, List<HazardFile> hazards) {
    }

    record HazardFile(String id, String name, RegionFile region, QuestionFile question) {
    }

    /** {@code ellipse} with cx, cy, rx, ry, or {@code polygon} with points [[x, y], …]. */
    record RegionFile(String type, Double cx, Double cy, Double rx, Double ry, List<List<Double>> points) {
    }

    record QuestionFile(QuestionType type, String text, List<OptionFile> options,
                        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> answer, String explanation) {

        QuizContent.QuestionDef def() {
            List<QuizContent.OptionDef> opts = options == null ? List.of()
                    : options.stream().filter(Objects::nonNull).map(o -> new QuizContent.OptionDef(o.key(), o.text())).toList();
            return new QuizContent.QuestionDef(type, text, opts, answer == null ? List.of() : answer, explanation);
        }
    }

    record OptionFile(String key, String text) {
    }

    record TopicFile(String topic, String title, List<QuickFile> questions) {
    }

    record QuickFile(String id, QuestionType type, String text, List<OptionFile> options,
                     @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> answer, String explanation) {
    }

    private static List<Path> ymlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static String source(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** One topic of the quick-test bank: {@code topic}, {@code title} and its {@code questions}, each with an {@code id}. */
    private static List<QuizContent.QuickQuestionDef> readQuickTopic(Path root, Path file, List<String> errors) {
        String source = source(root, file);
        TopicFile t = ContentFiles.read(file, source, TopicFile.class, errors);
        if (t == null || t.questions() == null) {
            return List.of();
        }
        return t.questions().stream().filter(Objects::nonNull).map(q -> new QuizContent.QuickQuestionDef(source, q.id(), t.topic(), t.title(),
                new QuestionFile(q.type(), q.text(), q.options(), q.answer(), q.explanation()).def())).toList();
    }

    private static QuizContent.CampaignDef readCampaign(Path file, List<String> errors) {
        if (!Files.exists(file)) {
            errors.add(file.getFileName() + "：缺少活动定义文件");
            return null;
        }
        CampaignFile c = ContentFiles.read(file, "campaign.yml", CampaignFile.class, errors);
        return c == null ? null : new QuizContent.CampaignDef(c.code(), c.name(), c.theme(), c.startDate(), c.endDate(),
                c.channel() == null || c.channel().isBlank() ? "ALL" : c.channel());
    }

    /** Null when the file could not be bound (the error is listed). */
    private static QuizContent.LevelDef readLevel(Path root, Path file, List<String> errors) throws IOException {
        String source = source(root, file);
        LevelFile l = ContentFiles.read(file, source, LevelFile.class, errors);
        if (l == null) {
            return null;
        }
        byte[] picture = null;
        if (l.picture() != null) {
            Path pic = file.resolveSibling(l.picture()).normalize();
            if (pic.startsWith(file.getParent()) && Files.isRegularFile(pic)) {
                picture = Files.readAllBytes(pic);
            }
        }
        List<QuizContent.HazardDef> hazards = new ArrayList<>();
        List<HazardFile> rows = l.hazards() == null ? List.of() : l.hazards();
        for (int i = 0; i < rows.size(); i++) {
            HazardFile h = rows.get(i) == null ? new HazardFile(null, null, null, null) : rows.get(i);
            String at = source + "：关卡 " + (l.id() == null ? "（无编号）" : l.id()) + "：hazards[" + (i + 1) + "].region";
            hazards.add(new QuizContent.HazardDef(h.id(), h.name(), region(h.region(), at, errors),
                    h.question() == null ? null : h.question().def()));
        }
        return new QuizContent.LevelDef(source, l.id(), l.scene(), l.order(), l.title(), picture, hazards);
    }

    private static Region region(RegionFile r, String at, List<String> errors) {
        if (r == null) {
            return null;
        }
        if ("ellipse".equals(r.type())) {
            if (r.cx() == null || r.cy() == null || r.rx() == null || r.ry() == null) {
                errors.add(at + " 须有 cx、cy、rx、ry 四个数字");
                return null;
            }
            return new Region.Ellipse(r.cx(), r.cy(), r.rx(), r.ry());
        }
        if ("polygon".equals(r.type())) {
            List<List<Double>> points = r.points() == null ? List.of() : r.points();
            if (points.stream().anyMatch(p -> p == null || p.size() != 2 || p.contains(null))) {
                errors.add(at + ".points 每个点须为 [x, y] 两个数字");
                return null;
            }
            return new Region.Polygon(points);
        }
        errors.add(at + ".type 须为 ellipse 或 polygon");
        return null;
    }
}
