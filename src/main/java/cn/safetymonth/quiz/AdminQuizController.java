package cn.safetymonth.quiz;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import cn.safetymonth.common.web.WholeFileAnswer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.*;

@Tag(name = "admin-quiz", description = "管理端：题库导入、答题异常记录")
@RestController
@RequestMapping("/api/admin/quiz")
class AdminQuizController {

    private final QuizQueryService queries;
    private final QuizContentImportService importService;

    AdminQuizController(QuizQueryService queries, QuizContentImportService importService) {
        this.queries = queries;
        this.importService = importService;
    }

    @Operation(operationId = "adminImportQuizContent", summary = "平台管理员从 Excel 导入题库（图片为以关卡编号命名的 PNG），有错则整批不写入")
    @PostMapping(value = "/content/import", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    org.springframework.http.ResponseEntity<ApiResponse<QuizWeb.ContentImportResp>> importContent(
            @Parameter(hidden = true) AdminPrincipal admin, @RequestPart("file") org.springframework.web.multipart.MultipartFile file,
            @RequestPart(value = "pictures", required = false) java.util.List<org.springframework.web.multipart.MultipartFile> pictures)
            throws java.io.IOException {
        QuizWeb.ContentImportResp r = importService.importExcel(admin, file, pictures);
        return WholeFileAnswer.of(r, r.errors(), QuizErrorCodes.CONTENT_INVALID, "题库", "，未写入任何内容");
    }

    @Operation(operationId = "adminListFlaggedQuizAttempts", summary = "用时过短被标记的闯关（不计入统计），本级及下级")
    @GetMapping("/flagged-attempts")
    ApiResponse<PageResult<QuizWeb.FlaggedResp>> flagged(@Parameter(hidden = true) AdminPrincipal admin,
                                                         @Parameter(description = "工会 ID，默认本级") @RequestParam(required = false) Long unionId,
                                                         @Valid @ParameterObject PageQuery page) {
        return ApiResponse.ok(queries.flagged(admin, unionId, page));
    }
}
