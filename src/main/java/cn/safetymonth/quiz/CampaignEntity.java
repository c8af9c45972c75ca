package cn.safetymonth.quiz;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDate;

@Getter
@Setter
@TableName("quiz_campaign")
class CampaignEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String code;
    private String name;
    private String theme;
    private LocalDate startDate;
    private LocalDate endDate;
    private String channel;
}
