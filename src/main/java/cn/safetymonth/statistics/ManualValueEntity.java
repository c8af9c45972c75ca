package cn.safetymonth.statistics;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

/** A union's own entry in a manual cell (or a header field such as 联系人, with blank id "header:…"). */
@Getter
@Setter
@TableName("stat_manual_value")
class ManualValueEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String formCode;
    private String periodKey;
    private Long unionId;
    private String unionPath;
    private String blankId;
    private Long numValue;
    private String textValue;
    private Integer version;
}
