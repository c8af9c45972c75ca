package cn.safetymonth.notice;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

@Getter
@Setter
@TableName("notice_message")
class MessageEntity extends AuditedRow {
    static final String WORKER = "WORKER";
    static final String STAFF = "STAFF";

    @TableId(type = IdType.AUTO)
    private Long id;
    private String audience;
    /** A worker id, or for STAFF the union node whose staff read it. */
    private Long recipientId;
    private String kind;
    private String title;
    private String body;
    private String refType;
    private Long refId;
    private LocalDateTime readAt;
}
