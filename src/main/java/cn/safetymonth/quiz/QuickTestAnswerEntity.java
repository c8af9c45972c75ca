package cn.safetymonth.quiz;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
@TableName("quiz_quick_test_answer")
class QuickTestAnswerEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long testId;
    private Integer seq;
    /** The question answered, of the quick test's bank. */
    private Long questionId;
    /** Tests of the old shared bank answered a level's hazard question. */
    private Long hazardId;
    private String answerKeys;
    private Boolean correct;
}
