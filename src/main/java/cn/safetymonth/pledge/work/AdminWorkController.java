package cn.safetymonth.pledge.work;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.*;

import static cn.safetymonth.common.auth.Access.Caller.STAFF;

@Tag(name = "admin-work", description = "管理端：审核本级及下级职工的作品")
@Access(STAFF)
@RestController
@RequestMapping("/api/admin/works")
@Validated
class AdminWorkController {

    private final WorkReviewService reviews;

    AdminWorkController(WorkReviewService reviews) {
        this.reviews = reviews;
    }

    @Operation(operationId = "adminListWorks", summary = "本级及下级职工的作品（含内容安全检测结果），可按状态、类型筛选")
    @GetMapping
    ApiResponse<PageResult<WorkWeb.AdminWorkResp>> list(
            AdminPrincipal admin,
            @Parameter(description = "工会 ID，默认本级") @RequestParam(required = false) Long unionId,
            @Parameter(description = "SUBMITTED、ACCEPTED、RETURNED") @RequestParam(required = false)
            @Pattern(regexp = "SUBMITTED|ACCEPTED|RETURNED", message = "须为 SUBMITTED、ACCEPTED 或 RETURNED") String status,
            @Parameter(description = "LETTER、ESSAY、SCIENCE") @RequestParam(required = false)
            @Pattern(regexp = "LETTER|ESSAY|SCIENCE", message = "须为 LETTER、ESSAY 或 SCIENCE") String kind,
            @Valid @ParameterObject PageQuery page) {
        return ApiResponse.ok(reviews.list(admin, unionId, status, kind, page));
    }

    @Operation(operationId = "adminReviewWork", summary = "审核作品：采用或退回（写明原因），结果通知作者；两人同时审核只有一人生效")
    @PostMapping("/{workId}/review")
    ApiResponse<WorkWeb.AdminWorkResp> review(AdminPrincipal admin, @PathVariable long workId,
                                              @Valid @RequestBody WorkWeb.ReviewReq req) {
        return ApiResponse.ok(reviews.review(admin, workId, req));
    }
}
