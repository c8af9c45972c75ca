package cn.safetymonth.pledge.event;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

/** A photo of an event the organiser recorded by head count. */
@Getter
@Setter
@TableName("pledge_event_evidence")
class EvidenceEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long eventId;
    private Integer seq;
    private String objectKey;
}
