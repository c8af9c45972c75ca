package cn.safetymonth.statistics;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

/** A form installed by a platform admin: the template's YAML as uploaded, read by every instance. */
@Getter
@Setter
@TableName("stat_form_template")
class FormTemplateEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String code;
    private String fileName;
    private String source;
}
