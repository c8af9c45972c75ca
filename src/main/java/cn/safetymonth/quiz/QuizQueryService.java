package cn.safetymonth.quiz;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.storage.ObjectStorage;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a worker sees of their own play, and what admins see of flagged play. No rankings anywhere. */
@Service
class QuizQueryService {

    private final QuizCatalog catalog;
    private final AttemptMapper attempts;
    private final AttemptHazardMapper found;
    private final QuickTestMapper quickTests;
    private final AttemptService attemptService;
    private final UnionDirectory directory;
    private final ObjectStorage storage;
    private final QuizProperties props;
    private final Clock clock;

    QuizQueryService(QuizCatalog catalog, AttemptMapper attempts, AttemptHazardMapper found, QuickTestMapper quickTests,
                     AttemptService attemptService, UnionDirectory directory, ObjectStorage storage, QuizProperties props, Clock clock) {
        this.storage = storage;
        this.props = props;
        this.catalog = catalog;
        this.attempts = attempts;
        this.found = found;
        this.quickTests = quickTests;
        this.attemptService = attemptService;
        this.directory = directory;
        this.clock = clock;
    }

    QuizWeb.TodayResp today(long workerId) {
        LocalDate today = LocalDate.now(clock);
        QuizCatalog.CampaignView campaign = catalog.campaign().orElse(null);
        if (campaign == null) {
            return new QuizWeb.TodayResp(null, false, null, List.of(), 0, 0, 0);
        }
        List<AttemptEntity> mine = attempts.ofWorker(workerId, campaign.id());
        AttemptEntity todays = mine.stream().filter(a -> a.getPlayDate().equals(today)).findFirst().orElse(null);
        // a flagged attempt earns nothing until an admin clears it
        int points = mine.stream().filter(a -> !a.open() && !Boolean.TRUE.equals(a.getFlagged())).mapToInt(AttemptEntity::getScore).sum();
        long cleared = mine.stream().filter(a -> !a.open()).count();
        long tests = quickTests.selectCount(new LambdaQueryWrapper<QuickTestEntity>()
                .eq(QuickTestEntity::getWorkerId, workerId).eq(QuickTestEntity::getCampaignId, campaign.id())
                .eq(QuickTestEntity::getStatus, QuickTestEntity.FINISHED));
        return new QuizWeb.TodayResp(campaignResp(campaign, today), todays != null,
                todays == null ? null : attemptService.view(todays), scenes(mine), points, (int) cleared, (int) tests);
    }

    List<QuizWeb.SceneResp> scenes(long workerId) {
        return catalog.campaign().map(c -> scenes(attempts.ofWorker(workerId, c.id()))).orElse(List.of());
    }

    private List<QuizWeb.SceneResp> scenes(List<AttemptEntity> mine) {
        Set<Long> played = mine.stream().map(AttemptEntity::getLevelId).collect(Collectors.toSet());
        return Arrays.stream(Scene.values()).map(scene -> {
            List<QuizCatalog.LevelView> levels = catalog.levelsOf(scene);
            int cleared = (int) levels.stream().filter(l -> played.contains(l.id())).count();
            String next = levels.stream().filter(l -> !played.contains(l.id())).map(QuizCatalog.LevelView::title).findFirst().orElse(null);
            return new QuizWeb.SceneResp(scene, scene.label(), levels.size(), cleared, next);
        }).toList();
    }

    /** Closed levels, newest first, with what was found and answered and what was missed (names and 解析 only). */
    List<QuizWeb.HistoryItem> history(long workerId) {
        QuizCatalog.CampaignView campaign = catalog.campaign().orElse(null);
        if (campaign == null) {
            return List.of();
        }
        List<AttemptEntity> closed = attempts.ofWorker(workerId, campaign.id()).stream().filter(a -> !a.open()).toList();
        Map<Long, List<AttemptHazardEntity>> rows = found.ofAttempts(closed.stream().map(AttemptEntity::getId).toList())
                .stream().collect(Collectors.groupingBy(AttemptHazardEntity::getAttemptId));
        return closed.stream().map(a -> {
            QuizCatalog.LevelView level = catalog.level(a.getLevelId());
            Map<Long, AttemptHazardEntity> mine = rows.getOrDefault(a.getId(), List.of()).stream()
                    .collect(Collectors.toMap(AttemptHazardEntity::getHazardId, Function.identity()));
            List<QuizWeb.HistoryHazard> hazards = level.hazards().stream().map(h -> {
                AttemptHazardEntity r = mine.get(h.id());
                if (r == null) {
                    return new QuizWeb.HistoryHazard(h.name(), false, null, null, null, null, h.explanation());
                }
                boolean answered = r.getAnswerKeys() != null;
                return new QuizWeb.HistoryHazard(h.name(), true, h.text(),
                        answered ? OptionShuffle.toDisplay(a.getOptionSeed(), h.id(), h.options(), List.of(r.getAnswerKeys().split(","))) : null,
                        OptionShuffle.toDisplay(a.getOptionSeed(), h.id(), h.options(), h.answer()),
                        r.getCorrect(), h.explanation());
            }).toList();
            return new QuizWeb.HistoryItem(a.getId(), a.getPlayDate(), a.getScene(), a.getScene().label(), level.title(),
                    a.getStatus(), a.getFoundCount(), a.getCorrectCount(), a.getScore(), hazards);
        }).toList();
    }

    QuizWeb.ShareResp share(long workerId, long attemptId) {
        AttemptEntity a = attemptService.ownedAttempt(workerId, attemptId);
        if (a.open()) {
            throw QuizErrorCodes.ATTEMPT_CLOSED.exception("本关结束后才能分享成绩");
        }
        QuizCatalog.CampaignView c = catalog.campaign().orElseThrow(QuizErrorCodes.ATTEMPT_NOT_FOUND::exception);
        QuizCatalog.LevelView level = catalog.level(a.getLevelId());
        String text = "我在“安全隐患我查找”" + a.getScene().label() + "场景《" + level.title() + "》中找到 " + a.getFoundCount()
                + " 处隐患，答对 " + a.getCorrectCount() + " 题。人人讲安全、个个会应急，一起来查找身边的安全隐患！";
        return new QuizWeb.ShareResp(c.name(), c.theme(), level.title(), a.getScene().label(), a.getPlayDate(), a.getScore(),
                AttemptService.MAX_SCORE, text);
    }

    /** Flagged attempts in the admin's subtree (or one node of it), with what an admin needs to judge them. */
    PageResult<QuizWeb.FlaggedResp> flagged(AdminPrincipal admin, Long unionId, PageQuery page) {
        String path = unionId != null ? directory.requireInScope(admin, unionId).path() : admin.unionPath();
        var rows = attempts.flaggedUnder(page.toPage(), path);
        return PageResult.of(rows, this::flaggedView);
    }

    /** Clears a flag after a person looked at the taps, and answers with the attempt as it now stands. */
    QuizWeb.FlaggedResp clearFlag(AdminPrincipal admin, long attemptId) {
        return flaggedView(attemptService.clearFlag(admin, attemptId));
    }

    private QuizWeb.FlaggedResp flaggedView(AttemptEntity a) {
        QuizCatalog.LevelView level = catalog.level(a.getLevelId());
        BotRules.Play play = attemptService.play(a, a.getScore());
        Map<Integer, Long> revealed = new HashMap<>();
        List<QuizWeb.TapTrace> taps = new ArrayList<>();
        List<QuizWeb.AnswerTrace> answers = new ArrayList<>();
        for (Moves.Move m : play.moves()) {
            if (m.kind() == Moves.Kind.TAP) {
                taps.add(new QuizWeb.TapTrace(m.x(), m.y(), m.result(), m.seq(), m.atMs()));
                if (m.result() == Moves.Result.HIT) {
                    revealed.putIfAbsent(m.seq(), m.atMs());
                }
            } else {
                long read = m.atMs() - revealed.getOrDefault(m.seq(), m.atMs());
                answers.add(new QuizWeb.AnswerTrace(m.seq(), m.atMs(), read,
                        BotRules.minReadMillis(play.questionChars().getOrDefault(m.seq(), 0), props.bots()), m.correct()));
            }
        }
        return new QuizWeb.FlaggedResp(a.getId(), a.getWorkerId(), a.getUnionId(), a.getPlayDate(), level.code(), level.title(),
                a.getScore(), a.getFlagReason(), a.getRiskRank(), a.getStartedAt(), a.getClosedAt(),
                storage.signedUrl(level.pictureKey(), props.pictureUrlTtl()), taps, answers, a.getFlagClearedBy(), a.getFlagClearedAt());
    }

    private QuizWeb.CampaignResp campaignResp(QuizCatalog.CampaignView c, LocalDate today) {
        return new QuizWeb.CampaignResp(c.name(), c.theme(), c.startDate(), c.endDate(), catalog.openOn(today));
    }
}
