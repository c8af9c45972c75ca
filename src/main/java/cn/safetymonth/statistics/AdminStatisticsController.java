package cn.safetymonth.statistics;

import cn.safetymonth.audit.AuditKind;
import cn.safetymonth.audit.Audited;
import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import cn.safetymonth.common.web.WholeFileAnswer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static cn.safetymonth.common.auth.Access.Caller.STAFF;
import static cn.safetymonth.common.auth.AdminRole.PLATFORM_ADMIN;
import static cn.safetymonth.common.auth.AdminRole.UNION_ADMIN;

@Tag(name = "admin-statistics", description = "工会端：活动开展情况统计表（平台数据自动填入、手工补充、导出、报送）")
@Access(STAFF)
@RestController
@RequestMapping("/api/admin/statistics")
class AdminStatisticsController {

    /** A template becomes every union's table: only the platform checks, installs and withdraws one. */
    private static final String TEMPLATES = "只有平台管理员可以检查、安装和撤下统计表模板";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final StatisticsService statistics;
    private final TemplateService templates;

    AdminStatisticsController(StatisticsService statistics, TemplateService templates) {
        this.statistics = statistics;
        this.templates = templates;
    }

    @Operation(operationId = "adminListStatisticsForms", summary = "本单位需填报的统计表及其填报期、截止时间")
    @GetMapping("/forms")
    ApiResponse<List<StatisticsWeb.FormResp>> forms(AdminPrincipal admin) {
        return ApiResponse.ok(statistics.forms(admin));
    }

    @Operation(operationId = "adminGetStatisticsTable", summary = "统计表：按原表版式，平台数字已按本单位及下级的实际数据填入")
    @GetMapping("/forms/{formCode}/table")
    ApiResponse<StatisticsWeb.TableResp> table(AdminPrincipal admin, @PathVariable String formCode,
                                               @Parameter(description = "工会 ID，默认本单位") @RequestParam(required = false) Long unionId,
                                               @Parameter(description = "填报期，默认当前应报送的一期") @RequestParam(required = false) String period) {
        return ApiResponse.ok(statistics.table(admin, formCode, unionId, period));
    }

    @Access(value = STAFF, roles = {PLATFORM_ADMIN, UNION_ADMIN}, refusal = "审核员只能查看统计表，填写请联系本单位工会管理员")
    @Operation(operationId = "adminUpdateManualCells", summary = "填写本单位本期平台无法统计的空格和表头（联系人、电话）；下级填写的数字自动汇总到上级")
    @PutMapping("/forms/{formCode}/manual")
    ApiResponse<StatisticsWeb.TableResp> manual(AdminPrincipal admin, @PathVariable String formCode,
                                                @Parameter(description = "工会 ID，默认本单位") @RequestParam(required = false) Long unionId,
                                                @Parameter(description = "填报期，默认当前应报送的一期") @RequestParam(required = false) String period,
                                                @Valid @RequestBody StatisticsWeb.ManualReq req) {
        return ApiResponse.ok(statistics.updateManual(admin, formCode, unionId, period, req));
    }

    @Operation(operationId = "adminExportStatisticsTable", summary = "导出统计表 .xlsx：原表版式（A4），第二页为下级单位明细")
    @ApiResponses(@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Excel 文件",
            content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))))
    @Audited(AuditKind.STATISTICS_EXPORTED)
    @GetMapping("/forms/{formCode}/export")
    ResponseEntity<byte[]> export(AdminPrincipal admin, @PathVariable String formCode,
                                  @Parameter(description = "工会 ID，默认本单位") @RequestParam(required = false) Long unionId,
                                  @Parameter(description = "填报期，默认当前应报送的一期") @RequestParam(required = false) String period) {
        return xlsx(statistics.export(admin, formCode, unionId, period));
    }

    @Operation(operationId = "adminExportSubmission", summary = "导出一次报送的 .xlsx：报送时生成的文件，每次导出都是同一份")
    @ApiResponses(@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Excel 文件",
            content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))))
    @Audited(AuditKind.STATISTICS_EXPORTED)
    @GetMapping("/submissions/{submissionId}/export")
    ResponseEntity<byte[]> exportSubmission(AdminPrincipal admin, @PathVariable long submissionId) {
        return xlsx(statistics.exportSubmission(admin, submissionId));
    }

    private static ResponseEntity<byte[]> xlsx(Map.Entry<String, byte[]> file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.getKey(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(XLSX))
                .body(file.getValue());
    }

    @Access(value = STAFF, roles = {PLATFORM_ADMIN, UNION_ADMIN}, refusal = "审核员只能查看统计表，报送请联系本单位工会管理员")
    @Operation(operationId = "adminSubmitStatisticsTable", summary = "报送统计表：数字按此刻冻结为一个版本，之后的活动不再改变它；重新报送生成新版本")
    @Audited(AuditKind.STATISTICS_SUBMITTED)
    @PostMapping("/forms/{formCode}/submissions")
    ApiResponse<StatisticsWeb.SubmissionResp> submit(AdminPrincipal admin, @PathVariable String formCode,
                                                     @Parameter(description = "工会 ID，默认本单位") @RequestParam(required = false) Long unionId,
                                                     @Parameter(description = "填报期，默认当前应报送的一期") @RequestParam(required = false) String period,
                                                     @Valid @RequestBody StatisticsWeb.SubmitReq req) {
        return ApiResponse.ok(statistics.submit(admin, formCode, unionId, period));
    }

    @Operation(operationId = "adminListSubmissions", summary = "本单位的报送历史，以及下级单位已报送、逾期或未开始（按组织顺序）")
    @GetMapping("/forms/{formCode}/submissions")
    ApiResponse<StatisticsWeb.SubmissionsResp> submissions(AdminPrincipal admin, @PathVariable String formCode,
                                                           @Parameter(description = "工会 ID，默认本单位") @RequestParam(required = false) Long unionId,
                                                           @Parameter(description = "填报期，默认当前应报送的一期") @RequestParam(required = false) String period) {
        return ApiResponse.ok(statistics.submissions(admin, formCode, unionId, period));
    }

    @Operation(operationId = "adminGetSubmission", summary = "查看一次报送时冻结的整张表")
    @GetMapping("/submissions/{submissionId}")
    ApiResponse<StatisticsWeb.SubmissionDetailResp> submission(AdminPrincipal admin, @PathVariable long submissionId) {
        return ApiResponse.ok(statistics.submission(admin, submissionId));
    }

    @Operation(operationId = "adminDrillDownCell", summary = "平台数字背后的记录：谁、何时、哪个单位（个人信息脱敏）")
    @Audited(AuditKind.RECORDS_VIEWED)
    @GetMapping("/forms/{formCode}/cells/{blankId}/records")
    ApiResponse<PageResult<StatisticsWeb.RecordResp>> records(AdminPrincipal admin, @PathVariable String formCode,
                                                              @PathVariable String blankId,
                                                              @Parameter(description = "工会 ID，默认本单位") @RequestParam(required = false) Long unionId,
                                                              @Parameter(description = "填报期，默认当前应报送的一期") @RequestParam(required = false) String period,
                                                              @Valid @ParameterObject PageQuery page) {
        return ApiResponse.ok(statistics.records(admin, formCode, blankId, unionId, period, page));
    }

    @Operation(operationId = "adminParticipationTrend", summary = "每日各项活动参与人次，及各下级单位的会员数、参与人数和参与率（按组织顺序，不排名）")
    @GetMapping("/forms/{formCode}/trend")
    ApiResponse<StatisticsWeb.TrendResp> trend(AdminPrincipal admin, @PathVariable String formCode,
                                               @Parameter(description = "工会 ID，默认本单位") @RequestParam(required = false) Long unionId) {
        return ApiResponse.ok(statistics.trend(admin, formCode, unionId));
    }

    @Access(value = STAFF, roles = PLATFORM_ADMIN, refusal = TEMPLATES)
    @Operation(operationId = "adminCheckStatisticsTemplate", summary = "平台管理员检查新活动的统计表模板（YAML）：逐条列出错误，不写入任何内容")
    @PostMapping(value = "/templates/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApiResponse<StatisticsWeb.TemplateCheckResp>> checkTemplate(AdminPrincipal admin,
                                                                              @RequestPart("file") MultipartFile file) throws IOException {
        StatisticsWeb.TemplateCheckResp r = templates.check(admin, file);
        return WholeFileAnswer.of(r, r.errors(), StatisticsErrorCodes.TEMPLATE_INVALID, "模板", "");
    }

    @Operation(operationId = "adminInstallStatisticsTemplate",
            summary = "平台管理员安装新活动的统计表模板（YAML）：无错误即生效，各级工会随即可填报；有错误时逐条列出，不安装")
    @Access(value = STAFF, roles = PLATFORM_ADMIN, refusal = TEMPLATES)
    @Audited(AuditKind.TEMPLATE_INSTALLED)
    @PostMapping(value = "/templates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApiResponse<StatisticsWeb.TemplateCheckResp>> installTemplate(AdminPrincipal admin,
                                                                                @RequestPart("file") MultipartFile file) throws IOException {
        StatisticsWeb.TemplateCheckResp r = templates.install(admin, file);
        return WholeFileAnswer.of(r, r.errors(), StatisticsErrorCodes.TEMPLATE_INVALID, "模板", "，未安装");
    }

    @Access(value = STAFF, roles = PLATFORM_ADMIN, refusal = TEMPLATES)
    @Operation(operationId = "adminWithdrawStatisticsTemplate", summary = "平台管理员撤下已安装的统计表模板（仅限尚无单位报送时，例如传错了文件）")
    @Audited(AuditKind.TEMPLATE_WITHDRAWN)
    @DeleteMapping("/templates/{formCode}")
    ApiResponse<Void> withdrawTemplate(AdminPrincipal admin, @PathVariable String formCode) {
        templates.withdraw(admin, formCode);
        return ApiResponse.ok();
    }
}
