package cn.safetymonth.org;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

/**
 * One stay of a worker in a grassroots union, [joinedAt, leftAt). The current one has
 * {@code active = 1}; closed ones have NULL, so the unique key (worker_id, active) lets a worker
 * hold at most one current membership, decided by the database.
 */
@Getter
@Setter
@TableName("org_membership")
class MembershipEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long workerId;
    private Long unionId;
    private LocalDateTime joinedAt;
    private LocalDateTime leftAt;
    private Integer active;
}
