package cn.safetymonth.org;

import cn.safetymonth.common.ErrorCode;

import static org.springframework.http.HttpStatus.*;

/** Range 3000–3999: the union tree and membership. */
public final class OrgErrorCodes {

    public static final ErrorCode UNION_NOT_FOUND = new ErrorCode(3001, NOT_FOUND, "工会不存在");
    public static final ErrorCode UNION_OUT_OF_SCOPE = new ErrorCode(3002, FORBIDDEN, "该工会不在您的管辖范围内");
    public static final ErrorCode JOIN_CODE_INVALID = new ErrorCode(3003, NOT_FOUND, "字段 joinCode：加入码无效，请核对后重试");
    public static final ErrorCode NOT_GRASSROOTS = new ErrorCode(3004, BAD_REQUEST, "只能加入基层工会，请向所在单位工会索取加入码");
    public static final ErrorCode MEMBERSHIP_CHANGED = new ErrorCode(3005, CONFLICT, "您的工会关系刚刚发生变化，请刷新后重试");
    public static final ErrorCode IMPORT_INVALID = new ErrorCode(3006, BAD_REQUEST, "导入文件有误");
    public static final ErrorCode IMPORT_FORMAT = new ErrorCode(3007, BAD_REQUEST, "字段 file：仅支持 .csv 或 .xlsx 文件");
    public static final ErrorCode NOT_A_MEMBER = new ErrorCode(3008, BAD_REQUEST, "您当前未加入任何工会");
    public static final ErrorCode DUPLICATE_NAME = new ErrorCode(3009, CONFLICT, "字段 name：同一上级下已有同名工会");
    public static final ErrorCode JOIN_CODE_TRIES = new ErrorCode(3010, TOO_MANY_REQUESTS, "加入码输错次数过多");

    private OrgErrorCodes() {
    }
}
