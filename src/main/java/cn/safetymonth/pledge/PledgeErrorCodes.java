package cn.safetymonth.pledge;

import cn.safetymonth.common.ErrorCode;

import static org.springframework.http.HttpStatus.*;

/** Range 8000–8999: pledges, check-ins, works and offline events. */
public final class PledgeErrorCodes {

    public static final ErrorCode CAMPAIGN_CLOSED = new ErrorCode(8001, CONFLICT, "活动不在开放时间内");
    public static final ErrorCode TEMPLATE_NOT_FOUND = new ErrorCode(8002, NOT_FOUND, "没有这份承诺书");
    public static final ErrorCode ALREADY_SIGNED = new ErrorCode(8003, CONFLICT, "你已签署过这份承诺书，可在“我的记录”中查看证书");
    public static final ErrorCode SIGNATURE_INVALID = new ErrorCode(8004, BAD_REQUEST, "字段 signature：签名图片无效");
    public static final ErrorCode SIGNATURE_NOT_FOUND = new ErrorCode(8005, NOT_FOUND, "签署记录不存在");

    public static final ErrorCode THEME_NOT_FOUND = new ErrorCode(8010, NOT_FOUND, "没有这个打卡主题");
    public static final ErrorCode THEME_CLOSED = new ErrorCode(8011, CONFLICT, "这个主题今天不在打卡时间内");
    public static final ErrorCode ALREADY_CHECKED_IN = new ErrorCode(8012, CONFLICT, "今天已在这个主题打过卡了");
    public static final ErrorCode PHOTO_REQUIRED = new ErrorCode(8013, BAD_REQUEST, "字段 photoUploadId：这个主题需要上传一张照片");
    public static final ErrorCode LOCATION_REQUIRED = new ErrorCode(8014, BAD_REQUEST, "字段 location：这个主题需要定位");
    public static final ErrorCode NOT_ASKED = new ErrorCode(8015, BAD_REQUEST, "这个主题不收集该信息");

    public static final ErrorCode UPLOAD_INVALID = new ErrorCode(8020, BAD_REQUEST, "字段 file：图片无效");
    public static final ErrorCode UPLOAD_NOT_FOUND = new ErrorCode(8021, BAD_REQUEST, "图片不存在或已经用过，请重新上传");

    public static final ErrorCode WORK_INVALID = new ErrorCode(8030, BAD_REQUEST, "作品内容不符合要求");
    public static final ErrorCode WORK_NOT_FOUND = new ErrorCode(8031, NOT_FOUND, "作品不存在");
    public static final ErrorCode WORK_NOT_RETURNED = new ErrorCode(8032, CONFLICT, "只有被退回的作品可以修改后重新提交");
    public static final ErrorCode WORK_ALREADY_REVIEWED = new ErrorCode(8033, CONFLICT, "该作品已有审核结果（可能是其他审核员刚刚处理），请刷新");
    public static final ErrorCode WORK_DUPLICATE = new ErrorCode(8034, CONFLICT, "这份作品已经提交过了");

    public static final ErrorCode EVENT_INVALID = new ErrorCode(8040, BAD_REQUEST, "活动信息不符合要求");
    public static final ErrorCode EVENT_NOT_FOUND = new ErrorCode(8041, NOT_FOUND, "活动不存在或二维码已失效");
    public static final ErrorCode EVENT_NOT_OPEN = new ErrorCode(8042, CONFLICT, "现在不在活动签到时间内");
    public static final ErrorCode ALREADY_SIGNED_IN = new ErrorCode(8043, CONFLICT, "你已签到过这场活动");
    public static final ErrorCode OUT_OF_RANGE = new ErrorCode(8044, CONFLICT, "你不在活动地点的签到范围内");
    public static final ErrorCode EVIDENCE_INVALID = new ErrorCode(8045, BAD_REQUEST, "字段 photos：请上传 1–9 张现场照片");
    public static final ErrorCode SIGN_IN_CODE_EXPIRED = new ErrorCode(8047, CONFLICT, "签到码已过期，请扫描现场大屏上正在显示的二维码");
    public static final ErrorCode SIGN_IN_MODE_MISMATCH = new ErrorCode(8048, CONFLICT, "这场活动使用现场大屏上的动态签到码，固定二维码不能签到");

    private PledgeErrorCodes() {
    }
}
