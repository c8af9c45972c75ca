package cn.safetymonth.pledge.signing;

import cn.safetymonth.common.web.OrNull;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Request and response shapes of pledges. */
final class PledgeWeb {

    private PledgeWeb() {
    }

    @Schema(name = "PledgeCampaignResp", description = "本次活动")
    record CampaignResp(String code, String name, String theme, LocalDate startDate, LocalDate endDate,
                        @Schema(description = "今天是否在活动时间内") boolean open) {
    }

    @Schema(description = "本人对一份承诺书的签署")
    record MySignature(long signatureId, LocalDateTime signedAt,
                       @Schema(description = "签署时的文本版本") int version,
                       @OrNull @Schema(description = "本人签名图片的临时链接（仅本人可见）；过了保存期限图片已删除时为空") String signatureUrl) {
    }

    @Schema(name = "PledgeTemplateResp", description = "一份承诺书")
    record TemplateResp(@Schema(example = "COMMITMENT") String code,
                        @Schema(description = "COMMITMENT 职工安全承诺书；INITIATIVE 安全倡议书；MANAGER_COMMITMENT 企业主要负责人安全承诺践诺书") String kind,
                        String title, @Schema(description = "文本版本") int version, String text,
                        @Schema(description = "本人的签署，未签署为空") @OrNull MySignature mine) {
    }

    @Schema(description = "承诺书列表")
    record PledgesResp(CampaignResp campaign, List<TemplateResp> templates) {
    }

    @Schema(description = "签署结果")
    record SignResp(long signatureId, String templateCode, String title, LocalDateTime signedAt,
                    @Schema(description = "下载证书的接口路径") String certificatePath) {
    }
}
