package cn.safetymonth.statistics;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One counted act (or, with a negative quantity, an act that stopped counting). Append-only. */
@Getter
@Setter
@TableName("stat_fact")
class FactEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    /** Set for acts that count at most once (a report verified once): the database refuses a second. */
    private String factKey;
    private String metric;
    private String qualifier;
    private String sourceType;
    private Long sourceId;
    private Long workerId;
    private Long unionId;
    private String unionPath;
    private LocalDateTime occurredAt;
    private LocalDate occurredOn;
    private Integer quantity;
    private Integer folded;
}
