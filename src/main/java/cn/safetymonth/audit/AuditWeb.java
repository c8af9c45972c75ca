package cn.safetymonth.audit;

import cn.safetymonth.common.web.OrNull;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Request and response shapes of the audit log. */
final class AuditWeb {

    private AuditWeb() {
    }

    @Schema(name = "AuditFilter", description = "审计日志筛选条件")
    record Filter(@Schema(description = "日期起（含）") LocalDate from,
                  @Schema(description = "日期止（含）") LocalDate to,
                  @Schema(description = "工会 ID：该工会及其下级工会工作人员的记录") @Positive(message = "须为正数") Long unionId,
                  @Schema(description = "类别") AuditKind kind) {
    }

    @Schema(description = "一条审计记录（只增不改）")
    record EntryResp(long id, LocalDateTime at, AuditKind kind, String kindLabel,
                     @Schema(description = "操作人账号 ID；用户名不存在的登录失败为空") @OrNull Long actorAccountId,
                     @Schema(description = "操作人用户名；用户名不存在的登录失败为空") @OrNull String actorUsername,
                     @Schema(description = "操作人所在工会 ID；平台管理员为空") @OrNull Long actorUnionId,
                     @Schema(description = "对象类型：admin-account 账号，hazard-report 隐患上报") @OrNull String subjectType,
                     @Schema(description = "对象 ID") @OrNull Long subjectId,
                     @Schema(description = "说明") @OrNull String detail,
                     @Schema(description = "客户端地址") @OrNull String clientAddress) {

        static EntryResp of(AuditEntryEntity e) {
            AuditKind kind = AuditKind.valueOf(e.getKind());
            return new EntryResp(e.getId(), e.getAt(), kind, kind.label(), e.getActorAccountId(), e.getActorUsername(),
                    e.getActorUnionId(), e.getSubjectType(), e.getSubjectId(), e.getDetail(), e.getClientAddress());
        }
    }
}
