package cn.safetymonth.pledge.event;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.PersonalDataWrite;
import cn.safetymonth.common.auth.WorkerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.*;

import static cn.safetymonth.common.auth.Access.Caller.WORKER;

@Tag(name = "app-event", description = "职工端：扫码签到线下活动")
@Access(WORKER)
@RestController
@RequestMapping("/api/app/events")
@Validated
class AppEventController {

    private final EventSignInService signIns;

    AppEventController(EventSignInService signIns) {
        this.signIns = signIns;
    }

    @Operation(operationId = "getEventByScene", summary = "扫码后查看活动：名称、时间、地点、是否可以签到")
    @GetMapping("/by-scene")
    ApiResponse<EventWeb.PreviewResp> preview(WorkerPrincipal worker,
                                              @Parameter(description = "小程序码的 scene") @RequestParam
                                              @Pattern(regexp = EventWeb.SCENE_CHARS, message = "不是有效的活动码") String scene) {
        return ApiResponse.ok(signIns.preview(worker.workerId(), scene));
    }

    @PersonalDataWrite
    @Operation(operationId = "signInEvent", summary = "扫码签到：每场活动一次，须在签到时间内（设置了范围时须在范围内）")
    @PostMapping("/sign-ins")
    ApiResponse<EventWeb.SignInResp> signIn(WorkerPrincipal worker, @Valid @RequestBody EventWeb.SignInReq req) {
        return ApiResponse.ok(signIns.signIn(worker.workerId(), req));
    }
}
