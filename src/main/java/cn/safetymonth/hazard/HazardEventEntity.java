package cn.safetymonth.hazard;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

/** One line of a report's timeline: who did what, when. */
@Getter
@Setter
@TableName("hazard_event")
class HazardEventEntity extends AuditedRow {
    static final String REPORTER = "REPORTER";
    static final String STAFF = "STAFF";
    static final String SYSTEM = "SYSTEM";

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long reportId;
    private String action;
    private HazardState fromState;
    private HazardState toState;
    private String actorKind;
    private Long actorId;
    private String actorName;
    private String note;
    private LocalDateTime at;
}
