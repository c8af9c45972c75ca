package cn.safetymonth.pledge.event;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import cn.safetymonth.common.web.Png;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;

import static cn.safetymonth.common.auth.Access.Caller.STAFF;
import static cn.safetymonth.common.auth.AdminRole.PLATFORM_ADMIN;
import static cn.safetymonth.common.auth.AdminRole.UNION_ADMIN;

@Tag(name = "admin-event", description = "管理端：线下活动、活动小程序码、无法扫码时补录")
@Access(STAFF)
@RestController
@RequestMapping("/api/admin/events")
class AdminEventController {

    /** Organising events and recording them by hand is for union admins; reviewers look on. */
    private static final String ORGANISERS = "审核员不能组织或补录活动，请由工会管理员操作";

    private final EventAdminService events;
    private final EventRecordService records;

    AdminEventController(EventAdminService events, EventRecordService records) {
        this.events = events;
        this.records = records;
    }

    @Operation(operationId = "adminListEventTypes", summary = "本次活动可组织的线下活动类型")
    @GetMapping("/types")
    ApiResponse<List<EventWeb.TypeResp>> types(AdminPrincipal admin) {
        return ApiResponse.ok(events.types());
    }

    @Access(value = STAFF, roles = {PLATFORM_ADMIN, UNION_ADMIN}, refusal = ORGANISERS)
    @Operation(operationId = "adminCreateEvent", summary = "新建线下活动（本级或下级工会主办）：类型、时间、地点、可选签到范围")
    @PostMapping
    ApiResponse<EventWeb.EventResp> create(AdminPrincipal admin, @Valid @RequestBody EventWeb.CreateReq req) {
        return ApiResponse.ok(events.create(admin, req));
    }

    @Operation(operationId = "adminListEvents", summary = "本级及下级的线下活动，含扫码人次与补录人数")
    @GetMapping
    ApiResponse<PageResult<EventWeb.EventResp>> list(AdminPrincipal admin,
                                                     @Parameter(description = "工会 ID，默认本级") @RequestParam(required = false) Long unionId,
                                                     @Valid @ParameterObject PageQuery page) {
        return ApiResponse.ok(events.list(admin, unionId, page));
    }

    @Operation(operationId = "adminGetEvent", summary = "一场活动的详情，含补录的现场照片")
    @GetMapping("/{eventId}")
    ApiResponse<EventWeb.EventResp> detail(AdminPrincipal admin, @PathVariable long eventId) {
        return ApiResponse.ok(events.detail(admin, eventId));
    }

    @Operation(operationId = "getEventCode", summary = "活动的小程序码（PNG），打印或投屏供职工扫码签到")
    @ApiResponses(@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "PNG 图片",
            content = @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))))
    @GetMapping("/{eventId}/code")
    ResponseEntity<byte[]> code(AdminPrincipal admin, @PathVariable long eventId) {
        return Png.noStore(events.code(admin, eventId));
    }

    @Access(value = STAFF, roles = {PLATFORM_ADMIN, UNION_ADMIN}, refusal = ORGANISERS)
    @Operation(operationId = "adminSetEventSignInMode", summary = "更改签到方式：FIXED 打印的固定二维码，ROTATING 现场大屏上的动态二维码")
    @PutMapping("/{eventId}/sign-in-mode")
    ApiResponse<EventWeb.EventResp> signInMode(AdminPrincipal admin, @PathVariable long eventId,
                                               @Valid @RequestBody EventWeb.SignInModeReq req) {
        return ApiResponse.ok(events.signInMode(admin, eventId, req.signInMode()));
    }

    @Operation(operationId = "adminGetEventLiveCode", summary = "现场大屏的动态签到码：当前的码、更换时间与签到人次（大屏每个周期取一次）")
    @GetMapping("/{eventId}/live-code")
    ApiResponse<EventWeb.LiveCodeResp> liveCode(AdminPrincipal admin, @PathVariable long eventId) {
        return ApiResponse.ok(events.liveCode(admin, eventId));
    }

    @Operation(operationId = "adminGetEventLiveCodeImage", summary = "当前动态签到码的小程序码（PNG），供大屏显示")
    @ApiResponses(@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "PNG 图片",
            content = @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))))
    @GetMapping("/{eventId}/live-code/image")
    ResponseEntity<byte[]> liveCodeImage(AdminPrincipal admin, @PathVariable long eventId) {
        return Png.noStore(events.liveCodeImage(admin, eventId));
    }

    @Access(value = STAFF, roles = {PLATFORM_ADMIN, UNION_ADMIN}, refusal = ORGANISERS)
    @Operation(operationId = "adminRecordEvent", summary = "无法扫码时补录：参加人数与 1–9 张现场照片（multipart：headCount、photos）；再次补录将替换")
    @PostMapping(value = "/{eventId}/record", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ApiResponse<EventWeb.EventResp> record(AdminPrincipal admin, @PathVariable long eventId,
                                           @Parameter(description = "参加人数（1–100000）") @RequestParam Integer headCount,
                                           @RequestPart("photos") List<MultipartFile> photos) {
        return ApiResponse.ok(records.record(admin, eventId, headCount, photos));
    }
}
