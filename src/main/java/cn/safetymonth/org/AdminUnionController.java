package cn.safetymonth.org;

import cn.safetymonth.audit.AuditKind;
import cn.safetymonth.audit.Audited;
import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.WholeFileAnswer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static cn.safetymonth.common.auth.Access.Caller.STAFF;
import static cn.safetymonth.common.auth.AdminRole.PLATFORM_ADMIN;
import static cn.safetymonth.common.auth.AdminRole.UNION_ADMIN;

@Tag(name = "admin-union", description = "管理端：工会组织树")
@Access(STAFF)
@RestController
@RequestMapping("/api/admin/unions")
class AdminUnionController {

    /** Reviewers judge what is reported; changing the tree and its join codes is for union admins. */
    private static final String MANAGERS = "审核员不能修改工会组织或加入码";

    private final UnionAdminService service;

    AdminUnionController(UnionAdminService service) {
        this.service = service;
    }

    @Operation(operationId = "adminListRootUnions", summary = "我管辖范围的起点：本级工会（平台管理员为全部顶级工会）")
    @GetMapping
    ApiResponse<List<OrgWeb.AdminUnionResp>> roots(AdminPrincipal admin) {
        return ApiResponse.ok(service.roots(admin));
    }

    @Operation(operationId = "adminGetUnion", summary = "查看工会节点（含加入码）")
    @GetMapping("/{unionId}")
    ApiResponse<OrgWeb.AdminUnionResp> get(AdminPrincipal admin, @PathVariable long unionId) {
        return ApiResponse.ok(service.get(admin, unionId));
    }

    @Operation(operationId = "adminListUnionChildren", summary = "直属下级工会（按编码顺序，不排名）")
    @GetMapping("/{unionId}/children")
    ApiResponse<List<OrgWeb.AdminUnionResp>> children(AdminPrincipal admin, @PathVariable long unionId) {
        return ApiResponse.ok(service.children(admin, unionId));
    }

    @Access(value = STAFF, roles = {PLATFORM_ADMIN, UNION_ADMIN}, refusal = MANAGERS)
    @Operation(operationId = "adminCreateUnion", summary = "在本级或下级工会下新建工会")
    @PostMapping("/{unionId}/children")
    ApiResponse<OrgWeb.AdminUnionResp> create(AdminPrincipal admin, @PathVariable long unionId,
                                              @Valid @RequestBody OrgWeb.CreateUnionReq req) {
        return ApiResponse.ok(service.createChild(admin, unionId, req));
    }

    @Access(value = STAFF, roles = {PLATFORM_ADMIN, UNION_ADMIN}, refusal = MANAGERS)
    @Operation(operationId = "adminResetJoinCode", summary = "更换加入码（旧码立即失效）")
    @PostMapping("/{unionId}/join-code/reset")
    ApiResponse<OrgWeb.AdminUnionResp> resetJoinCode(AdminPrincipal admin, @PathVariable long unionId) {
        return ApiResponse.ok(service.resetJoinCode(admin, unionId));
    }

    @Operation(operationId = "adminGetJoinQrCode", summary = "基层工会的小程序码（PNG，职工扫码加入）")
    @ApiResponses(@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "PNG 图片",
            content = @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))))
    @GetMapping(value = "/{unionId}/join-qrcode")
    ResponseEntity<byte[]> joinQrCode(AdminPrincipal admin, @PathVariable long unionId) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(service.joinQrCode(admin, unionId));
    }

    @Access(value = STAFF, roles = {PLATFORM_ADMIN, UNION_ADMIN}, refusal = MANAGERS)
    @Operation(operationId = "adminImportUnions", summary = "从 .csv 或 .xlsx 导入工会树（表头：编码,名称,上级编码,类型,渠道；有错则整批不写入）")
    @Audited(AuditKind.UNIONS_IMPORTED)
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApiResponse<OrgWeb.ImportResp>> importTree(AdminPrincipal admin,
                                                             @RequestPart("file") MultipartFile file) throws IOException {
        UnionTreeImporter.Report r;
        try (InputStream in = file.getInputStream()) {
            r = service.importTree(admin, file.getOriginalFilename(), in);
        }
        OrgWeb.ImportResp body = new OrgWeb.ImportResp(r.created(), r.updated(), r.unchanged(), r.errors());
        var code = r.outOfScope() ? OrgErrorCodes.UNION_OUT_OF_SCOPE : OrgErrorCodes.IMPORT_INVALID;
        return WholeFileAnswer.of(body, r.ok() ? List.of() : r.errors(), code, "导入文件", "，未写入任何数据");
    }
}
