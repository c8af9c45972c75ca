package cn.safetymonth.pledge.work;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

/** A letter, essay or science work, from submission through review (and revision after a return). */
@Getter
@Setter
@TableName("pledge_work")
class WorkEntity extends AuditedRow {
    static final String SUBMITTED = "SUBMITTED";
    static final String ACCEPTED = "ACCEPTED";
    static final String RETURNED = "RETURNED";

    @TableId(type = IdType.AUTO)
    private Long id;
    private String campaignCode;
    private String kind;
    private Long workerId;
    private Long unionId;
    private String unionPath;
    /** The client's id of this submission: a double tap sends it twice, the unique key keeps one. */
    private String clientRequestId;
    private String title;
    private String body;
    private String imageKey;
    private String videoUrl;
    private String status;
    private Integer revision;
    private String textVerdict;
    private String imageVerdict;
    private String imageTraceId;
    /** WeChat judged something RISKY: nobody but reviewers sees the content. */
    private Boolean flagged;
    private String returnReason;
    private LocalDateTime submittedAt;
    private LocalDateTime reviewedAt;
    private Long reviewedBy;
}
