package cn.safetymonth.pledge.event;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

/** A worker's scan at an event: their union now (union_*) and the organiser's (event_union_*). */
@Getter
@Setter
@TableName("pledge_event_sign_in")
class SignInEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long eventId;
    private String eventType;
    private Long workerId;
    private Long unionId;
    private String unionPath;
    private Long eventUnionId;
    private String eventUnionPath;
    private LocalDateTime signedInAt;
    /** How far from the event's point, when the event is fenced; the worker's position itself is not kept. */
    private Integer distanceM;
    /** Which code it was made with: FIXED (printed) or ROTATING (the screen's, for a period). */
    private String codeKind;
}
