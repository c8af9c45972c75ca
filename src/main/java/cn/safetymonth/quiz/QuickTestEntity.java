package cn.safetymonth.quiz;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** 测测你的"安全力": ten questions in a row, as often as one likes. */
@Getter
@Setter
@TableName("quiz_quick_test")
class QuickTestEntity extends AuditedRow {
    static final String OPEN = "OPEN";
    static final String FINISHED = "FINISHED";
    /** An unfinished test of the old shared bank, ended when the quick test got a bank of its own. */
    static final String ABANDONED = "ABANDONED";

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long campaignId;
    private Long workerId;
    private Long unionId;
    private String unionPath;
    private String status;
    /** Comma-separated ids of the quick-test questions asked, in order. */
    private String questionIds;
    /** The 1-based number of the question to answer next. */
    private Integer currentSeq;
    private Integer correctCount;
    private Long optionSeed;
    private LocalDateTime startedAt;
    private LocalDateTime finishedAt;
    /** The Asia/Shanghai day it was finished. */
    private LocalDate finishedOn;
    /** Which of the day's counted tests it is (1…), null when it did not count. */
    private Integer countedSlot;
    @Version
    private Integer version;
}
