package cn.safetymonth.org;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
@TableName("org_union")
class UnionEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long parentId;
    /** Stable external code used by imports (e.g. "QH-01-003"). */
    private String code;
    private String name;
    private UnionType type;
    private UnionChannel channel;
    private String path;
    private Integer depth;
    private String joinCode;

    UnionRef toRef() {
        return new UnionRef(id, parentId, code, name, type, channel, path, depth, joinCode);
    }
}
