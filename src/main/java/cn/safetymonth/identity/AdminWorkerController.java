package cn.safetymonth.identity;

import cn.safetymonth.audit.AuditKind;
import cn.safetymonth.audit.Audited;
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

@Tag(name = "admin-member", description = "管理端：工会会员（职工）")
@Access(STAFF)
@RestController
@RequestMapping("/api/admin/unions/{unionId}/workers")
class AdminWorkerController {

    private final MemberQueryService members;

    AdminWorkerController(MemberQueryService members) {
        this.members = members;
    }

    @Operation(operationId = "adminListUnionWorkers", summary = "工会的职工（subtree=true 含全部下级），个人信息脱敏")
    @Audited(AuditKind.WORKERS_VIEWED)
    @GetMapping
    ApiResponse<PageResult<IdentityWeb.MemberResp>> list(AdminPrincipal admin, @PathVariable long unionId,
                                                         @Parameter(description = "是否包含全部下级工会的职工") @RequestParam(defaultValue = "false") boolean subtree,
                                                         @Valid @ParameterObject PageQuery page) {
        return ApiResponse.ok(members.list(admin, unionId, subtree, page));
    }
}
