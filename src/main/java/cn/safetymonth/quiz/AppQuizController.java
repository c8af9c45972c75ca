package cn.safetymonth.quiz;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.WorkerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.*;

import java.util.List;

import static cn.safetymonth.common.auth.Access.Caller.WORKER;

@Tag(name = "app-quiz", description = "职工端：“安全隐患我查找”每日闯关与“安全力”测试")
@Access(WORKER)
@RestController
@RequestMapping("/api/app/quiz")
class AppQuizController {

    private final AttemptService attempts;
    private final QuizQueryService queries;
    private final QuickTestService quickTests;

    AppQuizController(AttemptService attempts, QuizQueryService queries, QuickTestService quickTests) {
        this.attempts = attempts;
        this.queries = queries;
        this.quickTests = quickTests;
    }

    @Operation(operationId = "getQuizToday", summary = "今天：活动信息、今天的关卡、各场景进度、累计积分")
    @GetMapping("/today")
    ApiResponse<QuizWeb.TodayResp> today(WorkerPrincipal worker) {
        return ApiResponse.ok(queries.today(worker.workerId()));
    }

    @Operation(operationId = "listQuizScenes", summary = "五个场景及本人闯关进度")
    @GetMapping("/scenes")
    ApiResponse<List<QuizWeb.SceneResp>> scenes(WorkerPrincipal worker) {
        return ApiResponse.ok(queries.scenes(worker.workerId()));
    }

    @Operation(operationId = "startQuizLevel", summary = "开始（或继续）今天的关卡：每天只能挑战一关")
    @PostMapping("/attempts")
    ApiResponse<QuizWeb.AttemptResp> start(WorkerPrincipal worker, @Valid @RequestBody QuizWeb.StartReq req,
                                           HttpServletRequest request) {
        return ApiResponse.ok(attempts.start(worker.workerId(), req.scene(), request.getRemoteAddr()));
    }

    @Operation(operationId = "tapQuizHazard", summary = "在图中点击：点中隐患即出现一道题（不含答案），未点中不返回任何信息")
    @PostMapping("/attempts/{attemptId}/taps")
    ApiResponse<QuizWeb.TapResp> tap(WorkerPrincipal worker, @PathVariable long attemptId,
                                     @Valid @RequestBody QuizWeb.TapReq req) {
        return ApiResponse.ok(attempts.tap(worker.workerId(), attemptId, req.x(), req.y()));
    }

    @Operation(operationId = "answerQuizQuestion", summary = "回答已找到隐患的题目：每题只能答一次，返回对错、正确答案与解析")
    @PostMapping("/attempts/{attemptId}/answers")
    ApiResponse<QuizWeb.AnswerResp> answer(WorkerPrincipal worker, @PathVariable long attemptId,
                                           @Valid @RequestBody QuizWeb.AnswerReq req) {
        return ApiResponse.ok(attempts.answer(worker.workerId(), attemptId, req.hazardId(), req.answer()));
    }

    @Operation(operationId = "finishQuizLevel", summary = "结束本关并查看得分")
    @PostMapping("/attempts/{attemptId}/finish")
    ApiResponse<QuizWeb.AttemptResp> finish(WorkerPrincipal worker, @PathVariable long attemptId) {
        return ApiResponse.ok(attempts.finish(worker.workerId(), attemptId));
    }

    @Operation(operationId = "listQuizHistory", summary = "我的闯关记录：每关得分、题目解析")
    @GetMapping("/history")
    ApiResponse<List<QuizWeb.HistoryItem>> history(WorkerPrincipal worker) {
        return ApiResponse.ok(queries.history(worker.workerId()));
    }

    @Operation(operationId = "getQuizShareCard", summary = "成绩分享卡（仅展示，分享不增加任何次数）")
    @GetMapping("/attempts/{attemptId}/share")
    ApiResponse<QuizWeb.ShareResp> share(WorkerPrincipal worker, @PathVariable long attemptId) {
        return ApiResponse.ok(queries.share(worker.workerId(), attemptId));
    }

    @Operation(operationId = "startQuickTest", summary = "开始一次“测测你的安全力”：题库随机 10 题，不限次数")
    @PostMapping("/quick-tests")
    ApiResponse<QuizWeb.QuickTestResp> startQuickTest(WorkerPrincipal worker) {
        return ApiResponse.ok(quickTests.start(worker.workerId()));
    }

    @Operation(operationId = "answerQuickTest", summary = "按顺序回答“安全力”测试的当前题目，返回解析和下一题")
    @PostMapping("/quick-tests/{testId}/answers")
    ApiResponse<QuizWeb.QuickAnswerResp> answerQuickTest(WorkerPrincipal worker, @PathVariable long testId,
                                                        @Valid @RequestBody QuizWeb.QuickAnswerReq req) {
        return ApiResponse.ok(quickTests.answer(worker.workerId(), testId, req.seq(), req.answer()));
    }
}
