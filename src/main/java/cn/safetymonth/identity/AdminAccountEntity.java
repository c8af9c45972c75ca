package cn.safetymonth.identity;

import cn.safetymonth.common.auth.AdminRole;
import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

/** A union staff account, bound to one union node (none for platform admins: they cover every tree). */
@Getter
@Setter
@TableName("admin_account")
class AdminAccountEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    private AdminRole role;
    private Long unionId;
    private Boolean mustChangePassword;
    private Boolean enabled;
    private LocalDateTime lastLoginAt;
    /** The staff member's own WeChat (a worker of the mini-program), for subscribe-message reminders; null if none. */
    private Long workerId;
    @Version
    private Integer version;
}
