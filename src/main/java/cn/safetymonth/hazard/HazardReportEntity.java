package cn.safetymonth.hazard;

import cn.safetymonth.common.persistence.AuditedRow;
import cn.safetymonth.quiz.Scene;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A hazard report, from submission to 已办结. */
@Getter
@Setter
@TableName("hazard_report")
class HazardReportEntity extends AuditedRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long reporterId;
    private String idempotencyKey;
    /** The reporter's union at submission; null for 社会公众. */
    private Long unionId;
    private String unionPath;
    private Scene scene;
    private String category;
    private String description;
    private String unitName;
    private BigDecimal rawLat;
    private BigDecimal rawLng;
    private String coordSystem;
    /** GCJ-02. */
    private BigDecimal lat;
    private BigDecimal lng;
    /** Where workers are shown it (GCJ-02): moved once, at submission, by the blur radius in a random direction. */
    private BigDecimal publicLat;
    private BigDecimal publicLng;
    private Double accuracyM;
    private String address;
    private String placeName;
    private HazardState state;
    private HazardLevel hazardLevel;
    private String rejectReason;
    /** PENDING until WeChat's text check answers, then PASS, REVIEW or RISKY. */
    private String textVerdict;
    /** Text or a photo was judged risky: hidden from everyone but reviewers. */
    private Boolean flagged;
    private String flagReason;
    private Long duplicateOf;
    private Long assigneeUnionId;
    private String assigneeUnionPath;
    private String assigneePerson;
    private LocalDate deadline;
    private Boolean overdue;
    private String rectifyNote;
    private LocalDateTime submittedAt;
    private LocalDateTime verifiedAt;
    private LocalDateTime rectifiedAt;
    private LocalDateTime closedAt;
    private LocalDateTime stateChangedAt;

    GeoPoint point() {
        return new GeoPoint(lat.doubleValue(), lng.doubleValue());
    }

    GeoPoint publicPoint() {
        return new GeoPoint(publicLat.doubleValue(), publicLng.doubleValue());
    }

    /** Shown beyond reviewers only once its text passed WeChat's check and nothing in it was judged risky. */
    boolean publiclyVisible() {
        return "PASS".equals(textVerdict) && !Boolean.TRUE.equals(flagged);
    }
}
