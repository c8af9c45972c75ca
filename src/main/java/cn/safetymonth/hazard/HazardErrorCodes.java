package cn.safetymonth.hazard;

import cn.safetymonth.common.ErrorCode;

import static org.springframework.http.HttpStatus.*;

/** Range 7000–7999: hazard photo reports. */
public final class HazardErrorCodes {

    public static final ErrorCode PHOTO_TOKEN_INVALID = new ErrorCode(7005, BAD_REQUEST, "字段 photoTokens：照片不存在或已过期，请重新上传");
    public static final ErrorCode PHOTO_ALREADY_USED = new ErrorCode(7006, CONFLICT, "字段 photoTokens：照片已用于其他上报，请重新上传");
    public static final ErrorCode CATEGORY_UNKNOWN = new ErrorCode(7007, BAD_REQUEST, "字段 category：隐患类别无效");
    public static final ErrorCode REPORT_NOT_FOUND = new ErrorCode(7008, NOT_FOUND, "隐患上报不存在");
    public static final ErrorCode TRANSITION_NOT_ALLOWED = new ErrorCode(7009, CONFLICT, "该隐患当前状态下不能执行此操作");
    public static final ErrorCode STATE_CHANGED = new ErrorCode(7010, CONFLICT, "该隐患已被他人处理，请刷新后查看");
    public static final ErrorCode ACTION_FORBIDDEN = new ErrorCode(7011, FORBIDDEN, "无权对该隐患执行此操作");
    public static final ErrorCode OWN_REPORT = new ErrorCode(7012, CONFLICT, "这是你自己上报的隐患");
    public static final ErrorCode DUPLICATE_TARGET_INVALID = new ErrorCode(7013, CONFLICT, "字段 duplicateOf：不能合并到该隐患");
    public static final ErrorCode DEADLINE_INVALID = new ErrorCode(7014, BAD_REQUEST, "字段 deadline：整改期限不能早于今天");
    public static final ErrorCode ASSIGNEE_REQUIRED = new ErrorCode(7015, BAD_REQUEST, "字段 assigneeUnionId：请指定责任单位或责任人");
    public static final ErrorCode LEVEL_REQUIRED = new ErrorCode(7016, BAD_REQUEST, "字段 level：核实时请选择隐患等级（一般/重大）");
    public static final ErrorCode REASON_REQUIRED = new ErrorCode(7017, BAD_REQUEST, "字段 reason：不予采纳时请写明理由");
    public static final ErrorCode BBOX_INVALID = new ErrorCode(7018, BAD_REQUEST, "字段 bbox：范围无效");
    public static final ErrorCode NOT_NEARBY = new ErrorCode(7019, NOT_FOUND, "附近没有这条隐患");

    private HazardErrorCodes() {
    }
}
