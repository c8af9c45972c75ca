package cn.safetymonth.quiz;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

/** A question of the 测测你的"安全力" bank, apart from every level's questions. */
@Getter
@Setter
@TableName("quiz_quick_question")
class QuickQuestionEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String code;
    private String topic;
    private String topicTitle;
    private Integer seq;
    private QuestionType questionType;
    private String questionText;
    private String optionsJson;
    private String answerKeys;
    private String explanation;
}
