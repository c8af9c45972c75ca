package cn.safetymonth.pledge.work;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.WorkerPrincipal;
import cn.safetymonth.common.web.IdempotencyKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.*;

import java.util.List;

import static cn.safetymonth.common.auth.Access.Caller.WORKER;

@Tag(name = "app-work", description = "职工端：安全微家书、主题征文、科普作品投稿")
@Access(WORKER)
@RestController
@RequestMapping("/api/app/works")
class AppWorkController {

    private final WorkService works;

    AppWorkController(WorkService works) {
        this.works = works;
    }

    @Operation(operationId = "submitWork", summary = "投稿：经微信内容安全检测后交本工会审核；图片先用 uploadPledgeImage 上传")
    @PostMapping
    ApiResponse<WorkWeb.WorkResp> submit(WorkerPrincipal worker, IdempotencyKey key, @Valid @RequestBody WorkWeb.SubmitReq req) {
        // the request's key is the work's client request id: one work per key, also after the key's record expired
        return ApiResponse.ok(works.submit(worker.workerId(), key.value(), req));
    }

    @Operation(operationId = "listMyWorks", summary = "我的作品及审核结果（最近的在前）")
    @GetMapping
    ApiResponse<List<WorkWeb.WorkResp>> mine(WorkerPrincipal worker) {
        return ApiResponse.ok(works.mine(worker.workerId()));
    }

    @Operation(operationId = "resubmitWork", summary = "修改被退回的作品并重新提交（仍是同一件作品）")
    @PutMapping("/{workId}")
    ApiResponse<WorkWeb.WorkResp> resubmit(WorkerPrincipal worker, @PathVariable long workId,
                                           @Valid @RequestBody WorkWeb.ReviseReq req) {
        return ApiResponse.ok(works.resubmit(worker.workerId(), workId, req));
    }
}
