package cn.safetymonth.identity;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

/** One acceptance of one version of the privacy notice; appended, never changed. */
@Getter
@Setter
@TableName("worker_consent")
class WorkerConsentEntity {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long workerId;
    private String noticeVersion;
    private LocalDateTime acceptedAt;
}
