package cn.safetymonth.identity;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

/** A worker (职工) known by their mini-program openid. */
@Getter
@Setter
@TableName("worker")
class WorkerEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String openid;
    private String unionid;
    /** The name the worker gives for their union's roster; optional. */
    private String realName;
    /** Personal data: only ever returned masked. */
    private String phone;
    private LocalDateTime lastLoginAt;
}
