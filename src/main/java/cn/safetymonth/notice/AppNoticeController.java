package cn.safetymonth.notice;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.WorkerPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.*;

import java.util.List;

import static cn.safetymonth.common.auth.Access.Caller.WORKER;

@Tag(name = "app-notice", description = "职工端：站内消息与订阅消息授权")
@Access(WORKER)
@RestController
@RequestMapping("/api/app/notices")
class AppNoticeController {

    private final NoticeService notices;

    AppNoticeController(NoticeService notices) {
        this.notices = notices;
    }

    @Operation(operationId = "listMyNotices", summary = "我的消息：审核进度、整改结果等，新消息在前")
    @GetMapping
    ApiResponse<PageResult<NoticeWeb.MessageResp>> list(WorkerPrincipal worker, @Valid @ParameterObject PageQuery page,
                                                        @Parameter(description = "只看未读") @RequestParam(defaultValue = "false") boolean unreadOnly) {
        return ApiResponse.ok(notices.inbox(MessageEntity.WORKER, worker.workerId(), unreadOnly, page));
    }

    @Operation(operationId = "readMyNotice", summary = "把一条消息标为已读")
    @PostMapping("/{messageId}/read")
    ApiResponse<Void> read(WorkerPrincipal worker, @PathVariable long messageId) {
        notices.markRead(MessageEntity.WORKER, worker.workerId(), messageId);
        return ApiResponse.ok();
    }

    @Operation(operationId = "listSubscribeTemplates", summary = "可订阅的消息模板及本人剩余授权次数（提交前据此调用 wx.requestSubscribeMessage）")
    @GetMapping("/subscribe-templates")
    ApiResponse<List<NoticeWeb.TemplateResp>> templates(WorkerPrincipal worker) {
        return ApiResponse.ok(notices.templates(worker.workerId()));
    }

    @Operation(operationId = "recordSubscribeGrants", summary = "上报用户在 wx.requestSubscribeMessage 中同意的模板：每同意一次可收一条")
    @PostMapping("/subscribe-grants")
    ApiResponse<List<NoticeWeb.TemplateResp>> grant(WorkerPrincipal worker, @Valid @RequestBody NoticeWeb.GrantReq req) {
        return ApiResponse.ok(notices.recordGrants(worker.workerId(), req.templateIds()));
    }
}
