package cn.safetymonth.pledge;

import cn.safetymonth.common.web.OrNull;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDateTime;

/** One act of a worker, as their personal history shows it. */
@Schema(description = "我的一条参与记录")
public record Act(
        @Schema(description = "PLEDGE 签署承诺；CHECK_IN 主题打卡；WORK 作品；EVENT 活动签到") String type,
        @Schema(example = "签署承诺") String typeLabel,
        @Schema(description = "记录编号（签署、打卡、作品或签到的 ID）") long refId,
        @Schema(example = "职工安全承诺书") String title,
        @Schema(description = "补充说明，如作品审核状态") @OrNull String detail,
        LocalDateTime at) {
}
