package cn.safetymonth.quiz;

import java.time.LocalDate;
import java.util.List;

/** Quiz content as read from files (YAML or Excel), before validation and storage. */
final class QuizContent {

    private QuizContent() {
    }

    record CampaignDef(String code, String name, String theme, LocalDate startDate, LocalDate endDate, String channel) {
    }

    /** @param source where it came from, for error messages ("levels/enterprise/01.yml", "Excel 第 12 行") */
    record LevelDef(String source, String code, Scene scene, Integer order, String title, byte[] picture,
                    List<HazardDef> hazards) {
    }

    record HazardDef(String code, String name, Region region, QuestionDef question) {
    }

    record QuestionDef(QuestionType type, String text, List<OptionDef> options, List<String> answer, String explanation) {
    }

    record OptionDef(String key, String text) {
    }

    /**
     * A question of the 测测你的"安全力" bank: emergency and safety knowledge, grouped by topic (火灾逃生, 心肺复苏…).
     *
     * @param source where it came from, for error messages ("quick-test/fire-escape.yml", "Excel 第 5 行")
     */
    record QuickQuestionDef(String source, String code, String topic, String topicTitle, QuestionDef question) {
    }
}
