package cn.safetymonth.hazard;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

/** A line of the append-only reward ledger. */
@Getter
@Setter
@TableName("hazard_reward")
class HazardRewardEntity extends AuditedRow {
    static final String VERIFIED = "VERIFIED";

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long workerId;
    private Long reportId;
    private Integer points;
    private String reason;
}
