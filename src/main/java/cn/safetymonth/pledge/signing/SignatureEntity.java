package cn.safetymonth.pledge.signing;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

/** A worker's signature of one pledge template in one campaign; the PNG itself lives in object storage. */
@Getter
@Setter
@TableName("pledge_signature")
class SignatureEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String campaignCode;
    private String templateCode;
    private Integer templateVersion;
    private String kind;
    private Long workerId;
    private Long unionId;
    private String unionPath;
    /** The union's name when signing, printed on the certificate even after the worker moves. */
    private String unionName;
    private String signatureKey;
    private LocalDateTime signedAt;
    /** When the image left object storage (注销 or retention); null while it is stored. */
    private LocalDateTime imageErasedAt;
}
