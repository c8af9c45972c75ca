package cn.safetymonth.notice;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
@TableName("notice_grant")
class GrantEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long workerId;
    private String templateKey;
    private Integer remaining;
    private Integer version;
}
