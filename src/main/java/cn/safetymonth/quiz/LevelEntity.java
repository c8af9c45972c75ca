package cn.safetymonth.quiz;

import cn.safetymonth.common.persistence.AuditedRow;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
@TableName("quiz_level")
class LevelEntity extends AuditedRow {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long campaignId;
    private String code;
    private Scene scene;
    private Integer sortOrder;
    private String title;
    private String pictureKey;
    private String contentHash;
}
