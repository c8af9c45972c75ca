package cn.safetymonth.identity;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.WorkerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.*;

import static cn.safetymonth.common.auth.Access.Caller.WORKER;

@Tag(name = "app-privacy", description = "职工端：隐私保护指引与本人同意")
@Access(WORKER)
@RestController
@RequestMapping("/api/app/privacy")
class AppPrivacyController {

    private final ConsentService consents;

    AppPrivacyController(ConsentService consents) {
        this.consents = consents;
    }

    @Operation(operationId = "getPrivacyNotice", summary = "现行《隐私保护指引》全文及本人是否已同意")
    @GetMapping("/notice")
    ApiResponse<IdentityWeb.PrivacyNoticeResp> notice(WorkerPrincipal worker) {
        return ApiResponse.ok(consents.notice(worker.workerId()));
    }

    @Operation(operationId = "acceptPrivacyNotice", summary = "同意所阅读版本的《隐私保护指引》（记录版本与时间；重复提交只记一次）")
    @PostMapping("/consents")
    ApiResponse<IdentityWeb.ConsentStatus> accept(WorkerPrincipal worker, @Valid @RequestBody IdentityWeb.AcceptPrivacyReq req) {
        return ApiResponse.ok(consents.accept(worker.workerId(), req.version()));
    }
}
