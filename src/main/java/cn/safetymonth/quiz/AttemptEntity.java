package cn.safetymonth.quiz;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A worker's play of one level on one day. */
@Getter
@Setter
@TableName("quiz_attempt")
class AttemptEntity extends AuditedRow {
    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";
    static final String FINISHED = "FINISHED";
    static final String DAY_ENDED = "DAY_ENDED";

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long campaignId;
    private Long workerId;
    /** The worker's union when the attempt started; null for 社会公众. */
    private Long unionId;
    private String unionPath;
    private Long levelId;
    private Scene scene;
    private LocalDate playDate;
    private String status;
    private String closedReason;
    private LocalDateTime startedAt;
    private LocalDateTime closedAt;
    private Integer foundCount;
    private Integer correctCount;
    private Integer score;
    private Long optionSeed;
    private Boolean flagged;
    private String flagReason;
    /** Every tap and answer with its time, see {@link Moves}. */
    private String moves;
    private Integer answeredCount;
    /** WeChat's risk rank of the player on the day, null when not asked or unknown. */
    private Integer riskRank;
    /** Who cleared the flag after looking at the attempt ("a:3 zhang"), and when. */
    private String flagClearedBy;
    private LocalDateTime flagClearedAt;

    boolean open() {
        return OPEN.equals(status);
    }
}
