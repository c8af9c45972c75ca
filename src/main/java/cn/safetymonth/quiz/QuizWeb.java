package cn.safetymonth.quiz;

import cn.safetymonth.common.web.OrNull;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Request and response shapes of the quiz. Nothing here carries a region or an answer before it is earned. */
final class QuizWeb {

    private QuizWeb() {
    }

    @Schema(name = "QuizCampaignResp", description = "活动")
    record CampaignResp(String name, String theme, LocalDate startDate, LocalDate endDate,
                        @Schema(description = "今天是否在活动时间内") boolean open) {
    }

    @Schema(name = "QuizSceneResp", description = "场景与本人进度")
    record SceneResp(Scene scene, @Schema(example = "企业") String label, int levelsTotal, int levelsCleared,
                     @Schema(description = "下一关标题，已全部闯过为空") @OrNull String nextLevelTitle) {
    }

    @Schema(description = "开始今天的关卡")
    record StartReq(@Schema(description = "场景", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Scene scene) {
    }

    @Schema(description = "选项（本次闯关专属顺序）")
    record OptionResp(@Schema(example = "A") String key, String text) {
    }

    @Schema(description = "隐患点背后的题目（不含答案）")
    record QuestionResp(QuestionType type, @Schema(example = "单选题") String typeLabel, String text, List<OptionResp> options) {
    }

    @Schema(description = "在图上标出已找到的隐患：以本人点中的位置为圆心画圆（不是隐患的准确区域）")
    record Marker(@Schema(description = "圆心横坐标 0–1", example = "0.42") double x,
                  @Schema(description = "圆心纵坐标 0–1", example = "0.61") double y,
                  @Schema(description = "半径，以图片宽度为 1", example = "0.06") double r) {
    }

    @Schema(description = "已找到的隐患点")
    record FoundResp(
            @Schema(description = "隐患点编号，作答时使用", example = "enterprise-01-3") String hazardId,
            @Schema(description = "隐患名称") String name,
            @Schema(description = "标记（找到后才返回）") Marker marker,
            QuestionResp question,
            @Schema(description = "是否已作答") boolean answered,
            @Schema(description = "本人的答案") @OrNull List<String> yourAnswer,
            @Schema(description = "是否答对（作答后）") @OrNull Boolean correct,
            @Schema(description = "正确答案（作答后）") @OrNull List<String> rightAnswer,
            @Schema(description = "解析（作答后）") @OrNull String explanation) {
    }

    @Schema(description = "一次闯关")
    record AttemptResp(
            long attemptId, LocalDate playDate,
            @Schema(description = "OPEN 进行中；CLOSED 已结束") String status,
            @Schema(description = "FINISHED 本人完成；DAY_ENDED 当天结束时自动结束") @OrNull String closedReason,
            String levelCode, String levelTitle, Scene scene, String sceneLabel,
            @Schema(description = "场景图片的临时链接") String pictureUrl,
            @Schema(description = "隐患点总数") int hazardsTotal,
            List<FoundResp> found, int foundCount, int correctCount, int score,
            @Schema(description = "满分") int maxScore,
            @Schema(description = "本关截止时间（当天 24 点）") LocalDateTime closesAt,
            @Schema(description = "被判定为异常操作（如用时过短、点击呈网格），不计积分、不计入统计，待管理员复核") boolean flagged) {
    }

    @Schema(description = "点击图片的位置，以图片宽高为 1 归一化")
    record TapReq(
            @Schema(description = "横坐标 0–1，从左起", example = "0.42", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @DecimalMin(value = "0.0", message = "{safety.range.share}") @DecimalMax(value = "1.0", message = "{safety.range.share}") Double x,
            @Schema(description = "纵坐标 0–1，从上起", example = "0.61", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @DecimalMin(value = "0.0", message = "{safety.range.share}") @DecimalMax(value = "1.0", message = "{safety.range.share}") Double y) {
    }

    @Schema(description = "点击结果：未点中时不返回任何信息")
    record TapResp(boolean hit, @Schema(description = "点中的是此前已找到的隐患") boolean alreadyFound, @OrNull FoundResp hazard,
                   int foundCount, int score) {
    }

    @Schema(description = "作答")
    record AnswerReq(
            @Schema(description = "隐患点编号", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 64) String hazardId,
            @Schema(description = "所选选项（本次显示的字母），多选题可多个", example = "[\"A\"]", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotEmpty @Size(max = 5, message = "最多 5 个选项")
            List<@NotNull @Pattern(regexp = "[A-E]", message = "须为 A–E") String> answer) {
    }

    @Schema(description = "作答结果")
    record AnswerResp(boolean correct, List<String> yourAnswer, List<String> rightAnswer, @OrNull String explanation,
                      int foundCount, int correctCount, int score,
                      @Schema(description = "五个隐患全部找到并作答后本关自动结束") boolean finished) {
    }

    @Schema(description = "今天")
    record TodayResp(@OrNull CampaignResp campaign,
                     @Schema(description = "今天是否已挑战过") boolean playedToday,
                     @Schema(description = "今天的闯关（进行中或已结束），没有为空") @OrNull AttemptResp attempt,
                     List<SceneResp> scenes,
                     @Schema(description = "本次活动累计积分（被标记为异常的闯关不计）") int totalPoints,
                     @Schema(description = "已闯过的关卡数") int levelsCleared,
                     @Schema(description = "已完成的“安全力”测试次数") int quickTestsTaken) {
    }

    @Schema(description = "历史闯关中的一个隐患点")
    record HistoryHazard(String name, boolean found, String question, @OrNull List<String> yourAnswer, List<String> rightAnswer,
                         @OrNull Boolean correct, @OrNull String explanation) {
    }

    @Schema(description = "历史闯关")
    record HistoryItem(long attemptId, LocalDate playDate, Scene scene, String sceneLabel, String levelTitle, String status,
                       int foundCount, int correctCount, int score, List<HistoryHazard> hazards) {
    }

    @Schema(description = "可分享的成绩卡：只展示，不换取任何次数或奖励")
    record ShareResp(String campaignName, String theme, String levelTitle, String sceneLabel, LocalDate playDate,
                     int score, int maxScore, String text) {
    }

    @Schema(description = "测一测题目（不含答案）")
    record QuickQuestion(int seq, int total, @Schema(description = "知识主题", example = "火灾逃生") String topic, QuestionType type,
                         String typeLabel, String text, List<OptionResp> options) {
    }

    @Schema(description = "开始一次“安全力”测试")
    record QuickTestResp(long testId, int total, int answered, int correctCount, boolean finished, QuickQuestion question) {
    }

    @Schema(description = "测一测作答")
    record QuickAnswerReq(
            @Schema(description = "题号，从 1 开始", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull Integer seq,
            @Schema(description = "所选选项", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotEmpty @Size(max = 5, message = "最多 5 个选项")
            List<@NotNull @Pattern(regexp = "[A-E]", message = "须为 A–E") String> answer) {
    }

    @Schema(description = "测一测作答结果")
    record QuickAnswerResp(boolean correct, List<String> rightAnswer, @OrNull String explanation, int answered, int correctCount,
                           boolean finished,
                           @Schema(description = "完成的这次测试是否计入活动统计：每人每天只计前几次，之后的测试仅供学习") boolean counted,
                           @Schema(description = "下一题，完成后为空") @OrNull QuickQuestion next) {
    }

    @Schema(description = "一次点击：位置、结果与距开始的毫秒数")
    record TapTrace(double x, double y, @Schema(description = "MISS 未点中；HIT 找到；AGAIN 再次点中已找到的") Moves.Result result,
                    @Schema(description = "点中的隐患序号 1–5，未点中为 0") int hazardSeq, long atMs) {
    }

    @Schema(description = "一次作答：读题用时与所需的最短阅读时间")
    record AnswerTrace(@Schema(description = "隐患序号 1–5") int hazardSeq, long atMs, long readMs, long minReadMs, boolean correct) {
    }

    @Schema(description = "被标记为异常的闯关：原因、图片与每次点击，不计积分、不计入统计，直到管理员复核后解除")
    record FlaggedResp(long attemptId, long workerId, @OrNull Long unionId, LocalDate playDate, String levelCode, String levelTitle, int score,
                       @OrNull String flagReason, @Schema(description = "当天的微信安全风险等级（0–4），未查询为空") @OrNull Integer riskRank,
                       LocalDateTime startedAt, @OrNull LocalDateTime closedAt, @Schema(description = "场景图片的临时链接") String pictureUrl,
                       List<TapTrace> taps, List<AnswerTrace> answers,
                       @Schema(description = "解除标记的管理员，未解除为空") @OrNull String clearedBy, @OrNull LocalDateTime clearedAt) {
    }

    @Schema(description = "题库导入结果")
    record ContentImportResp(int created, int updated, int unchanged, List<String> errors) {
    }
}
