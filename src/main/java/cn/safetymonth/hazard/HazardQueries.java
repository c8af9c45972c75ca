package cn.safetymonth.hazard;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Query-string filters of the admin list, the map and the export. */
final class HazardQueries {

    private HazardQueries() {
    }

    @Schema(description = "筛选条件")
    record Filter(@Schema(description = "状态") HazardState state,
                  @Schema(description = "类别编码") @Size(max = 32) String category,
                  @Schema(description = "上报日期起（含）") LocalDate from,
                  @Schema(description = "上报日期止（含）") LocalDate to,
                  @Schema(description = "工会 ID，默认本级及下级") Long unionId,
                  @Schema(description = "只看内容安全未通过的") Boolean flagged,
                  @Schema(description = "只看整改逾期的") Boolean overdue) {
    }

    @Schema(description = "地图范围（GCJ02 经纬度）与筛选")
    record Box(@Schema(description = "西南角经度", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
               @DecimalMin(value = "-180", message = "{safety.range.longitude}") @DecimalMax(value = "180", message = "{safety.range.longitude}") Double minLng,
               @Schema(description = "西南角纬度", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
               @DecimalMin(value = "-90", message = "{safety.range.latitude}") @DecimalMax(value = "90", message = "{safety.range.latitude}") Double minLat,
               @Schema(description = "东北角经度", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
               @DecimalMin(value = "-180", message = "{safety.range.longitude}") @DecimalMax(value = "180", message = "{safety.range.longitude}") Double maxLng,
               @Schema(description = "东北角纬度", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
               @DecimalMin(value = "-90", message = "{safety.range.latitude}") @DecimalMax(value = "90", message = "{safety.range.latitude}") Double maxLat) {

        void check() {
            if (minLng > maxLng || minLat > maxLat) {
                throw HazardErrorCodes.BBOX_INVALID.exception("字段 bbox：西南角（minLng, minLat）须小于东北角（maxLng, maxLat）");
            }
        }
    }
}
