package cn.safetymonth.pledge;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.PersonalDataWrite;
import cn.safetymonth.common.auth.WorkerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import static cn.safetymonth.common.auth.Access.Caller.WORKER;

@Tag(name = "app-pledge-upload", description = "职工端：上传打卡照片、作品配图")
@Access(WORKER)
@RestController
@RequestMapping("/api/app/pledge-uploads")
class AppUploadController {

    private final Uploads uploads;

    AppUploadController(Uploads uploads) {
        this.uploads = uploads;
    }

    @PersonalDataWrite
    @Operation(operationId = "uploadPledgeImage", summary = "上传一张照片（wx.uploadFile，字段名 file，JPEG/PNG，≤ 10 MB），返回 uploadId 供打卡或作品引用，只能用一次")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ApiResponse<Uploads.UploadResp> upload(WorkerPrincipal worker,
                                           @RequestPart("file") MultipartFile file) {
        return ApiResponse.ok(uploads.upload(worker.workerId(), file));
    }
}
