package cn.safetymonth.quiz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The content folder is bound by Jackson: a type mistake names file and field, and nothing else of that file is read. */
class QuizContentFilesTest {

    @Test
    void theShippedContentIsReadWithoutAnError() throws Exception {
        QuizContentFiles.Read read = QuizContentFiles.read(Path.of("config/quiz"));

        assertThat(read.errors()).isEmpty();
        assertThat(read.levels()).isNotEmpty().allSatisfy(l -> assertThat(l.hazards()).hasSize(5));
        assertThat(read.quickQuestions()).isNotEmpty();
        assertThat(QuizContentValidator.validate(read.levels())).isEmpty();
    }

    @Test
    void typeMistakesUnknownFieldsAndBadRegionsAreNamed(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("campaign.yml"), "code: c\nname: n\ntheme: t\nstartDate: 2025-06-01\nendDate: 2025-06-30\n");
        Path levels = Files.createDirectories(root.resolve("levels/family"));
        Files.writeString(levels.resolve("01.yml"), "id: family-01\nscene: FAMILY\norder: first\ntitle: 厨房\n");
        Files.writeString(levels.resolve("02.yml"), "id: family-02\nscene: FAMILY\norder: 2\ntitel: 客厅\n");
        Files.writeString(levels.resolve("03.yml"), """
                id: family-03
                scene: FAMILY
                order: 3
                title: 阳台
                hazards:
                  - id: h1
                    region: {type: circle, cx: 0.5}
                  - id: h2
                    region: {type: ellipse, cx: 0.5, cy: 0.5, rx: 0.1}
                  - id: h3
                    region: {type: polygon, points: [[0.1, 0.1], [0.2]]}
                    question: {type: SINGLE, text: 问, options: [{key: A, text: 对}], answer: A}
                """);

        QuizContentFiles.Read read = QuizContentFiles.read(root);

        assertThat(read.errors()).containsExactlyInAnyOrder(
                "levels/family/01.yml：字段 order：取值“first”无效，须为整数",
                "levels/family/02.yml：字段 titel：不是可用的字段，可用的有 hazards、id、order、picture、scene、title",
                "levels/family/03.yml：关卡 family-03：hazards[1].region.type 须为 ellipse 或 polygon",
                "levels/family/03.yml：关卡 family-03：hazards[2].region 须有 cx、cy、rx、ry 四个数字",
                "levels/family/03.yml：关卡 family-03：hazards[3].region.points 每个点须为 [x, y] 两个数字");
        assertThat(read.levels()).extracting(QuizContent.LevelDef::code).containsExactly("family-03");
        assertThat(read.levels().get(0).hazards().get(2).question().answer()).containsExactly("A"); // one answer needs no list
    }
}
