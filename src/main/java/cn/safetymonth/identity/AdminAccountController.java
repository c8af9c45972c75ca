package cn.safetymonth.identity;

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

@Tag(name = "admin-account", description = "管理端：下级账号管理")
@Access(STAFF)
@RestController
@RequestMapping("/api/admin/accounts")
class AdminAccountController {

    private final AdminAccountService accounts;

    AdminAccountController(AdminAccountService accounts) {
        this.accounts = accounts;
    }

    @Operation(operationId = "adminListAccounts", summary = "某工会节点的账号（默认本级）")
    @GetMapping
    ApiResponse<PageResult<IdentityWeb.AccountResp>> list(AdminPrincipal admin,
                                                          @Parameter(description = "工会 ID，须在管辖范围内") @RequestParam(required = false) Long unionId,
                                                          @Valid @ParameterObject PageQuery page) {
        return ApiResponse.ok(accounts.list(admin, unionId, page));
    }

    @Operation(operationId = "adminCreateAccount", summary = "为本级或下级工会创建账号（返回一次性初始密码）")
    @PostMapping
    ApiResponse<IdentityWeb.InitialPasswordResp> create(AdminPrincipal admin,
                                                        @Valid @RequestBody IdentityWeb.CreateAccountReq req) {
        return ApiResponse.ok(accounts.create(admin, req));
    }

    @Operation(operationId = "adminResetAccountPassword", summary = "重置下级账号密码（返回一次性初始密码，其登录随之失效）")
    @PostMapping("/{accountId}/password/reset")
    ApiResponse<IdentityWeb.InitialPasswordResp> reset(AdminPrincipal admin, @PathVariable long accountId) {
        return ApiResponse.ok(accounts.resetPassword(admin, accountId));
    }

    @Operation(operationId = "adminSetAccountEnabled", summary = "启用或停用下级账号")
    @PutMapping("/{accountId}/enabled")
    ApiResponse<IdentityWeb.AccountResp> setEnabled(AdminPrincipal admin, @PathVariable long accountId,
                                                    @Valid @RequestBody IdentityWeb.SetEnabledReq req) {
        return ApiResponse.ok(accounts.setEnabled(admin, accountId, req.enabled()));
    }

    @Operation(operationId = "adminUnlockAccount", summary = "解除下级账号因密码错误次数过多而加的锁定（记入审计日志）")
    @PostMapping("/{accountId}/unlock")
    ApiResponse<IdentityWeb.AccountResp> unlock(AdminPrincipal admin, @PathVariable long accountId) {
        return ApiResponse.ok(accounts.unlock(admin, accountId));
    }
}
