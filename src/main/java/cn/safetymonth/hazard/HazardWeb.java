package cn.safetymonth.hazard;

import cn.safetymonth.common.geo.LocationReq;
import cn.safetymonth.common.web.OrNull;
import cn.safetymonth.quiz.Scene;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** Request and response shapes of 随手拍. Worker-facing shapes carry blurred points and no evidence. */
final class HazardWeb {

    static final String VIEWER_ROLE = "REVIEWER 审核（举报人所在基层工会以上）；UNIT 责任单位；WORKPLACE 举报人所在基层工会（只读）。"
            + "后两者看不到任何举报人信息";

    private HazardWeb() {
    }

    @Schema(description = "已上传的照片：提交上报时用 token 引用")
    record PhotoResp(@Schema(description = "照片凭证，24 小时内有效") String token, @Schema(description = "缩略图临时链接") String thumbnailUrl,
                     int width, int height, LocalDateTime expiresAt) {
    }

    @Schema(name = "HazardSubmitReq", description = "提交隐患上报")
    record SubmitReq(
            @Schema(description = "照片凭证（先逐张上传），1–9 张", requiredMode = REQUIRED)
            @NotEmpty(message = "至少需要 1 张照片") @Size(max = 9, message = "最多 9 张照片")
            List<@NotBlank @Size(max = 40, message = "无效") String> photoTokens,
            @Schema(requiredMode = REQUIRED) @NotNull @Valid LocationReq location,
            @Schema(description = "场景", requiredMode = REQUIRED) @NotNull Scene scene,
            @Schema(description = "隐患类别编码（见类别列表）", example = "EBIKE_CHARGING", requiredMode = REQUIRED)
            @NotBlank @Size(max = 32) String category,
            @Schema(description = "隐患描述", requiredMode = REQUIRED) @NotBlank @Size(max = 500) String description,
            @Schema(description = "隐患所在单位（可选）") @Size(max = 100) String unitName,
            @Schema(description = "旧版客户端的幂等键，已由请求头 Idempotency-Key 取代（同一个键）：不发即可；发了须与请求头一致",
                    example = "b1f0c2d4e5f6a7b8", deprecated = true)
            @Pattern(regexp = "[A-Za-z0-9_-]{8,64}", message = "须为 8–64 位字母、数字、- 或 _") String idempotencyKey) {
    }

    @Schema(description = "附近可能重复的隐患：职工看到的是模糊后的位置，距离也按模糊后的位置计算")
    record DuplicateCandidate(long reportId, String category, String categoryLabel, HazardState state, String stateLabel,
                              @Schema(description = "距离（米）：职工端按模糊后的位置、取整到 100 米；审核员为实际距离、取整到 10 米")
                              int distanceMetres, LocalDate submittedOn,
                              double latitude, double longitude, int seenTooCount) {
    }

    @Schema(description = "提交结果")
    record SubmitResp(ReportResp report,
                      @Schema(description = "附近同类、近期的上报，若是同一处可点“我也看到了”") List<DuplicateCandidate> likelyDuplicates) {
    }

    @Schema(description = "照片")
    record PhotoView(@Schema(description = "原图（已去除 EXIF）临时链接；未通过内容审核时为空") @OrNull String url,
                     @Schema(description = "缩略图临时链接") @OrNull String thumbnailUrl, int width, int height,
                     @Schema(description = "未通过内容安全审核，已隐藏") boolean hidden,
                     @Schema(description = "拍摄信息（仅审核员可见）") @OrNull EvidenceView evidence) {
    }

    @Schema(description = "照片自带的拍摄时间与位置（证据，仅审核员可见）")
    record EvidenceView(@OrNull LocalDateTime capturedAt, @OrNull Double latitude, @OrNull Double longitude, String contentCheck,
                        @Schema(description = "照片 GPS（WGS84 换算为 GCJ02）与上报位置相距（米）；照片无 GPS 时为空") @OrNull Integer distanceMetres) {
    }

    @Schema(description = "位置")
    record LocationView(double latitude, double longitude,
                        @Schema(description = "GCJ02；职工端为模糊后的位置：每条上报固定地向随机方向偏移 100–150 米") String coordSystem,
                        @OrNull String address, @OrNull String placeName, @OrNull Double accuracy) {
    }

    @Schema(description = "整改")
    record RectificationView(String assigneeUnitName, @OrNull String assigneePerson, @OrNull LocalDate deadline, boolean overdue,
                             @OrNull String note, @OrNull LocalDateTime rectifiedAt, List<PhotoView> afterPhotos) {
    }

    @Schema(description = "处理记录")
    record TimelineItem(String action, String actionLabel, @OrNull HazardState toState, @OrNull String toStateLabel,
                        @Schema(description = "操作人：本人/举报人/审核员姓名/责任单位/系统") String actor,
                        @Schema(description = "说明；举报人写的说明只给可知举报人者") @OrNull String note,
                        @Schema(description = "时间；举报人本人操作的时刻只给可知举报人者（其他人只见日期）") @OrNull LocalDateTime at,
                        @Schema(description = "日期") LocalDate date) {
    }

    @Schema(description = "我的隐患上报")
    record ReportResp(long id, String category, String categoryLabel, Scene scene, String sceneLabel, String description,
                      @OrNull String unitName, LocationView location, HazardState state, String stateLabel, @OrNull HazardLevel level, @OrNull String levelLabel,
                      @Schema(description = "不予采纳的理由") @OrNull String rejectReason,
                      @Schema(description = "内容安全审核：审核中 / 通过 / 未通过") String contentCheck,
                      List<PhotoView> photos, @OrNull RectificationView rectification,
                      @Schema(description = "本条获得的积分") int points, int seenTooCount,
                      @Schema(description = "已合并到的隐患编号") @OrNull Long duplicateOf,
                      @Schema(description = "可以确认整改结果（已整改/已办结时）") boolean canConfirm,
                      LocalDateTime submittedAt, List<TimelineItem> timeline) {
    }

    @Schema(description = "我的上报列表项")
    record MyReportItem(long id, String categoryLabel, HazardState state, String stateLabel, @OrNull String placeName,
                        String thumbnailUrl, LocalDateTime submittedAt, int points) {
    }

    @Schema(description = "确认整改结果")
    record ConfirmReq(@Schema(description = "true 已整改好（办结）；false 没有整改好（重新整改）", requiredMode = REQUIRED)
                      @NotNull Boolean fixed,
                      @Schema(description = "说明") @Size(max = 200) String comment) {
    }

    @Schema(description = "“我也看到了”")
    record SeenTooResp(long reportId, int seenTooCount) {
    }

    @Schema(description = "积分明细")
    record RewardItem(long reportId, int points, String reason, LocalDateTime at) {
    }

    @Schema(description = "我的随手拍积分")
    record RewardsResp(int totalPoints, List<RewardItem> items) {
    }

    @Schema(description = "隐患类别")
    record CategoryResp(String code, String label, @OrNull String hint) {
    }

    @Schema(name = "HazardSceneResp", description = "场景")
    record SceneResp(Scene scene, String label) {
    }

    @Schema(description = "类别与场景")
    record CategoriesResp(List<CategoryResp> categories, List<SceneResp> scenes) {
    }

    enum Decision { VERIFY, REJECT }

    @Schema(name = "HazardReviewReq", description = "审核：核实（须选等级）或不予采纳（须写理由）")
    record ReviewReq(@Schema(requiredMode = REQUIRED) @NotNull Decision decision,
                     @Schema(description = "隐患等级（核实时必填）") HazardLevel level,
                     @Schema(description = "理由（不予采纳时必填，举报人可见）") @Size(max = 200) String reason) {
    }

    @Schema(description = "交办整改：责任单位（工会组织树节点）和/或责任人，以及整改期限")
    record AssignReq(@Schema(description = "责任单位（工会节点 ID）") Long assigneeUnionId,
                     @Schema(description = "责任人") @Size(max = 50) String assigneePerson,
                     @Schema(description = "整改期限", requiredMode = REQUIRED) @NotNull LocalDate deadline,
                     @Schema(description = "交办说明") @Size(max = 200) String note) {
    }

    @Schema(description = "完成整改：整改后照片与说明")
    record CompleteReq(@Schema(description = "整改后照片凭证，1–9 张", requiredMode = REQUIRED)
                       @NotEmpty(message = "至少需要 1 张整改后照片") @Size(max = 9, message = "最多 9 张照片")
                       List<@NotBlank @Size(max = 40, message = "无效") String> photoTokens,
                       @Schema(description = "整改说明", requiredMode = REQUIRED) @NotBlank
                       @Size(max = 500) String note) {
    }

    @Schema(description = "说明")
    record NoteReq(@Schema(description = "说明（重新整改时必填）") @Size(max = 200) String note) {
    }

    @Schema(description = "合并重复：本条并入更早的同一隐患")
    record LinkReq(@Schema(description = "并入的隐患编号", requiredMode = REQUIRED) @NotNull Long duplicateOf) {
    }

    @Schema(description = "举报人（脱敏）：仅举报人所在基层工会以上、且不是责任单位（或其下级）的审核员可见，每次查看记入审计日志")
    record ReporterView(@OrNull String maskedName, @OrNull String maskedPhone, String unionName) {
    }

    @Schema(description = "管理端列表项")
    record AdminReportItem(long id, String category, String categoryLabel, Scene scene, HazardState state, String stateLabel,
                           @OrNull HazardLevel level, @OrNull String placeName, @OrNull String address, @OrNull String unitName,
                           @Schema(description = "上报时刻（仅可知举报人者可见）") @OrNull LocalDateTime submittedAt,
                           @Schema(description = "上报日期") LocalDate submittedOn,
                           @Schema(description = "内容安全未通过，已对职工隐藏") boolean flagged, String contentCheck,
                           @OrNull LocalDate deadline, boolean overdue, String thumbnailUrl,
                           @Schema(description = VIEWER_ROLE) String viewerRole) {
    }

    @Schema(description = "管理端隐患详情；除可知举报人的审核员外，看到的版本不含任何举报人信息")
    record AdminReportResp(long id, @Schema(description = VIEWER_ROLE) String viewerRole, String category, String categoryLabel, Scene scene, String description,
                           @OrNull String unitName, LocationView location, HazardState state, String stateLabel, @OrNull HazardLevel level,
                           @OrNull String rejectReason, boolean flagged, @OrNull String flagReason, String contentCheck,
                           @Schema(description = "举报人（仅可知举报人的审核员可见）") @OrNull ReporterView reporter,
                           List<PhotoView> photos, @OrNull RectificationView rectification, int seenTooCount,
                           @Schema(description = "已合并到的隐患编号（本人能打开时）") @OrNull Long duplicateOf,
                           @Schema(description = "合并到本条的上报数（本人能打开的）") int duplicatesLinked,
                           @Schema(description = "上报时刻（仅可知举报人者可见）") @OrNull LocalDateTime submittedAt,
                           @Schema(description = "上报日期") LocalDate submittedOn, List<TimelineItem> timeline,
                           @Schema(description = "当前状态下本人可执行的操作：VERIFY、REJECT、LINK_DUPLICATE、ASSIGN、COMPLETE、CLOSE、REOPEN、RECONSIDER")
                           List<String> actions,
                           @Schema(description = "附近同类、近期的其他上报（仅审核员可见，只含本人能打开的，位置不模糊），合并重复时参考")
                           List<DuplicateCandidate> likelyDuplicates) {
    }

    @Schema(description = "GeoJSON 点")
    record Geometry(@Schema(example = "Point") String type, @Schema(description = "[经度, 纬度]（GCJ02）") List<Double> coordinates) {
    }

    @Schema(description = "地图标注的属性")
    record FeatureProps(long id, String category, String categoryLabel, HazardState state, String stateLabel, @OrNull HazardLevel level,
                        @Schema(description = "上报时刻（仅可知举报人的审核员可见）") @OrNull LocalDateTime submittedAt,
                        @Schema(description = "上报日期") LocalDate submittedOn, @OrNull LocalDate deadline, boolean overdue) {
    }

    @Schema(description = "GeoJSON Feature")
    record Feature(@Schema(example = "Feature") String type, long id, Geometry geometry, FeatureProps properties) {
    }

    @Schema(description = "GeoJSON FeatureCollection")
    record FeatureCollection(@Schema(example = "FeatureCollection") String type, List<Feature> features,
                             @Schema(description = "超过上限只返回一部分，请放大地图") boolean truncated) {
    }
}
