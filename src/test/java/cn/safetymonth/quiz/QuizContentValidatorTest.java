package cn.safetymonth.quiz;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad content is refused before anyone plays it, and the message names file, level and field. */
class QuizContentValidatorTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};

    static QuizContent.HazardDef hazard(String code, double cx) {
        return new QuizContent.HazardDef(code, "灭火器压力不足", new Region.Ellipse(cx, 0.5, 0.05, 0.08),
                new QuizContent.QuestionDef(QuestionType.SINGLE, "灭火器压力表指针在哪个区域表示压力不足？",
                        List.of(new QuizContent.OptionDef("A", "红色区域"), new QuizContent.OptionDef("B", "绿色区域")),
                        List.of("A"), "指针在红区表示压力不足，应及时充装或更换灭火器。"));
    }

    static QuizContent.LevelDef level(String source, String code, List<QuizContent.HazardDef> hazards) {
        return new QuizContent.LevelDef(source, code, Scene.ENTERPRISE, 1, "机加工车间", PNG, hazards);
    }

    static List<QuizContent.HazardDef> five(String prefix) {
        List<QuizContent.HazardDef> list = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            list.add(hazard(prefix + "-" + i, 0.1 + (i - 1) * 0.18));
        }
        return list;
    }

    @Test
    void aGoodLevelPasses() {
        assertThat(QuizContentValidator.validate(List.of(level("levels/enterprise/01.yml", "enterprise-01", five("enterprise-01"))))).isEmpty();
    }

    @Test
    void fourHazardsAreRefusedNamingFileLevelAndField() {
        List<QuizContent.HazardDef> four = five("e1").subList(0, 4);

        assertThat(QuizContentValidator.validate(List.of(level("levels/enterprise/01.yml", "enterprise-01", four))))
                .containsExactly("levels/enterprise/01.yml：关卡 enterprise-01：hazards 须恰好 5 个隐患点，实际 4 个");
    }

    @Test
    void aQuestionWithoutACorrectOptionIsRefused() {
        List<QuizContent.HazardDef> hs = new ArrayList<>(five("e1"));
        QuizContent.HazardDef h = hs.get(2);
        hs.set(2, new QuizContent.HazardDef(h.code(), h.name(), h.region(), new QuizContent.QuestionDef(QuestionType.SINGLE,
                h.question().text(), h.question().options(), List.of(), h.question().explanation())));

        assertThat(QuizContentValidator.validate(List.of(level("f.yml", "e1", hs))))
                .anyMatch(e -> e.startsWith("f.yml：关卡 e1：hazards[3].question.answer 没有正确选项"));
    }

    @Test
    void aRegionOutsideThePictureIsRefused() {
        List<QuizContent.HazardDef> hs = new ArrayList<>(five("e1"));
        QuizContent.HazardDef h = hs.get(4);
        hs.set(4, new QuizContent.HazardDef(h.code(), h.name(), new Region.Ellipse(0.98, 0.5, 0.05, 0.08), h.question()));

        assertThat(QuizContentValidator.validate(List.of(level("f.yml", "e1", hs))))
                .containsExactly("f.yml：关卡 e1：hazards[5].region 超出图片范围（坐标须在 0–1 之间）");
    }

    @Test
    void duplicateIdsAcrossFilesAreRefused() {
        List<String> errors = QuizContentValidator.validate(List.of(
                level("a.yml", "enterprise-01", five("enterprise-01")),
                new QuizContent.LevelDef("b.yml", "enterprise-01", Scene.ENTERPRISE, 2, "仓库", PNG, five("enterprise-01"))));

        assertThat(errors).anyMatch(e -> e.equals("b.yml：关卡 enterprise-01：id 与 a.yml 重复"));
        assertThat(errors).anyMatch(e -> e.startsWith("b.yml：关卡 enterprise-01：hazards[1].id “enterprise-01-1”与 a.yml 重复"));
    }

    @Test
    void overlappingRegionsAndAMissingPictureAreRefused() {
        List<QuizContent.HazardDef> hs = new ArrayList<>(five("e1"));
        QuizContent.HazardDef h = hs.get(1);
        hs.set(1, new QuizContent.HazardDef(h.code(), h.name(), new Region.Ellipse(0.12, 0.5, 0.05, 0.08), h.question()));

        List<String> errors = QuizContentValidator.validate(List.of(
                new QuizContent.LevelDef("f.yml", "e1", Scene.ENTERPRISE, 1, "车间", null, hs)));

        assertThat(errors).contains("f.yml：关卡 e1：picture 缺少图片或不是 PNG 图片",
                "f.yml：关卡 e1：hazards[2].region 与同一关卡的其他隐患点重叠，点击时无法区分");
    }
}
