package cn.safetymonth.identity;

import cn.safetymonth.common.auth.AdminRole;
import cn.safetymonth.common.web.OrNull;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Request and response shapes of the identity endpoints. */
final class IdentityWeb {

    private IdentityWeb() {
    }

    @Schema(description = "职工微信登录")
    record WorkerLoginReq(
            @Schema(description = "wx.login() 返回的 code", example = "081Kq1ll2Vj8Ke4ZxYml2v0Xaf1Kq1lF", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 128) String code) {
    }

    @Schema(description = "登录结果：之后在请求头带 Authorization: Bearer {token}")
    record LoginResp(
            @Schema(description = "登录令牌") String token,
            @Schema(description = "有效期（秒）") long expiresIn,
            @Schema(description = "是否必须先修改密码（仅管理端）") boolean mustChangePassword,
            @Schema(description = "仅职工端：是否已同意现行《隐私保护指引》；accepted 为 false 时先展示指引（getPrivacyNotice）再请本人同意")
            @OrNull ConsentStatus privacy) {

        LoginResp(String token, long expiresIn, boolean mustChangePassword) {
            this(token, expiresIn, mustChangePassword, null);
        }
    }

    @Schema(description = "本人对《隐私保护指引》的同意情况")
    record ConsentStatus(
            @Schema(description = "现行指引的版本", example = "2025.1") String currentVersion,
            @Schema(description = "是否已同意现行版本；未同意时提交手机号、姓名、位置、照片、签名会被拒绝（1014）") boolean accepted,
            @Schema(description = "同意现行版本的时间，未同意为空") @OrNull LocalDateTime acceptedAt,
            @Schema(description = "本人历次同意的记录（最早的在前）") List<ConsentRecord> history) {
    }

    @Schema(description = "一次同意")
    record ConsentRecord(
            @Schema(description = "所同意的指引版本", example = "2025.1") String version,
            @Schema(description = "同意时间") LocalDateTime acceptedAt) {
    }

    @Schema(description = "隐私保护指引：收集哪些信息、为什么、谁能看到、保存多久、如何注销")
    record PrivacyNoticeResp(
            @Schema(description = "版本：同意时原样提交", example = "2025.1") String version,
            @Schema(description = "标题") String title,
            @Schema(description = "生效日期") LocalDate effectiveDate,
            @Schema(description = "正文（Markdown）") String markdown,
            @Schema(description = "本人的同意情况") ConsentStatus consent) {
    }

    @Schema(description = "同意隐私保护指引")
    record AcceptPrivacyReq(
            @Schema(description = "所阅读的指引版本（getPrivacyNotice 返回的 version）", example = "2025.1", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 32) String version) {
    }

    @Schema(description = "职工本人资料")
    record WorkerProfileResp(
            @Schema(description = "职工 ID") long workerId,
            @Schema(description = "姓名（本人填写）") @OrNull String realName,
            @Schema(description = "手机号（脱敏）", example = "138****5678") @OrNull String phoneMasked,
            @Schema(description = "是否以社会公众身份参与（未加入工会）") boolean publicParticipant,
            @Schema(description = "所在基层工会，未加入为空") @OrNull UnionBrief union,
            @Schema(description = "对《隐私保护指引》的同意情况") ConsentStatus privacy) {
    }

    @Schema(name = "IdentityUnionBrief", description = "工会简要信息")
    record UnionBrief(
            @Schema(description = "工会 ID") long id,
            @Schema(description = "名称") String name,
            @Schema(description = "从顶级到本级的名称") List<String> lineage,
            @Schema(description = "加入时间") LocalDateTime joinedAt) {
    }

    @Schema(description = "修改本人资料")
    record UpdateProfileReq(
            @Schema(description = "姓名，1–20 字", example = "张三", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 20, message = "最长 20 字") String realName) {
    }

    @Schema(description = "绑定手机号：getPhoneNumber 按钮返回的 code")
    record BindPhoneReq(
            @Schema(description = "getPhoneNumber 回调中的 code", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 128) String code) {
    }

    @Schema(description = "注销账号：姓名、手机号、微信绑定、签名、照片位置信息将被删除，不可恢复")
    record CloseAccountReq(
            @Schema(description = "确认语，须为“确认注销”", example = "确认注销", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 20) String confirmation) {
    }

    @Schema(description = "管理端登录")
    record AdminLoginReq(
            @Schema(description = "用户名（不区分大小写，首尾空格忽略）", example = "admin", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 64) String username,
            @Schema(description = "密码", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 128) String password,
            @Schema(description = "发到本人绑定微信的 6 位登录验证码（可选）：账号因他人输错密码被锁定时，凭它仍可登录", example = "482913")
            @Pattern(regexp = "\\d{6}", message = "应为 6 位数字") String loginCode) {
    }

    @Schema(description = "获取登录验证码：发到该账号绑定的本人微信（小程序消息）")
    record LoginCodeReq(
            @Schema(description = "用户名", example = "admin", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 64) String username) {
    }

    @Schema(description = "无论账号是否存在、是否绑定微信，回答都相同；已绑定微信的账号会在小程序“消息”中收到验证码")
    record LoginCodeResp(@Schema(description = "验证码有效秒数") long expiresIn) {
    }

    @Schema(description = "修改密码")
    record ChangePasswordReq(
            @Schema(description = "原密码", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 128) String oldPassword,
            @Schema(description = "新密码：8–64 位，同时包含字母和数字", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = Passwords.MAX_LENGTH) String newPassword) {
    }

    @Schema(description = "管理端账号")
    record AccountResp(
            @Schema(description = "账号 ID") long id,
            @Schema(description = "用户名") String username,
            @Schema(description = "显示名") String displayName,
            @Schema(description = "角色") AdminRole role,
            @Schema(description = "绑定的工会 ID（平台管理员为空）") @OrNull Long unionId,
            @Schema(description = "绑定的工会名称") @OrNull String unionName,
            @Schema(description = "是否启用") boolean enabled,
            @Schema(description = "是否须修改初始密码") boolean mustChangePassword,
            @Schema(description = "最近登录时间") @OrNull LocalDateTime lastLoginAt,
            @Schema(description = "是否已绑定本人微信（接收填报提醒与登录验证码）") boolean wechatBound,
            @Schema(description = "是否因密码错误次数过多而被锁定（上级管理员可解锁）") boolean locked) {
    }

    @Schema(description = "微信绑定码：在小程序“我的 → 绑定工会工作账号”中输入，10 分钟内有效")
    record BindingCodeResp(@Schema(example = "482913") String code, @Schema(description = "有效秒数") long expiresIn) {
    }

    @Schema(description = "绑定工会工作账号")
    record StaffBindingReq(@Schema(description = "管理后台给出的 6 位绑定码", example = "482913", requiredMode = Schema.RequiredMode.REQUIRED)
                           @jakarta.validation.constraints.NotBlank(message = "不能为空")
                           @jakarta.validation.constraints.Pattern(regexp = "\\d{6}", message = "应为 6 位数字") String code) {
    }

    @Schema(description = "新建下级账号：初始密码由系统生成，仅返回这一次，首次登录须修改")
    record CreateAccountReq(
            @Schema(description = "用户名：字母开头，4–32 位字母、数字或下划线；一律存为小写", example = "dongcheng_admin",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 64) String username,
            @Schema(description = "显示名", example = "东城区总工会 李老师", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 50, message = "最长 50 字") String displayName,
            @Schema(description = "角色", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull AdminRole role,
            @Schema(description = "绑定的工会 ID（须在本人管辖范围内）；平台管理员账号不属于任何工会，须为空") Long unionId) {
    }

    @Schema(description = "新账号或重置后的初始密码：仅显示这一次")
    record InitialPasswordResp(
            @Schema(description = "账号") AccountResp account,
            @Schema(description = "初始密码，请当面或电话告知本人") String initialPassword) {
    }

    @Schema(description = "启用或停用账号")
    record SetEnabledReq(
            @Schema(description = "true 启用，false 停用", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull Boolean enabled) {
    }

    @Schema(description = "工会会员（职工）")
    record MemberResp(
            @Schema(description = "职工 ID") long workerId,
            @Schema(description = "姓名（脱敏）", example = "张*") @OrNull String realNameMasked,
            @Schema(description = "手机号（脱敏）", example = "138****5678") @OrNull String phoneMasked,
            @Schema(description = "所在基层工会 ID") long unionId,
            @Schema(description = "所在基层工会名称") @OrNull String unionName,
            @Schema(description = "加入日期：只到日，加入的时刻可能与一条上报的时刻对上，指认出举报人") LocalDate joinedOn) {
    }
}
