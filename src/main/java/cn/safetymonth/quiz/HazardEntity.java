package cn.safetymonth.quiz;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
@TableName("quiz_hazard")
class HazardEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long levelId;
    private String code;
    private Integer seq;
    private String name;
    private String regionJson;
    private QuestionType questionType;
    private String questionText;
    private String optionsJson;
    private String answerKeys;
    private String explanation;
}
