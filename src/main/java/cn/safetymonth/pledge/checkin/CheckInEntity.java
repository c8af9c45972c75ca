package cn.safetymonth.pledge.checkin;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One themed check-in of a worker on one day. Location is personal data: shown to the worker only. */
@Getter
@Setter
@TableName("pledge_check_in")
class CheckInEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String campaignCode;
    private String themeCode;
    private Long workerId;
    private Long unionId;
    private String unionPath;
    private LocalDate checkDay;
    private LocalDateTime checkedInAt;
    /** The watermarked photo, when the theme took one. */
    private String photoKey;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String coordSystem;
    private BigDecimal accuracyM;
    private String address;
}
