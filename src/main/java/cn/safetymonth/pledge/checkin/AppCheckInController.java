package cn.safetymonth.pledge.checkin;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.PersonalDataWrite;
import cn.safetymonth.common.auth.WorkerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.*;

import java.util.List;

import static cn.safetymonth.common.auth.Access.Caller.WORKER;

@Tag(name = "app-check-in", description = "职工端：主题打卡（每个主题每天一次，只记录不排名）")
@Access(WORKER)
@RestController
@RequestMapping("/api/app/check-ins")
class AppCheckInController {

    private final CheckInService checkIns;

    AppCheckInController(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @Operation(operationId = "listCheckInThemes", summary = "打卡主题：日期、是否需要照片和定位、今天是否已打卡")
    @GetMapping("/themes")
    ApiResponse<List<CheckInWeb.ThemeResp>> themes(WorkerPrincipal worker) {
        return ApiResponse.ok(checkIns.themes(worker.workerId()));
    }

    @PersonalDataWrite
    @Operation(operationId = "checkIn", summary = "打卡：照片先用 uploadPledgeImage 上传，服务器加水印（主题、时间、地点）后保存")
    @PostMapping
    ApiResponse<CheckInWeb.CheckInResp> checkIn(WorkerPrincipal worker,
                                                @Valid @RequestBody CheckInWeb.CheckInReq req) {
        return ApiResponse.ok(checkIns.checkIn(worker.workerId(), req));
    }

    @Operation(operationId = "listMyCheckIns", summary = "我的打卡记录（最近的在前）")
    @GetMapping
    ApiResponse<List<CheckInWeb.CheckInResp>> mine(WorkerPrincipal worker) {
        return ApiResponse.ok(checkIns.mine(worker.workerId()));
    }
}
