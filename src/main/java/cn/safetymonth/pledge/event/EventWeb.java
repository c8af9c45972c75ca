package cn.safetymonth.pledge.event;

import cn.safetymonth.common.geo.LocationReq;
import cn.safetymonth.common.web.OrNull;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.List;

/** Request and response shapes of offline events. */
final class EventWeb {

    static final String SCENE_CHARS = "[0-9A-Za-z!#$&'()*+,/:;=?@._~-]{1,32}";

    private EventWeb() {
    }

    @Schema(description = "活动类型")
    record TypeResp(@Schema(example = "EVACUATION_DRILL") String code, @Schema(example = "应急逃生演练") String label) {
    }

    @Schema(description = "新建线下活动")
    record CreateReq(
            @Schema(description = "主办工会 ID（本级或下级）", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Long unionId,
            @Schema(description = "活动类型编号（见 adminListEventTypes）", example = "EVACUATION_DRILL", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 32) String eventType,
            @Schema(description = "活动名称；类型为 OTHER 时必填，其余默认为类型名称") @Size(max = 60) String name,
            @Schema(description = "开始时间", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull LocalDateTime startsAt,
            @Schema(description = "结束时间（签到截止）", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull LocalDateTime endsAt,
            @Schema(description = "地点", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 100) String place,
            @Schema(description = "活动地点的坐标（设置签到范围时必填）") @Valid LocationReq location,
            @Schema(description = "签到范围半径（米，50–5000），不填则不限位置")
            @Min(value = 50, message = "最小为 50 米") @Max(value = 5000, message = "最大为 5000 米") Integer radiusMeters,
            @Schema(description = "签到方式：FIXED 打印的固定二维码（默认，适合没有屏幕的场地）；ROTATING 现场大屏上每隔十几秒更换的动态二维码，拍照转发无效")
            SignInMode signInMode) {
    }

    enum SignInMode { FIXED, ROTATING }

    @Schema(description = "更改签到方式")
    record SignInModeReq(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "不能为空，可选：FIXED、ROTATING") SignInMode signInMode) {
    }

    @Schema(description = "现场大屏上的动态签到码：到 changesAt 更换，更换后的一个周期内仍可签到")
    record LiveCodeResp(@Schema(example = "483920") String code, @Schema(description = "小程序码携带的 scene") String scene,
                        LocalDateTime changesAt, @Schema(description = "更换周期（秒）") long periodSeconds,
                        @Schema(description = "扫码签到人次") int signedInCount) {
    }

    @Schema(description = "线下活动")
    record EventResp(long eventId, long unionId, @OrNull String unionName, String eventType, String eventTypeLabel, String name,
                     LocalDateTime startsAt, LocalDateTime endsAt, String place,
                     @Schema(description = "签到范围半径（米），不限位置为空") @OrNull Integer radiusMeters,
                     @Schema(description = "小程序码携带的 scene（固定二维码）") String scene,
                     @Schema(description = "签到方式：FIXED 固定二维码；ROTATING 现场大屏动态二维码") SignInMode signInMode,
                     @Schema(description = "扫码签到人次") int signedInCount,
                     @Schema(description = "补录人数（无法扫码时由工会登记）") int recordedHeadCount,
                     @Schema(description = "是否有补录") boolean recorded,
                     @Schema(description = "计入统计的人次：扫码签到 + 补录") int totalCount,
                     @OrNull LocalDateTime recordedAt,
                     @Schema(description = "补录的现场照片临时链接") List<String> evidenceUrls) {
    }

    @Schema(description = "扫码看到的活动")
    record PreviewResp(String name, String eventTypeLabel, String unionName, String place, LocalDateTime startsAt,
                       LocalDateTime endsAt, @Schema(description = "现在可以签到") boolean open,
                       @Schema(description = "签到需要定位") boolean needsLocation,
                       @Schema(description = "本人已签到") boolean signedIn) {
    }

    @Schema(description = "扫码签到")
    record SignInReq(
            @Schema(description = "小程序码的 scene（onLoad 的 options.scene，解码后）", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Pattern(regexp = SCENE_CHARS, message = "不是有效的活动码") String scene,
            @Schema(description = "定位（活动设置了签到范围时必填）") @Valid LocationReq location) {
    }

    @Schema(description = "签到结果")
    record SignInResp(long signInId, long eventId, String name, String eventTypeLabel, String place, LocalDateTime signedInAt) {
    }
}
