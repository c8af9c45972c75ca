package cn.safetymonth.quiz;

/** 单选 / 多选 / 判断. */
public enum QuestionType {
    SINGLE("单选题"),
    MULTIPLE("多选题"),
    TRUE_FALSE("判断题");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
