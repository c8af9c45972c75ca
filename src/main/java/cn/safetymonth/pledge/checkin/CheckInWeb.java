package cn.safetymonth.pledge.checkin;

import cn.safetymonth.common.geo.LocationReq;
import cn.safetymonth.common.web.OrNull;
import cn.safetymonth.pledge.PledgeCatalog;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Request and response shapes of themed check-ins. No streaks: only what was done, day by day. */
final class CheckInWeb {

    private CheckInWeb() {
    }

    @Schema(description = "打卡主题")
    record ThemeResp(String code, String name, @OrNull String description, LocalDate startDate, LocalDate endDate,
                     @Schema(description = "今天可以打卡") boolean openToday,
                     @Schema(description = "照片：REQUIRED 必须；OPTIONAL 可选；NONE 不需要") PledgeCatalog.Requirement photo,
                     @Schema(description = "定位：REQUIRED 必须；OPTIONAL 可选；NONE 不需要") PledgeCatalog.Requirement location,
                     @Schema(description = "今天已打卡") boolean checkedInToday) {
    }

    @Schema(description = "打卡")
    record CheckInReq(
            @Schema(description = "主题编号", example = "ESCAPE_ROUTE", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 32) String themeCode,
            @Schema(description = "照片的 uploadId（先调用 uploadPledgeImage 上传）")
            @Positive Long photoUploadId,
            @Schema(description = "定位") @Valid LocationReq location) {
    }

    @Schema(description = "一次打卡（本人可见）")
    record CheckInResp(long checkInId, String themeCode, String themeName, LocalDate day, LocalDateTime checkedInAt,
                       @Schema(description = "加了水印（主题、时间、地点）的照片临时链接，没有照片为空") @OrNull String photoUrl,
                       @Schema(description = "打卡地点") @OrNull String address) {
    }
}
