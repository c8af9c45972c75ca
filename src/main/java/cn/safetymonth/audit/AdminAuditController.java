package cn.safetymonth.audit;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import static cn.safetymonth.common.auth.Access.Caller.STAFF;
import static cn.safetymonth.common.auth.AdminRole.PLATFORM_ADMIN;

@Tag(name = "admin-audit", description = "管理端：工作人员审计日志（平台管理员）")
@Access(STAFF)
@RestController
@RequestMapping("/api/admin/audit")
class AdminAuditController {

    private static final String CSV = "text/csv;charset=UTF-8";

    private final AuditQueryService audit;
    private final Clock clock;

    AdminAuditController(AuditQueryService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Operation(operationId = "adminListAuditEntries",
            summary = "审计日志：登录、账号变更、解锁、查看举报人身份与职工名单、导出、报送、导入、模板安装等，按日期、工会、类别筛选，新的在前（仅平台管理员）")
    @Access(value = STAFF, roles = PLATFORM_ADMIN, refusal = "审计日志仅平台管理员可以查看")
    @GetMapping
    ApiResponse<PageResult<AuditWeb.EntryResp>> list(AdminPrincipal admin,
                                                    @Valid @ParameterObject AuditWeb.Filter filter, @Valid @ParameterObject PageQuery page) {
        return ApiResponse.ok(audit.list(admin, filter, page));
    }

    @Operation(operationId = "adminExportAuditEntries",
            summary = "导出审计日志（CSV，UTF-8）：与列表相同的筛选，新的在前，最多 50000 条（仅平台管理员）")
    @ApiResponses(@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "CSV 文件",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string", format = "binary"))))
    @Access(value = STAFF, roles = PLATFORM_ADMIN, refusal = "审计日志仅平台管理员可以查看")
    @Audited(AuditKind.AUDIT_EXPORTED)
    @GetMapping("/export")
    ResponseEntity<byte[]> export(AdminPrincipal admin, @Valid @ParameterObject AuditWeb.Filter filter) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("审计日志-" + LocalDate.now(clock) + ".csv", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(CSV))
                .body(audit.export(admin, filter));
    }
}
