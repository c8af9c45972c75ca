package cn.safetymonth.hazard;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.PersonalDataWrite;
import cn.safetymonth.common.auth.WorkerPrincipal;
import cn.safetymonth.common.geo.LocationReq;
import cn.safetymonth.common.web.IdempotencyKey;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

import static cn.safetymonth.common.auth.Access.Caller.WORKER;

@Tag(name = "app-hazard", description = "职工端：安全隐患随手拍")
@Access(WORKER)
@RestController
@RequestMapping("/api/app/hazard")
class AppHazardController {

    private final HazardPhotoService photos;
    private final HazardSubmitService submits;
    private final HazardWorkerService workers;
    private final HazardAdminQueryService maps;

    AppHazardController(HazardPhotoService photos, HazardSubmitService submits, HazardWorkerService workers, HazardAdminQueryService maps) {
        this.photos = photos;
        this.submits = submits;
        this.workers = workers;
        this.maps = maps;
    }

    @Operation(operationId = "listHazardCategories", summary = "隐患类别与场景")
    @GetMapping("/categories")
    ApiResponse<HazardWeb.CategoriesResp> categories(WorkerPrincipal worker) {
        return ApiResponse.ok(workers.categories());
    }

    @PersonalDataWrite
    @Operation(operationId = "uploadHazardPhoto", summary = "上传一张隐患照片（wx.uploadFile，字段名 file，JPEG/PNG，≤10 MB），返回照片凭证")
    @PostMapping(value = "/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ApiResponse<HazardWeb.PhotoResp> upload(WorkerPrincipal worker, @RequestPart("file") MultipartFile file) {
        return ApiResponse.ok(photos.uploadByWorker(worker.workerId(), file));
    }

    @PersonalDataWrite
    @Operation(operationId = "submitHazardReport", summary = "提交隐患上报（照片凭证 1–9 张）；同一幂等键重试只生成一条，返回附近可能重复的上报")
    @PostMapping("/reports")
    ApiResponse<HazardWeb.SubmitResp> submit(WorkerPrincipal worker, IdempotencyKey key, @Valid @RequestBody HazardWeb.SubmitReq req) {
        return ApiResponse.ok(submits.submit(worker.workerId(), key.required(), req));
    }

    @Operation(operationId = "listMyHazardReports", summary = "我的隐患上报")
    @GetMapping("/reports")
    ApiResponse<PageResult<HazardWeb.MyReportItem>> mine(WorkerPrincipal worker, @Valid @ParameterObject PageQuery page) {
        return ApiResponse.ok(workers.mine(worker.workerId(), page));
    }

    @Operation(operationId = "getHazardReport", summary = "我的一条上报：处理进度、整改情况与处理记录")
    @GetMapping("/reports/{reportId}")
    ApiResponse<HazardWeb.ReportResp> get(WorkerPrincipal worker, @PathVariable long reportId) {
        return ApiResponse.ok(workers.get(worker.workerId(), reportId));
    }

    @Operation(operationId = "confirmHazardFixed", summary = "举报人确认整改结果：已整改好则办结，没整改好则重新整改")
    @PostMapping("/reports/{reportId}/confirm")
    ApiResponse<HazardWeb.ReportResp> confirm(WorkerPrincipal worker, @PathVariable long reportId,
                                              @Valid @RequestBody HazardWeb.ConfirmReq req) {
        return ApiResponse.ok(workers.confirm(worker.workerId(), reportId, req));
    }

    @PersonalDataWrite
    @Operation(operationId = "markSeenToo", summary = "“我也看到了”：在隐患附近时为已有上报补充一次目击（不重复计分）")
    @PostMapping("/reports/{reportId}/seen-too")
    ApiResponse<HazardWeb.SeenTooResp> seenToo(WorkerPrincipal worker, @PathVariable long reportId,
                                               @Valid @RequestBody LocationReq req) {
        return ApiResponse.ok(workers.seenToo(worker.workerId(), reportId, req));
    }

    @Operation(operationId = "listMyHazardRewards", summary = "我的随手拍积分明细")
    @GetMapping("/rewards")
    ApiResponse<HazardWeb.RewardsResp> rewards(WorkerPrincipal worker) {
        return ApiResponse.ok(workers.rewards(worker.workerId()));
    }

    @Operation(operationId = "appHazardMap", summary = "附近已核实的隐患（GeoJSON，位置模糊到约 100 米）")
    @GetMapping("/map")
    ApiResponse<HazardWeb.FeatureCollection> map(WorkerPrincipal worker, @Valid @ParameterObject HazardQueries.Box box,
                                                 @Parameter(description = "类别编码") @RequestParam(required = false) @Size(max = 32) String category) {
        return ApiResponse.ok(maps.publicMap(box, category));
    }
}
