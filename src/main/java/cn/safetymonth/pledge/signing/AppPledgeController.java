package cn.safetymonth.pledge.signing;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.PersonalDataWrite;
import cn.safetymonth.common.auth.WorkerPrincipal;
import cn.safetymonth.common.web.Png;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

import static cn.safetymonth.common.auth.Access.Caller.WORKER;


@Tag(name = "app-pledge", description = "职工端：安全承诺书、安全倡议书的手写签署与证书")
@Access(WORKER)
@RestController
@RequestMapping("/api/app/pledges")
class AppPledgeController {

    private final SigningService signing;

    AppPledgeController(SigningService signing) {
        this.signing = signing;
    }

    @Operation(operationId = "listPledges", summary = "本次活动的承诺书（全文）及本人签署情况")
    @GetMapping
    ApiResponse<PledgeWeb.PledgesResp> list(WorkerPrincipal worker) {
        return ApiResponse.ok(signing.list(worker.workerId()));
    }

    @PersonalDataWrite
    @Operation(operationId = "signPledge", summary = "手写签名并签署（wx.uploadFile 上传画布导出的 PNG，字段名 signature）；每份承诺书只能签署一次")
    @PostMapping(value = "/{templateCode}/signatures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ApiResponse<PledgeWeb.SignResp> sign(WorkerPrincipal worker,
                                         @Parameter(description = "承诺书编号，如 COMMITMENT") @PathVariable String templateCode,
                                         @RequestPart("signature") MultipartFile signature) {
        return ApiResponse.ok(signing.sign(worker.workerId(), templateCode, signature));
    }

    @Operation(operationId = "getPledgeCertificate", summary = "承诺证书图片（PNG：标题、姓名、工会、日期、签名、活动小程序码），仅本人可取")
    @ApiResponses(@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "PNG 图片",
            content = @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))))
    @GetMapping("/signatures/{signatureId}/certificate")
    ResponseEntity<byte[]> certificate(WorkerPrincipal worker, @PathVariable long signatureId) {
        return Png.noStore(signing.certificate(worker.workerId(), signatureId));
    }
}
