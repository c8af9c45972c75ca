package cn.safetymonth.org;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.WorkerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.*;

import java.util.List;

import static cn.safetymonth.common.auth.Access.Caller.WORKER;

@Tag(name = "app-union", description = "职工端：加入工会、查看工会关系")
@Access(WORKER)
@RestController
@RequestMapping("/api/app")
class AppUnionController {

    private final MembershipService memberships;
    private final UnionDirectory directory;

    AppUnionController(MembershipService memberships, UnionDirectory directory) {
        this.memberships = memberships;
        this.directory = directory;
    }

    @Operation(operationId = "previewUnionByJoinCode", summary = "按加入码预览工会（加入前确认名称）；预览与加入合计每小时至多输错 10 次")
    @GetMapping("/unions/by-join-code/{joinCode}")
    ApiResponse<OrgWeb.MembershipResp> preview(WorkerPrincipal worker, @PathVariable String joinCode) {
        UnionRef union = memberships.previewJoinCode(worker.workerId(), joinCode);
        return ApiResponse.ok(new OrgWeb.MembershipResp(OrgWeb.UnionResp.of(union), lineage(union), null, null));
    }

    @Operation(operationId = "joinUnion", summary = "凭加入码或扫码加入基层工会（已在其他工会则转入，历史保留）")
    @PostMapping("/me/union")
    ApiResponse<OrgWeb.MembershipResp> join(WorkerPrincipal worker, @Valid @RequestBody OrgWeb.JoinReq req) {
        return ApiResponse.ok(toResp(memberships.join(worker.workerId(), req.joinCode())));
    }

    @Operation(operationId = "leaveUnion", summary = "退出当前工会，以社会公众身份参与")
    @DeleteMapping("/me/union")
    ApiResponse<Void> leave(WorkerPrincipal worker) {
        memberships.leave(worker.workerId());
        return ApiResponse.ok();
    }

    @Operation(operationId = "listMyMemberships", summary = "我的工会关系历史（最近的在前）")
    @GetMapping("/me/union/history")
    ApiResponse<List<OrgWeb.MembershipResp>> history(WorkerPrincipal worker) {
        return ApiResponse.ok(memberships.history(worker.workerId()).stream().map(this::toResp).toList());
    }

    private OrgWeb.MembershipResp toResp(MembershipService.Membership m) {
        return new OrgWeb.MembershipResp(OrgWeb.UnionResp.of(m.union()), lineage(m.union()), m.joinedAt(), m.leftAt());
    }

    private List<String> lineage(UnionRef union) {
        return directory.lineage(union).stream().map(UnionRef::name).toList();
    }
}
