package cn.safetymonth.notice;

import cn.safetymonth.common.web.OrNull;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.List;

final class NoticeWeb {

    private NoticeWeb() {
    }

    @Schema(description = "一条站内消息")
    record MessageResp(long id, @Schema(description = "类别，如 hazard.verified") String kind, String title, String body,
                       @Schema(description = "关联对象类型，如 hazard-report") @OrNull String refType,
                       @Schema(description = "关联对象编号") @OrNull Long refId,
                       boolean read, LocalDateTime createdAt) {

        static MessageResp of(MessageEntity m) {
            return new MessageResp(m.getId(), m.getKind(), m.getTitle(), m.getBody(), m.getRefType(), m.getRefId(),
                    m.getReadAt() != null, m.getCreatedAt());
        }
    }

    @Schema(name = "NoticeTemplateResp", description = "订阅消息模板：在提交前用 wx.requestSubscribeMessage 请求这些模板")
    record TemplateResp(@Schema(example = "hazard-progress") String key, @Schema(description = "模板 ID") String templateId,
                        @Schema(description = "本人尚未使用的授权次数") int remaining) {
    }

    @Schema(description = "wx.requestSubscribeMessage 返回 accept 的模板")
    record GrantReq(@Schema(description = "用户同意的模板 ID 列表（wx.requestSubscribeMessage 结果为 accept 的）", example = "[\"tmpl-hazard-progress\"]", requiredMode = Schema.RequiredMode.REQUIRED)
                    @NotNull @NotEmpty @Size(max = 10, message = "最多 10 个")
                    List<@NotNull @Size(max = 64, message = "过长") String> templateIds) {
    }
}
