package cn.safetymonth.statistics;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

/** A table as it was handed in: the whole filled form frozen as JSON. Never updated; a resubmission is a new version. */
@Getter
@Setter
@TableName("stat_submission")
class SubmissionEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String formCode;
    private String periodKey;
    private Long unionId;
    private String unionPath;
    private Integer version;
    private Boolean late;
    private LocalDateTime submittedAt;
    private String submittedBy;
    private String snapshotJson;
    /** The .xlsx made when it was handed in (read only for an export: it is large). */
    @com.baomidou.mybatisplus.annotation.TableField(select = false)
    private byte[] exportXlsx;
}
