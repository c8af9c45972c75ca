package cn.safetymonth.notice;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.*;

import static cn.safetymonth.common.auth.Access.Caller.STAFF;

/** Staff read the messages of the union node their account is bound to: escalations, reminders, deadlines. */
@Tag(name = "admin-notice", description = "工会端：本级工会的站内消息（逾期升级、填报提醒等）")
@Access(STAFF)
@RestController
@RequestMapping("/api/admin/notices")
class AdminNoticeController {

    private final NoticeService notices;

    AdminNoticeController(NoticeService notices) {
        this.notices = notices;
    }

    @Operation(operationId = "adminListNotices", summary = "本级工会的消息，新消息在前")
    @GetMapping
    ApiResponse<PageResult<NoticeWeb.MessageResp>> list(AdminPrincipal admin, @Valid @ParameterObject PageQuery page,
                                                        @Parameter(description = "只看未读") @RequestParam(defaultValue = "false") boolean unreadOnly) {
        return ApiResponse.ok(notices.inbox(MessageEntity.STAFF, admin.unionId(), unreadOnly, page));
    }

    @Operation(operationId = "adminReadNotice", summary = "把本级工会的一条消息标为已读")
    @PostMapping("/{messageId}/read")
    ApiResponse<Void> read(AdminPrincipal admin, @PathVariable long messageId) {
        notices.markRead(MessageEntity.STAFF, admin.unionId(), messageId);
        return ApiResponse.ok();
    }
}
