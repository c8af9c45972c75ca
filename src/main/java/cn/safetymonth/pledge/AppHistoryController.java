package cn.safetymonth.pledge;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.WorkerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

import static cn.safetymonth.common.auth.Access.Caller.WORKER;

@Tag(name = "app-pledge-history", description = "职工端：我的参与记录")
@Access(WORKER)
@RestController
class AppHistoryController {

    private final List<ActSource> sources;

    AppHistoryController(List<ActSource> sources) {
        this.sources = sources;
    }

    @Operation(operationId = "getMyPledgeHistory", summary = "我的参与记录：签署承诺、主题打卡、作品、活动签到，最近的在前（只记录，不排名）")
    @GetMapping("/api/app/me/pledge-history")
    ApiResponse<List<Act>> history(WorkerPrincipal worker) {
        return ApiResponse.ok(sources.stream().flatMap(s -> s.actsOf(worker.workerId()).stream())
                .sorted(Comparator.comparing(Act::at).reversed().thenComparing(Act::type)).toList());
    }
}
