package cn.safetymonth.quiz;

import cn.safetymonth.common.ErrorCode;

import static org.springframework.http.HttpStatus.*;

/** Range 6000–6999: the daily quiz and the quick test. */
public final class QuizErrorCodes {

    public static final ErrorCode CAMPAIGN_CLOSED = new ErrorCode(6001, CONFLICT, "答题活动不在开放时间内");
    public static final ErrorCode ALREADY_PLAYED_TODAY = new ErrorCode(6002, CONFLICT, "今天已经挑战过一关了，明天再来吧");
    public static final ErrorCode SCENE_COMPLETED = new ErrorCode(6003, CONFLICT, "该场景的关卡已全部闯过，请选择其他场景");
    public static final ErrorCode ATTEMPT_NOT_FOUND = new ErrorCode(6004, NOT_FOUND, "闯关记录不存在");
    public static final ErrorCode ATTEMPT_CLOSED = new ErrorCode(6005, CONFLICT, "本关已结束，不能继续作答");
    public static final ErrorCode HAZARD_NOT_FOUND_YET = new ErrorCode(6006, CONFLICT, "请先在图中找到这个隐患，再作答");
    public static final ErrorCode ALREADY_ANSWERED = new ErrorCode(6007, CONFLICT, "这道题已经作答过了");
    public static final ErrorCode BAD_ANSWER = new ErrorCode(6008, BAD_REQUEST, "字段 answer：答案选项无效");
    public static final ErrorCode TOO_FAST = new ErrorCode(6009, TOO_MANY_REQUESTS, "点得太快了，请稍后再试");
    public static final ErrorCode OTHER_SCENE_OPEN = new ErrorCode(6010, CONFLICT, "今天已开始挑战其他场景的关卡，请继续完成");
    public static final ErrorCode QUICK_TEST_NOT_FOUND = new ErrorCode(6011, NOT_FOUND, "测试记录不存在");
    public static final ErrorCode QUICK_TEST_OUT_OF_ORDER = new ErrorCode(6012, CONFLICT, "请按顺序作答当前题目");
    public static final ErrorCode QUICK_TEST_FINISHED = new ErrorCode(6013, CONFLICT, "本次测试已完成");
    public static final ErrorCode TOO_MANY_MISSES = new ErrorCode(6015, CONFLICT, "本关未点中的次数太多，已不能继续点击，请结束本关");
    public static final ErrorCode CONTENT_INVALID = new ErrorCode(6014, BAD_REQUEST, "题库内容有误");
    public static final ErrorCode NOT_FLAGGED = new ErrorCode(6016, CONFLICT, "这次闯关没有被标记为异常，或已由他人解除");

    private QuizErrorCodes() {
    }
}
