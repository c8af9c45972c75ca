package cn.safetymonth.common.geo;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * Where the phone is, as wx.getLocation (and wx.chooseLocation, for a place's name and address) gives it: the one
 * request type for a location, in every module. Compare points only through {@link #gcj02()}.
 */
@Schema(name = "LocationReq", description = "位置（wx.getLocation / wx.chooseLocation 的结果）")
public record LocationReq(
        @Schema(description = "纬度", example = "31.2304", requiredMode = REQUIRED) @NotNull
        @DecimalMin(value = "-90", message = "{safety.range.latitude}") @DecimalMax(value = "90", message = "{safety.range.latitude}") Double latitude,
        @Schema(description = "经度", example = "121.4737", requiredMode = REQUIRED) @NotNull
        @DecimalMin(value = "-180", message = "{safety.range.longitude}") @DecimalMax(value = "180", message = "{safety.range.longitude}") Double longitude,
        @Schema(description = "坐标系：wgs84（wx.getLocation 默认）或 gcj02，大小写均可", requiredMode = REQUIRED,
                type = "string", allowableValues = {"wgs84", "gcj02", "WGS84", "GCJ02"}) @NotNull
        Coordinates.CoordSystem coordSystem,
        @Schema(description = "定位精度（米）", example = "30") @DecimalMin(value = "0", message = "不能为负数")
        @DecimalMax(value = "100000", message = "不能超过 100000") Double accuracy,
        @Schema(description = "地址（wx.chooseLocation 的 address）") @Size(max = 200) String address,
        @Schema(description = "地点名称（wx.chooseLocation 的 name）") @Size(max = 100) String placeName) {

    /** The point in gcj02, the system China's maps (and the mini-program's map component) draw. */
    public Coordinates.Point gcj02() {
        return Coordinates.toGcj02(latitude, longitude, coordSystem);
    }
}
