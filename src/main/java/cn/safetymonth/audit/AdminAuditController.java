package cn.safetymonth.audit;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static cn.safetymonth.common.auth.Access.Caller.STAFF;
import static cn.safetymonth.common.auth.AdminRole.PLATFORM_ADMIN;

@Tag(name = "admin-audit", description = "管理端：工作人员审计日志（平台管理员）")
@Access(STAFF)
@RestController
@RequestMapping("/api/admin/audit")
class AdminAuditController {

    private final AuditQueryService audit;

    AdminAuditController(AuditQueryService audit) {
        this.audit = audit;
    }

    @Operation(operationId = "adminListAuditEntries",
            summary = "审计日志：登录、账号变更、解锁、查看举报人身份等，按日期、工会、类别筛选，新的在前（仅平台管理员）")
    @Access(value = STAFF, roles = PLATFORM_ADMIN, refusal = "审计日志仅平台管理员可以查看")
    @GetMapping
    ApiResponse<PageResult<AuditWeb.EntryResp>> list(AdminPrincipal admin,
                                                    @Valid @ParameterObject AuditWeb.Filter filter, @Valid @ParameterObject PageQuery page) {
        return ApiResponse.ok(audit.list(admin, filter, page));
    }
}
