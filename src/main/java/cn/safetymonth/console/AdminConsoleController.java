package cn.safetymonth.console;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.OrNull;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static cn.safetymonth.common.auth.Access.Caller.STAFF;

@Tag(name = "admin-console", description = "管理端网页：页面所需的设置")
@Access(STAFF)
@RestController
@RequestMapping("/api/admin/console")
class AdminConsoleController {

    private final ConsoleProperties console;

    AdminConsoleController(ConsoleProperties console) {
        this.console = console;
    }

    @Schema(description = "管理端网页的设置")
    record SettingsResp(@Schema(description = "地图瓦片地址模板（{z}/{x}/{y}），为空时地图只画点位与比例尺") @OrNull String mapTiles,
                        @Schema(description = "瓦片服务要求显示的版权说明") @OrNull String mapAttribution) {
    }

    @Operation(operationId = "adminGetConsoleSettings", summary = "管理端网页的设置：地图瓦片服务（未配置时地图不加载底图）")
    @GetMapping("/settings")
    ApiResponse<SettingsResp> settings(AdminPrincipal admin) {
        return ApiResponse.ok(new SettingsResp(console.mapTiles(), console.mapAttribution()));
    }
}
