package cn.safetymonth.quiz;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.math.BigDecimal;
import java.time.LocalDateTime;

@Getter
@Setter
@TableName("quiz_attempt_hazard")
class AttemptHazardEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long attemptId;
    private Long hazardId;
    private LocalDateTime foundAt;
    private String answerKeys;
    private Boolean correct;
    private LocalDateTime answeredAt;
    /** Where the tap that found it landed: the marker shown, never the hazard's region. */
    private BigDecimal foundX;
    private BigDecimal foundY;
}
