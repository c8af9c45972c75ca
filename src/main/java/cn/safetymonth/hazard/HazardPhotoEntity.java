package cn.safetymonth.hazard;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An uploaded picture: the stripped copy and thumbnail in object storage, the evidence read from the original. */
@Getter
@Setter
@TableName("hazard_photo")
class HazardPhotoEntity extends AuditedRow {
    static final String EVIDENCE = "EVIDENCE";
    static final String AFTER = "AFTER";

    @TableId(type = IdType.AUTO)
    private Long id;
    private String token;
    /** "w:12" for worker 12, "a:3" for staff account 3. */
    private String uploadedBy;
    private Long reportId;
    private String purpose;
    private Integer seq;
    private String objectKey;
    private String thumbKey;
    private String contentType;
    private Long sizeBytes;
    private Integer width;
    private Integer height;
    private LocalDateTime capturedAt;
    private BigDecimal exifLat;
    private BigDecimal exifLng;
    private String mediaTraceId;
    private String mediaVerdict;
    private LocalDateTime expiresAt;

    boolean risky() {
        return "RISKY".equals(mediaVerdict);
    }
}
