package cn.safetymonth.identity;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.PersonalDataWrite;
import cn.safetymonth.common.auth.WorkerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.*;

import static cn.safetymonth.common.auth.Access.Caller.ANYONE;
import static cn.safetymonth.common.auth.Access.Caller.WORKER;

@Tag(name = "app-auth", description = "职工端：微信登录与本人资料")
@Access(WORKER)
@RestController
@RequestMapping("/api/app")
class AppAuthController {

    private final WorkerService workers;
    private final StaffBindingService bindings;
    private final AccountClosureService closures;

    AppAuthController(WorkerService workers, StaffBindingService bindings, AccountClosureService closures) {
        this.workers = workers;
        this.bindings = bindings;
        this.closures = closures;
    }

    @Access(ANYONE)
    @Operation(operationId = "workerLogin", summary = "微信登录：用 wx.login 的 code 换取登录令牌")
    @PostMapping("/auth/login")
    ApiResponse<IdentityWeb.LoginResp> login(@Valid @RequestBody IdentityWeb.WorkerLoginReq req) {
        return ApiResponse.ok(workers.login(req.code()));
    }

    @Operation(operationId = "workerLogout", summary = "退出登录（令牌立即失效）")
    @PostMapping("/auth/logout")
    ApiResponse<Void> logout(WorkerPrincipal worker, HttpServletRequest request) {
        workers.logout(AuthInterceptor.token(request));
        return ApiResponse.ok();
    }

    @Operation(operationId = "getMyProfile", summary = "本人资料与所在工会")
    @GetMapping("/me")
    ApiResponse<IdentityWeb.WorkerProfileResp> me(WorkerPrincipal worker) {
        return ApiResponse.ok(workers.profile(worker.workerId()));
    }

    @PersonalDataWrite
    @Operation(operationId = "updateMyProfile", summary = "填写本人姓名（供所在工会核对会员）")
    @PutMapping("/me")
    ApiResponse<IdentityWeb.WorkerProfileResp> update(WorkerPrincipal worker,
                                                      @Valid @RequestBody IdentityWeb.UpdateProfileReq req) {
        return ApiResponse.ok(workers.updateProfile(worker.workerId(), req.realName()));
    }

    @PersonalDataWrite
    @Operation(operationId = "bindMyPhone", summary = "绑定手机号（getPhoneNumber 按钮的 code，可选）")
    @PostMapping("/me/phone")
    ApiResponse<IdentityWeb.WorkerProfileResp> bindPhone(WorkerPrincipal worker,
                                                         @Valid @RequestBody IdentityWeb.BindPhoneReq req) {
        return ApiResponse.ok(workers.bindPhone(worker.workerId(), req.code()));
    }

    @Operation(operationId = "bindStaffWeChat", summary = "工会工作人员绑定本人微信：输入管理后台给出的绑定码，此后填报提醒以订阅消息送达")
    @PostMapping("/me/staff-binding")
    ApiResponse<Void> bindStaff(WorkerPrincipal worker, @Valid @RequestBody IdentityWeb.StaffBindingReq req) {
        bindings.bind(worker.workerId(), req.code());
        return ApiResponse.ok();
    }

    @Operation(operationId = "closeMyAccount", summary = "注销账号：确认后立即删除姓名、手机号、微信绑定、签名等，所有登录失效；再次登录将是新用户")
    @PostMapping("/me/close")
    ApiResponse<Void> close(WorkerPrincipal worker, @Valid @RequestBody IdentityWeb.CloseAccountReq req) {
        closures.close(worker.workerId(), req.confirmation());
        return ApiResponse.ok();
    }
}
