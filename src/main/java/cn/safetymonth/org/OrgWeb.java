package cn.safetymonth.org;

import cn.safetymonth.common.web.OrNull;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;

/** Request and response shapes of the org endpoints. */
final class OrgWeb {

    private OrgWeb() {
    }

    @Schema(description = "工会节点")
    record UnionResp(
            @Schema(description = "工会 ID") long id,
            @Schema(description = "上级工会 ID，顶级为空") @OrNull Long parentId,
            @Schema(description = "编码") String code,
            @Schema(description = "名称", example = "清河市恒达机械制造有限公司工会") String name,
            @Schema(description = "类型") UnionType type,
            @Schema(description = "类型名称", example = "基层工会") String typeLabel,
            @Schema(description = "渠道") UnionChannel channel,
            @Schema(description = "层级，顶级为 0") int depth,
            @Schema(description = "是否可供职工加入（基层工会）") boolean joinable) {

        static UnionResp of(UnionRef u) {
            return new UnionResp(u.id(), u.parentId(), u.code(), u.name(), u.type(), u.type().label(), u.channel(),
                    u.depth(), u.type().grassroots());
        }
    }

    @Schema(description = "管理端工会节点：含加入码与下级数量")
    record AdminUnionResp(
            @Schema(description = "工会") UnionResp union,
            @Schema(description = "加入码，职工输入或扫码加入", example = "K7M2QX") @OrNull String joinCode,
            @Schema(description = "直属下级工会数") long childCount,
            @Schema(description = "从顶级到本级的名称") List<String> lineage) {
    }

    @Schema(description = "加入工会")
    record JoinReq(
            @Schema(description = "加入码（6 位，不区分大小写）或扫码得到的 scene", example = "K7M2QX", requiredMode = Schema.RequiredMode.REQUIRED)
            @jakarta.validation.constraints.NotBlank(message = "不能为空")
            @jakarta.validation.constraints.Size(max = 32, message = "长度不能超过 32") String joinCode) {
    }

    @Schema(description = "职工的工会关系")
    record MembershipResp(
            @Schema(description = "所在工会") UnionResp union,
            @Schema(description = "从顶级到本级的名称", example = "[\"清河市总工会\", \"清河市东城区总工会\", \"清河市恒达机械制造有限公司工会\"]") List<String> lineage,
            @Schema(description = "加入时间") @OrNull LocalDateTime joinedAt,
            @Schema(description = "离开时间，当前所在为空") @OrNull LocalDateTime leftAt) {
    }

    @Schema(description = "新建下级工会")
    record CreateUnionReq(
            @Schema(description = "编码，字母数字及 -_.", example = "QH-01-120", requiredMode = Schema.RequiredMode.REQUIRED)
            @jakarta.validation.constraints.NotBlank(message = "不能为空")
            @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "只能包含字母、数字、-、_、.，最长 64 位") String code,
            @Schema(description = "名称", example = "清河市新能源电池有限公司工会", requiredMode = Schema.RequiredMode.REQUIRED)
            @jakarta.validation.constraints.NotBlank(message = "不能为空")
            @jakarta.validation.constraints.Size(max = 100, message = "最长 100 字") String name,
            @Schema(description = "类型", requiredMode = Schema.RequiredMode.REQUIRED)
            @jakarta.validation.constraints.NotNull(message = "不能为空") UnionType type,
            @Schema(description = "渠道，默认与上级相同") UnionChannel channel) {
    }

    @Schema(description = "导入结果：有任何错误则整批不写入")
    record ImportResp(
            @Schema(description = "新建数") int created,
            @Schema(description = "更新数") int updated,
            @Schema(description = "未变化数") int unchanged,
            @Schema(description = "逐行错误，如“第 5 行：上级编码“X”不存在”") List<String> errors) {
    }
}
