package cn.safetymonth.quiz;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

import static cn.safetymonth.common.auth.Access.Caller.STAFF;
import static cn.safetymonth.common.auth.AdminRole.PLATFORM_ADMIN;

@Tag(name = "admin-quiz", description = "管理端：题库导入、答题异常记录")
@Access(STAFF)
@RestController
@RequestMapping("/api/admin/quiz")
class AdminQuizController {

    /** The quiz bank is the whole platform's content. */
    private static final String IMPORTERS = "只有平台管理员可以导入题库";

    private final QuizQueryService queries;
    private final QuizContentImportService importService;

    AdminQuizController(QuizQueryService queries, QuizContentImportService importService) {
        this.queries = queries;
        this.importService = importService;
    }

    @Access(value = STAFF, roles = PLATFORM_ADMIN, refusal = IMPORTERS)
    @Operation(operationId = "adminImportQuizContent", summary = "平台管理员从 Excel 导入题库（图片为以关卡编号命名的 PNG），有错则整批不写入")
    @Audited(AuditKind.QUIZ_CONTENT_IMPORTED)
    @PostMapping(value = "/content/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApiResponse<QuizWeb.ContentImportResp>> importContent(
            AdminPrincipal admin, @RequestPart("file") MultipartFile file,
            @RequestPart(value = "pictures", required = false) List<MultipartFile> pictures)
            throws IOException {
        QuizWeb.ContentImportResp r = importService.importExcel(admin, file, pictures);
        return WholeFileAnswer.of(r, r.errors(), QuizErrorCodes.CONTENT_INVALID, "题库", "，未写入任何内容");
    }

    @Operation(operationId = "adminImportQuickTestQuestions",
            summary = "平台管理员从 Excel 导入“安全力”测一测题库（每行一题：题目编号 主题 主题名称 题型 题目 选项A–E 正确答案 解析），有错则整批不写入")
    @Access(value = STAFF, roles = PLATFORM_ADMIN, refusal = IMPORTERS)
    @Audited(AuditKind.QUICK_QUESTIONS_IMPORTED)
    @PostMapping(value = "/quick-questions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApiResponse<QuizWeb.ContentImportResp>> importQuickQuestions(
            AdminPrincipal admin, @RequestPart("file") MultipartFile file)
            throws IOException {
        QuizWeb.ContentImportResp r = importService.importQuickQuestions(admin, file);
        return WholeFileAnswer.of(r, r.errors(), QuizErrorCodes.CONTENT_INVALID, "题库", "，未写入任何内容");
    }

    @Operation(operationId = "adminClearQuizAttemptFlag",
            summary = "复核后解除闯关的异常标记：记录解除人与时间，此后计入统计与积分")
    @PostMapping("/flagged-attempts/{attemptId}/clear")
    ApiResponse<QuizWeb.FlaggedResp> clearFlag(AdminPrincipal admin, @PathVariable long attemptId) {
        return ApiResponse.ok(queries.clearFlag(admin, attemptId));
    }

    @Operation(operationId = "adminListFlaggedQuizAttempts", summary = "被标记为异常的闯关（不计入统计），本级及下级，附原因与每次点击")
    @GetMapping("/flagged-attempts")
    ApiResponse<PageResult<QuizWeb.FlaggedResp>> flagged(AdminPrincipal admin,
                                                         @Parameter(description = "工会 ID，默认本级") @RequestParam(required = false) Long unionId,
                                                         @Valid @ParameterObject PageQuery page) {
        return ApiResponse.ok(queries.flagged(admin, unionId, page));
    }
}
