package cn.safetymonth.identity;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AdminPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.*;

import static cn.safetymonth.common.auth.Access.Caller.ANYONE;
import static cn.safetymonth.common.auth.Access.Caller.STAFF;

@Tag(name = "admin-auth", description = "管理端：登录、修改密码")
@Access(STAFF)
@RestController
@RequestMapping("/api/admin/auth")
class AdminAuthController {

    private final AdminAuthService auth;
    private final AdminAccountService accounts;
    private final StaffBindingService bindings;

    AdminAuthController(AdminAuthService auth, AdminAccountService accounts, StaffBindingService bindings) {
        this.auth = auth;
        this.accounts = accounts;
        this.bindings = bindings;
    }

    @Access(ANYONE)
    @Operation(operationId = "adminLogin", summary = "工会工作人员登录：连续输错 5 次临时锁定，一小时内至多 20 次；带本人微信收到的验证码可越过锁定")
    @PostMapping("/login")
    ApiResponse<IdentityWeb.LoginResp> login(@Valid @RequestBody IdentityWeb.AdminLoginReq req) {
        return ApiResponse.ok(auth.login(req.username(), req.password(), req.loginCode()));
    }

    @Access(ANYONE)
    @Operation(operationId = "adminSendLoginCode", summary = "获取登录验证码：发到账号绑定的本人微信，10 分钟内有效、只能用一次；回答不透露账号是否存在")
    @PostMapping("/login-code")
    ApiResponse<IdentityWeb.LoginCodeResp> loginCode(@Valid @RequestBody IdentityWeb.LoginCodeReq req) {
        return ApiResponse.ok(auth.sendLoginCode(req.username()));
    }

    @Access(value = STAFF, beforePasswordChange = true)
    @Operation(operationId = "adminLogout", summary = "退出登录")
    @PostMapping("/logout")
    ApiResponse<Void> logout(AdminPrincipal admin, HttpServletRequest request) {
        auth.logout(AuthInterceptor.token(request));
        return ApiResponse.ok();
    }

    @Access(value = STAFF, beforePasswordChange = true)
    @Operation(operationId = "adminGetMe", summary = "当前登录账号")
    @GetMapping("/me")
    ApiResponse<IdentityWeb.AccountResp> me(AdminPrincipal admin) {
        return ApiResponse.ok(accounts.me(admin));
    }

    @Access(value = STAFF, beforePasswordChange = true)
    @Operation(operationId = "adminChangePassword", summary = "修改密码（首次登录必须修改；其他会话随之失效，返回新令牌）")
    @PostMapping("/password")
    ApiResponse<IdentityWeb.LoginResp> changePassword(AdminPrincipal admin,
                                                      @Valid @RequestBody IdentityWeb.ChangePasswordReq req) {
        return ApiResponse.ok(auth.changePassword(admin.accountId(), req.oldPassword(), req.newPassword()));
    }

    @Operation(operationId = "adminCreateWeChatBindingCode", summary = "获取微信绑定码：在小程序中输入后，填报提醒也会以微信订阅消息送达本人")
    @PostMapping("/wechat-binding")
    ApiResponse<IdentityWeb.BindingCodeResp> bindingCode(AdminPrincipal admin) {
        return ApiResponse.ok(bindings.newCode(admin.accountId()));
    }

    @Operation(operationId = "adminUnbindWeChat", summary = "解除本账号与微信的绑定")
    @DeleteMapping("/wechat-binding")
    ApiResponse<Void> unbind(AdminPrincipal admin) {
        bindings.unbind(admin);
        return ApiResponse.ok();
    }
}
