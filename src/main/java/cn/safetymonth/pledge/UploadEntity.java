package cn.safetymonth.pledge;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

/** A picture a worker uploaded (wx.uploadFile), used once by a check-in or a work. */
@Getter
@Setter
@TableName("pledge_upload")
class UploadEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long workerId;
    private String objectKey;
    private String contentType;
    private Integer width;
    private Integer height;
    private Long sizeBytes;
    private LocalDateTime usedAt;
}
