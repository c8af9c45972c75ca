package cn.safetymonth.hazard;

import cn.safetymonth.audit.AuditKind;
import cn.safetymonth.audit.Audited;
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
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

import java.nio.charset.StandardCharsets;

import static cn.safetymonth.common.auth.Access.Caller.STAFF;

@Tag(name = "admin-hazard", description = "管理端：隐患审核、交办整改、隐患地图与整改清单")
@Access(STAFF)
@RestController
@RequestMapping("/api/admin/hazard")
class AdminHazardController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final HazardPhotoService photos;
    private final HazardReviewService reviews;
    private final HazardAdminQueryService queries;
    private final HazardExportService exports;
    private final HazardCategories categories;

    AdminHazardController(HazardPhotoService photos, HazardReviewService reviews, HazardAdminQueryService queries, HazardExportService exports,
                          HazardCategories categories) {
        this.photos = photos;
        this.reviews = reviews;
        this.queries = queries;
        this.exports = exports;
        this.categories = categories;
    }

    @Operation(operationId = "adminListHazardCategories", summary = "隐患类别与场景（筛选审核队列用）")
    @GetMapping("/categories")
    ApiResponse<HazardWeb.CategoriesResp> categories(AdminPrincipal admin) {
        return ApiResponse.ok(categories.view());
    }

    @Operation(operationId = "adminListHazardReports", summary = "本级及下级工会职工的隐患上报（审核用，含脱敏举报人信息）")
    @GetMapping("/reports")
    ApiResponse<PageResult<HazardWeb.AdminReportItem>> list(AdminPrincipal admin,
                                                            @Valid @ParameterObject HazardQueries.Filter filter, @Valid @ParameterObject PageQuery page) {
        return ApiResponse.ok(queries.reviewList(admin, filter, page));
    }

    @Operation(operationId = "adminListRectifications", summary = "交办给本级及下级单位整改的隐患（不含举报人信息）")
    @GetMapping("/rectifications")
    ApiResponse<PageResult<HazardWeb.AdminReportItem>> rectifications(AdminPrincipal admin,
                                                                      @Valid @ParameterObject HazardQueries.Filter filter, @Valid @ParameterObject PageQuery page) {
        return ApiResponse.ok(queries.unitList(admin, filter, page));
    }

    @Operation(operationId = "adminGetHazardReport", summary = "隐患详情：审核员可见证据与脱敏举报人；责任单位看不到任何举报人信息")
    @GetMapping("/reports/{reportId}")
    ApiResponse<HazardWeb.AdminReportResp> get(AdminPrincipal admin, @PathVariable long reportId) {
        return ApiResponse.ok(queries.get(admin, reportId));
    }

    @Operation(operationId = "adminReviewHazardReport", summary = "审核：核实确认（一般/重大，发放积分）或不予采纳（写明理由）")
    @PostMapping("/reports/{reportId}/review")
    ApiResponse<HazardWeb.AdminReportResp> review(AdminPrincipal admin, @PathVariable long reportId,
                                                  @Valid @RequestBody HazardWeb.ReviewReq req) {
        return ApiResponse.ok(reviews.review(admin, reportId, req));
    }

    @Operation(operationId = "adminAssignRectification", summary = "交办整改：责任单位和/或责任人、整改期限")
    @PostMapping("/reports/{reportId}/assign")
    ApiResponse<HazardWeb.AdminReportResp> assign(AdminPrincipal admin, @PathVariable long reportId,
                                                  @Valid @RequestBody HazardWeb.AssignReq req) {
        return ApiResponse.ok(reviews.assign(admin, reportId, req));
    }

    @Operation(operationId = "adminUploadHazardPhoto", summary = "上传一张整改后照片（字段名 file），返回照片凭证")
    @PostMapping(value = "/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ApiResponse<HazardWeb.PhotoResp> upload(AdminPrincipal admin, @RequestPart("file") MultipartFile file) {
        return ApiResponse.ok(photos.upload("a:" + admin.accountId(), file));
    }

    @Operation(operationId = "adminCompleteRectification", summary = "完成整改：整改后照片与整改说明")
    @PostMapping("/reports/{reportId}/complete")
    ApiResponse<HazardWeb.AdminReportResp> complete(AdminPrincipal admin, @PathVariable long reportId,
                                                    @Valid @RequestBody HazardWeb.CompleteReq req) {
        return ApiResponse.ok(reviews.complete(admin, reportId, req));
    }

    @Operation(operationId = "adminCloseHazard", summary = "办结已整改的隐患")
    @PostMapping("/reports/{reportId}/close")
    ApiResponse<HazardWeb.AdminReportResp> close(AdminPrincipal admin, @PathVariable long reportId,
                                                 @Valid @RequestBody HazardWeb.NoteReq req) {
        return ApiResponse.ok(reviews.close(admin, reportId, req));
    }

    @Operation(operationId = "adminReopenHazard", summary = "整改不到位，重新整改（写明原因）")
    @PostMapping("/reports/{reportId}/reopen")
    ApiResponse<HazardWeb.AdminReportResp> reopen(AdminPrincipal admin, @PathVariable long reportId,
                                                  @Valid @RequestBody HazardWeb.NoteReq req) {
        return ApiResponse.ok(reviews.reopen(admin, reportId, req));
    }

    @Operation(operationId = "adminReconsiderHazard", summary = "不予采纳有误，重新审核（写明原因）：回到待审核，核实后重新计入统计")
    @PostMapping("/reports/{reportId}/reconsider")
    ApiResponse<HazardWeb.AdminReportResp> reconsider(AdminPrincipal admin, @PathVariable long reportId,
                                                      @Valid @RequestBody HazardWeb.NoteReq req) {
        return ApiResponse.ok(reviews.reconsider(admin, reportId, req));
    }

    @Operation(operationId = "adminLinkDuplicate", summary = "合并重复上报：本条并入更早的同一隐患，不再计分")
    @PostMapping("/reports/{reportId}/link-duplicate")
    ApiResponse<HazardWeb.AdminReportResp> link(AdminPrincipal admin, @PathVariable long reportId,
                                                @Valid @RequestBody HazardWeb.LinkReq req) {
        return ApiResponse.ok(reviews.linkDuplicate(admin, reportId, req));
    }

    @Operation(operationId = "adminHazardMap", summary = "隐患地图：本级及下级的上报（GeoJSON），按范围、状态、类别、日期筛选")
    @GetMapping("/map")
    ApiResponse<HazardWeb.FeatureCollection> map(AdminPrincipal admin, @Valid @ParameterObject HazardQueries.Box box,
                                                 @Valid @ParameterObject HazardQueries.Filter filter) {
        return ApiResponse.ok(queries.map(admin, box, filter));
    }

    @Operation(operationId = "adminExportRectificationList", summary = "导出整改清单（Excel）：已核实隐患的单位、类别、等级、期限、状态、完成日期，不含举报人")
    @ApiResponses(@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Excel 文件",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary"))))
    @Audited(AuditKind.RECTIFICATIONS_EXPORTED)
    @GetMapping(value = "/rectification-list", produces = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json"})
    ResponseEntity<byte[]> export(AdminPrincipal admin, @Valid @ParameterObject HazardQueries.Filter filter) {
        byte[] xlsx = exports.rectificationList(admin, filter);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("整改清单.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(xlsx);
    }
}
