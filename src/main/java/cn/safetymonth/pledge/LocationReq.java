package cn.safetymonth.pledge;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A point from wx.getLocation, with the coordinate system it is in (wgs84 by default, gcj02 on request). */
@Schema(name = "PledgeLocationReq", description = "定位（wx.getLocation 的结果）")
public record LocationReq(
        @Schema(description = "纬度", example = "30.2741", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "不能为空") @DecimalMin(value = "-90", message = "须在 -90 到 90 之间") @DecimalMax(value = "90", message = "须在 -90 到 90 之间") Double latitude,
        @Schema(description = "经度", example = "120.1551", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "不能为空") @DecimalMin(value = "-180", message = "须在 -180 到 180 之间") @DecimalMax(value = "180", message = "须在 -180 到 180 之间") Double longitude,
        @Schema(description = "坐标系：gcj02 或 wgs84（大小写均可）", example = "gcj02", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "不能为空") @Pattern(regexp = "gcj02|wgs84", message = "须为 gcj02 或 wgs84") String coordSystem,
        @Schema(description = "精度（米）", example = "30")
        @DecimalMin(value = "0", message = "不能为负数") @DecimalMax(value = "100000", message = "不能超过 100000") Double accuracy,
        @Schema(description = "地点名称或地址（选填）", example = "清河区人民广场")
        @Size(max = 100, message = "长度不能超过 100") String address) {

    /** wx.getLocation spells the system in lower case; the hazard report's upper case is read the same. */
    public LocationReq {
        coordSystem = coordSystem == null ? null : coordSystem.toLowerCase(java.util.Locale.ROOT);
    }
}
