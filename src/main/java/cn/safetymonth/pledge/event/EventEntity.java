package cn.safetymonth.pledge.event;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An offline event (one 场) organised by a union node. */
@Getter
@Setter
@TableName("pledge_event")
class EventEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String campaignCode;
    private Long unionId;
    private String unionPath;
    private String eventType;
    private String name;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String coordSystem;
    private Integer radiusM;
    /** What the event's mini-program code carries; a worker's scan arrives with it. */
    private String scene;
    private Integer recordedHeadCount;
    private LocalDateTime recordedAt;
    private Long recordedBy;
    /** FIXED: the printed code works for the whole event; ROTATING: only the code on the screen, for a period. */
    private String signInMode;
    /** The key the rotating codes are made with (ROTATING events). */
    private String codeSecret;

    boolean fenced() {
        return radiusM != null && latitude != null && longitude != null;
    }
}
