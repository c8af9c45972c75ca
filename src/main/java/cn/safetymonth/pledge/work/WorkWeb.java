package cn.safetymonth.pledge.work;

import cn.safetymonth.common.web.OrNull;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** Request and response shapes of works (安全微家书, 主题征文, 科普作品). */
final class WorkWeb {

    private WorkWeb() {
    }

    @Schema(name = "WorkSubmitReq", description = "投稿")
    record SubmitReq(
            @Schema(description = "LETTER 安全微家书；ESSAY 主题征文；SCIENCE 科普作品", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Pattern(regexp = "LETTER|ESSAY|SCIENCE", message = "须为 LETTER、ESSAY 或 SCIENCE") String kind,
            @Schema(description = "标题（征文、科普作品必填，家书不填）", example = "查找身边的安全隐患") @Size(max = 100) String title,
            @Schema(description = "正文（家书 ≤ 800 字，征文 ≤ 5000 字，科普作品说明 ≤ 500 字）", example = "爸妈：燃气软管记得定期更换，出门前关好阀门。") @Size(max = 5000) String body,
            @Schema(description = "配图或海报的 uploadId（先调用 uploadPledgeImage）") @Positive Long imageUploadId,
            @Schema(description = "科普视频链接（https，限白名单网站）") @Size(max = 500) String videoUrl,
            @Schema(description = "旧版客户端的幂等键，已由请求头 Idempotency-Key 取代（同一个键）：不发即可；发了须与请求头一致",
                    example = "c9f1e2a4-7b1d", deprecated = true)
            @Pattern(regexp = "[A-Za-z0-9_-]{8,64}", message = "须为 8–64 位字母、数字、下划线或短横线") String clientRequestId) {
    }

    @Schema(description = "修改后重新提交（仅被退回的作品）；不传 imageUploadId 则保留原图")
    record ReviseReq(
            @Schema(description = "标题") @Size(max = 100) String title,
            @Schema(description = "正文") @Size(max = 5000) String body,
            @Schema(description = "新的配图或海报的 uploadId") @Positive Long imageUploadId,
            @Schema(description = "科普视频链接") @Size(max = 500) String videoUrl) {
    }

    @Schema(description = "本人的作品")
    record WorkResp(long workId, String kind, String kindLabel, @OrNull String title,
                    @Schema(description = "正文；内容安全检测为风险时不显示") @OrNull String body,
                    @Schema(description = "配图或海报临时链接") @OrNull String imageUrl, @OrNull String videoUrl,
                    @Schema(description = "SUBMITTED 待审核；ACCEPTED 已采用；RETURNED 已退回（可修改后重新提交）") String status,
                    String statusLabel, @Schema(description = "退回原因") @OrNull String returnReason,
                    @Schema(description = "第几次提交") int revision, LocalDateTime submittedAt, @OrNull LocalDateTime reviewedAt,
                    @Schema(description = "内容未通过微信内容安全检测，仅审核员可见") boolean contentHidden) {
    }

    @Schema(description = "审核员看到的作品")
    record AdminWorkResp(long workId, String kind, String kindLabel,
                         @Schema(description = "作者（已脱敏）") @OrNull String author, @OrNull Long unionId, @OrNull String title, @OrNull String body,
                         @OrNull String imageUrl, @OrNull String videoUrl, String status, @OrNull String returnReason, int revision,
                         @Schema(description = "文字检测：PASS、REVIEW、RISKY") @OrNull String textVerdict,
                         @Schema(description = "图片检测：PASS、REVIEW、RISKY，检测中为空") @OrNull String imageVerdict,
                         @Schema(description = "有风险内容（仅审核员可见）") boolean flagged,
                         LocalDateTime submittedAt, @OrNull LocalDateTime reviewedAt) {
    }

    @Schema(name = "WorkReviewReq", description = "审核")
    record ReviewReq(
            @Schema(description = "ACCEPTED 采用；RETURNED 退回", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Pattern(regexp = "ACCEPTED|RETURNED", message = "须为 ACCEPTED 或 RETURNED") String outcome,
            @Schema(description = "退回原因（退回时必填，作者可见）") @Size(max = 200) String reason) {
    }
}
