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
    /** Set by 注销; the row then names no one and screens show {@link #pseudonym}. */
    private LocalDateTime closedAt;
    private String pseudonym;

    /** How union screens name the worker: masked, or by the pseudonym once the account is closed. */
    String shownName() {
        return closedAt != null ? CLOSED_NAME + pseudonym : Masking.name(realName);
    }

    static final String CLOSED_NAME = "已注销用户";
}
