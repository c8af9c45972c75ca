package cn.safetymonth.quiz;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.identity.WorkerDirectory;
import cn.safetymonth.org.MembershipService;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.wechat.WeChatContentSecurity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The daily level, with every rule decided on the server: one level a day (the database's unique
 * key), taps hit-tested here, one answer per question, scores from what was earned. Every tap and answer is logged
 * with its time in the attempt's row; when the level closes, {@link BotRules} read the log, and a flagged attempt
 * earns nothing and counts nowhere until an admin clears it.
 */
@Service
class AttemptService {

    static final int MAX_SCORE = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final QuizCatalog catalog;
    private final AttemptMapper attempts;
    private final AttemptHazardMapper found;
    private final MembershipService memberships;
    private final ObjectStorage storage;
    private final QuizRateLimiter rateLimiter;
    private final WorkerDirectory workers;
    private final WeChatContentSecurity wechat;
    private final QuizProperties props;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    /** Work that must commit whatever the request's answer (see {@link #inLockedAttempt}). */
    private final TransactionTemplate own;
    private final Clock clock;

    AttemptService(QuizCatalog catalog, AttemptMapper attempts, AttemptHazardMapper found, MembershipService memberships,
                   ObjectStorage storage, QuizRateLimiter rateLimiter, WorkerDirectory workers, WeChatContentSecurity wechat,
                   QuizProperties props, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.workers = workers;
        this.wechat = wechat;
        this.catalog = catalog;
        this.attempts = attempts;
        this.found = found;
        this.memberships = memberships;
        this.storage = storage;
        this.rateLimiter = rateLimiter;
        this.props = props;
        this.events = events;
        this.tx = tx;
        this.own = new TransactionTemplate(tx.getTransactionManager());
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Starts today's level in the chosen scene, or resumes it: a double tap or a second device gets the same attempt.
     * The request that created the attempt asks WeChat for the player's risk rank, so it is asked once a day at most.
     */
    QuizWeb.AttemptResp start(long workerId, Scene scene, String clientIp) {
        LocalDate today = LocalDate.now(clock);
        QuizCatalog.CampaignView campaign = openCampaign(today);
        AttemptEntity existing = attempts.onDay(workerId, today);
        if (existing != null) {
            return resumeOrRefuse(existing, scene);
        }
        Set<Long> played = attempts.ofWorker(workerId, campaign.id()).stream().map(AttemptEntity::getLevelId).collect(Collectors.toSet());
        QuizCatalog.LevelView level = catalog.levelsOf(scene).stream().filter(l -> !played.contains(l.id())).findFirst()
                .orElseThrow(QuizErrorCodes.SCENE_COMPLETED::exception);
        AttemptEntity row = new AttemptEntity();
        row.setCampaignId(campaign.id());
        row.setWorkerId(workerId);
        memberships.current(workerId).ifPresent(m -> {
            row.setUnionId(m.union().id());
            row.setUnionPath(m.union().path());
        });
        row.setLevelId(level.id());
        row.setScene(scene);
        row.setPlayDate(today);
        row.setStatus(AttemptEntity.OPEN);
        row.setStartedAt(LocalDateTime.now(clock));
        row.setFoundCount(0);
        row.setCorrectCount(0);
        row.setScore(0);
        row.setOptionSeed(RANDOM.nextLong());
        row.setFlagged(false);
        row.setMoves("");
        row.setAnsweredCount(0);
        try {
            attempts.insert(row);
        } catch (DuplicateKeyException e) {
            // another request of this worker started today's level first: the database decided
            AttemptEntity winner = attempts.onDay(workerId, today);
            if (winner == null) {
                throw QuizErrorCodes.ALREADY_PLAYED_TODAY.exception();
            }
            return resumeOrRefuse(winner, scene);
        }
        askRiskRank(row, clientIp);
        return view(row, List.of());
    }

    private void askRiskRank(AttemptEntity attempt, String clientIp) {
        if (!props.bots().asksRiskRank() || clientIp == null) {
            return;
        }
        workers.openid(attempt.getWorkerId()).flatMap(openid -> wechat.userRiskRank(openid, clientIp)).ifPresent(rank -> {
            attempts.setRiskRank(attempt.getId(), rank);
            attempt.setRiskRank(rank);
        });
    }

    QuizWeb.TapResp tap(long workerId, long attemptId, double x, double y) {
        rateLimiter.check(workerId);
        return inLockedAttempt(workerId, attemptId, attempt -> {
            if (Moves.misses(attempt.getMoves()) >= props.maxMisses()) {
                throw QuizErrorCodes.TOO_MANY_MISSES.exception();
            }
            if (Moves.taps(attempt.getMoves()) >= props.maxTaps()) {
                throw QuizErrorCodes.TOO_MANY_MISSES.exception("本关点击次数已达上限，请作答已找到的题目或结束本关");
            }
            QuizCatalog.LevelView level = catalog.level(attempt.getLevelId());
            Map<Long, AttemptHazardEntity> mine = foundOf(attempt);
            QuizCatalog.HazardView hit = level.hazards().stream().filter(h -> h.region().contains(x, y)).findFirst().orElse(null);
            LocalDateTime now = LocalDateTime.now(clock);
            if (hit == null) {
                log(attempt, Moves.tap(sinceStart(attempt, now), x, y, Moves.Result.MISS, 0));
                return new QuizWeb.TapResp(false, false, null, mine.size(), score(mine.values()));
            }
            AttemptHazardEntity row = mine.get(hit.id());
            boolean already = row != null;
            if (!already) {
                row = new AttemptHazardEntity();
                row.setAttemptId(attempt.getId());
                row.setHazardId(hit.id());
                row.setFoundAt(now);
                row.setFoundX(coordinate(x));
                row.setFoundY(coordinate(y));
                row.setCreatedBy("w:" + workerId);
                found.insertFound(row);
                mine.put(hit.id(), row);
            }
            log(attempt, Moves.tap(sinceStart(attempt, now), x, y, already ? Moves.Result.AGAIN : Moves.Result.HIT, hit.seq()));
            return new QuizWeb.TapResp(true, already, foundView(attempt, hit, row), mine.size(), score(mine.values()));
        });
    }

    private void log(AttemptEntity attempt, String entry) {
        attempts.appendMove(attempt.getId(), entry);
        attempt.setMoves(attempt.getMoves() + entry);
    }

    private long sinceStart(AttemptEntity attempt, LocalDateTime now) {
        return Math.max(0, Duration.between(attempt.getStartedAt(), now).toMillis());
    }

    private static BigDecimal coordinate(double v) {
        return BigDecimal.valueOf(v).setScale(5, RoundingMode.HALF_UP);
    }

    QuizWeb.AnswerResp answer(long workerId, long attemptId, String hazardCode, List<String> displayKeys) {
        rateLimiter.check(workerId);
        return inLockedAttempt(workerId, attemptId, attempt -> {
            QuizCatalog.LevelView level = catalog.level(attempt.getLevelId());
            QuizCatalog.HazardView hazard = level.hazards().stream().filter(h -> h.code().equals(hazardCode)).findFirst()
                    .orElseThrow(QuizErrorCodes.HAZARD_NOT_FOUND_YET::exception);
            List<AttemptHazardEntity> all = found.ofAttempt(attempt.getId());
            AttemptHazardEntity row = all.stream().filter(a -> a.getHazardId() == hazard.id()).findFirst()
                    .orElseThrow(QuizErrorCodes.HAZARD_NOT_FOUND_YET::exception);
            if (row.getAnswerKeys() != null) {
                throw QuizErrorCodes.ALREADY_ANSWERED.exception();
            }
            OptionShuffle.Judged judged = OptionShuffle.judge(attempt.getOptionSeed(), hazard.id(), hazard.type(), hazard.options(),
                    hazard.answer(), displayKeys);
            LocalDateTime now = LocalDateTime.now(clock);
            if (found.answer(row.getId(), judged.stored(), judged.correct(), now) == 0) {
                throw QuizErrorCodes.ALREADY_ANSWERED.exception();
            }
            row.setAnswerKeys(judged.stored());
            row.setCorrect(judged.correct());
            row.setAnsweredAt(now);
            log(attempt, Moves.answer(sinceStart(attempt, now), hazard.seq(), judged.correct()));
            int correctCount = correct(all);
            boolean complete = all.size() == level.hazards().size() && all.stream().allMatch(a -> a.getAnswerKeys() != null);
            if (complete) {
                close(attempt, AttemptEntity.FINISHED, all);
            }
            return new QuizWeb.AnswerResp(judged.correct(), sortedDisplay(attempt, hazard, judged.original()),
                    OptionShuffle.toDisplay(attempt.getOptionSeed(), hazard.id(), hazard.options(), hazard.answer()),
                    hazard.explanation(), all.size(), correctCount, score(all), complete);
        });
    }

    /**
     * Runs {@code work} on the caller's open attempt, holding its row lock: a tap, an answer and a finish
     * of the same attempt (two devices, a double tap) happen one after the other, never interleaved.
     */
    private <T> T inLockedAttempt(long workerId, long attemptId, Function<AttemptEntity, T> work) {
        AttemptEntity before = attempts.byId(attemptId);
        if (before != null && before.getWorkerId() == workerId && before.open() && isPast(before)) {
            // the day's end is kept although the request is refused: in its own transaction, because a keyed request's
            // shared one rolls back with the refusal; before this request locks the row, which that one would wait on
            own.executeWithoutResult(s -> {
                AttemptEntity locked = attempts.lock(attemptId);
                if (locked.open()) {
                    close(locked, AttemptEntity.DAY_ENDED, found.ofAttempt(locked.getId()));
                }
            });
            throw QuizErrorCodes.ATTEMPT_CLOSED.exception("这一关已随当天结束，明天再来挑战新的关卡吧");
        }
        boolean[] endedWithDay = {false};
        T result = tx.execute(s -> {
            AttemptEntity attempt = attempts.lock(attemptId);
            if (attempt == null || attempt.getWorkerId() != workerId) {
                throw QuizErrorCodes.ATTEMPT_NOT_FOUND.exception();
            }
            if (attempt.open() && isPast(attempt)) {
                close(attempt, AttemptEntity.DAY_ENDED, found.ofAttempt(attempt.getId()));
                endedWithDay[0] = true;
                return null;
            }
            if (!attempt.open()) {
                throw QuizErrorCodes.ATTEMPT_CLOSED.exception();
            }
            return work.apply(attempt);
        });
        if (endedWithDay[0]) {
            throw QuizErrorCodes.ATTEMPT_CLOSED.exception("这一关已随当天结束，明天再来挑战新的关卡吧");
        }
        return result;
    }

    /** Ends the level now and returns its score. Finishing a closed level just returns it. */
    QuizWeb.AttemptResp finish(long workerId, long attemptId) {
        owned(workerId, attemptId);
        tx.executeWithoutResult(s -> {
            AttemptEntity attempt = attempts.lock(attemptId);
            if (attempt.open()) {
                close(attempt, isPast(attempt) ? AttemptEntity.DAY_ENDED : AttemptEntity.FINISHED, found.ofAttempt(attempt.getId()));
            }
        });
        return view(attempts.byId(attemptId), found.ofAttempt(attemptId));
    }

    QuizWeb.AttemptResp view(AttemptEntity attempt) {
        return view(attempt, found.ofAttempt(attempt.getId()));
    }

    /** Closes every open attempt of an earlier day. Idempotent; returns how many it closed. */
    int closeEndedDays(int batch) {
        int closed = 0;
        List<AttemptEntity> open;
        do {
            open = attempts.openBefore(LocalDate.now(clock), batch);
            for (AttemptEntity a : open) {
                Boolean done = tx.execute(s -> {
                    AttemptEntity locked = attempts.lock(a.getId());
                    return locked.open() && close(locked, AttemptEntity.DAY_ENDED, found.ofAttempt(locked.getId()));
                });
                if (Boolean.TRUE.equals(done)) {
                    closed++;
                }
            }
        } while (open.size() == batch);
        return closed;
    }

    private boolean close(AttemptEntity attempt, String reason, List<AttemptHazardEntity> rows) {
        int foundCount = rows.size();
        int answered = (int) rows.stream().filter(r -> r.getAnswerKeys() != null).count();
        int correctCount = correct(rows);
        int score = score(rows);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime closedAt = AttemptEntity.DAY_ENDED.equals(reason) ? attempt.getPlayDate().plusDays(1).atStartOfDay() : now;
        List<String> reasons = BotRules.reasons(play(attempt, score), props.bots());
        boolean flagged = !reasons.isEmpty();
        String flagReason = flagged ? abbreviate(String.join("；", reasons), 400) : null;
        if (attempts.close(attempt.getId(), reason, closedAt, foundCount, answered, correctCount, score, flagged, flagReason) == 0) {
            return false;
        }
        attempt.setAnsweredCount(answered);
        events.publishEvent(finished(attempt, reason, closedAt, foundCount, answered, correctCount, score, flagged));
        return true;
    }

    private QuizLevelFinished finished(AttemptEntity a, String reason, LocalDateTime closedAt, int found, int answered, int correct,
                                       int score, boolean flagged) {
        return new QuizLevelFinished(a.getId(), a.getWorkerId(), a.getUnionId(), a.getCampaignId(), catalog.level(a.getLevelId()).code(),
                a.getScene(), a.getPlayDate(), found, answered, correct, score, flagged, reason, closedAt);
    }

    /** What the bot rules read: the moves, how much each question takes to read, the score and the risk rank. */
    BotRules.Play play(AttemptEntity attempt, int score) {
        Map<Integer, Integer> chars = catalog.level(attempt.getLevelId()).hazards().stream().collect(Collectors.toMap(
                QuizCatalog.HazardView::seq, h -> h.text().length() + h.options().stream().mapToInt(o -> o.text().length()).sum()));
        return new BotRules.Play(Moves.parse(attempt.getMoves()), chars, score, attempt.getRiskRank());
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * An admin of the attempt's subtree looked at a flagged attempt and judged it a person's play: the flag goes, who
     * and when are kept, and the attempt counts and earns its points as if it had never been flagged.
     */
    AttemptEntity clearFlag(AdminPrincipal admin, long attemptId) {
        return tx.execute(s -> {
            AttemptEntity attempt = attempts.lock(attemptId);
            if (attempt == null || !sees(admin, attempt)) {
                throw QuizErrorCodes.ATTEMPT_NOT_FOUND.exception();
            }
            LocalDateTime now = LocalDateTime.now(clock);
            String by = abbreviate("a:" + admin.accountId() + " " + admin.username(), 80);
            if (attempts.clearFlag(attemptId, by, "a:" + admin.accountId(), now) == 0) {
                throw QuizErrorCodes.NOT_FLAGGED.exception();
            }
            events.publishEvent(finished(attempt, attempt.getClosedReason(), attempt.getClosedAt(), attempt.getFoundCount(),
                    Objects.requireNonNullElse(attempt.getAnsweredCount(), 0), attempt.getCorrectCount(), attempt.getScore(), false));
            return attempts.byId(attemptId);
        });
    }

    /** Staff see attempts of workers whose union (when they played) lies in their subtree; 社会公众's only from the top. */
    static boolean sees(AdminPrincipal admin, AttemptEntity attempt) {
        return attempt.getUnionPath() == null ? "/".equals(admin.unionPath()) : admin.covers(attempt.getUnionPath());
    }

    private QuizWeb.AttemptResp resumeOrRefuse(AttemptEntity existing, Scene scene) {
        if (!existing.open()) {
            throw QuizErrorCodes.ALREADY_PLAYED_TODAY.exception();
        }
        if (existing.getScene() != scene) {
            QuizCatalog.LevelView level = catalog.level(existing.getLevelId());
            throw QuizErrorCodes.OTHER_SCENE_OPEN.exception("今天已开始挑战“" + existing.getScene().label() + " · " + level.title() + "”，请继续完成");
        }
        return view(existing, found.ofAttempt(existing.getId()));
    }

    private QuizCatalog.CampaignView openCampaign(LocalDate today) {
        QuizCatalog.CampaignView campaign = catalog.campaign().orElseThrow(QuizErrorCodes.CAMPAIGN_CLOSED::exception);
        if (!catalog.openOn(today)) {
            throw QuizErrorCodes.CAMPAIGN_CLOSED.exception("答题活动时间为 " + campaign.startDate() + " 至 " + campaign.endDate());
        }
        return campaign;
    }

    private AttemptEntity owned(long workerId, long attemptId) {
        AttemptEntity attempt = attempts.byId(attemptId);
        if (attempt == null || attempt.getWorkerId() != workerId) {
            throw QuizErrorCodes.ATTEMPT_NOT_FOUND.exception();
        }
        return attempt;
    }

    AttemptEntity ownedAttempt(long workerId, long attemptId) {
        return owned(workerId, attemptId);
    }

    private boolean isPast(AttemptEntity attempt) {
        return attempt.getPlayDate().isBefore(LocalDate.now(clock));
    }

    private Map<Long, AttemptHazardEntity> foundOf(AttemptEntity attempt) {
        return found.ofAttempt(attempt.getId()).stream()
                .collect(Collectors.toMap(AttemptHazardEntity::getHazardId, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private static int correct(Collection<AttemptHazardEntity> rows) {
        return (int) rows.stream().filter(a -> Boolean.TRUE.equals(a.getCorrect())).count();
    }

    /** The rule of the activity: +1 per hazard found, +1 per right answer, 0 for a wrong one. */
    private static int score(Collection<AttemptHazardEntity> rows) {
        return rows.size() + correct(rows);
    }

    private QuizWeb.AttemptResp view(AttemptEntity attempt, List<AttemptHazardEntity> rows) {
        QuizCatalog.LevelView level = catalog.level(attempt.getLevelId());
        List<QuizWeb.FoundResp> foundViews = rows.stream().sorted(Comparator.comparing(AttemptHazardEntity::getFoundAt))
                .map(r -> foundView(attempt, catalog.hazard(r.getHazardId()), r)).toList();
        return new QuizWeb.AttemptResp(attempt.getId(), attempt.getPlayDate(), attempt.getStatus(), attempt.getClosedReason(),
                level.code(), level.title(), level.scene(), level.scene().label(),
                storage.signedUrl(level.pictureKey(), props.pictureUrlTtl()), level.hazards().size(), foundViews,
                rows.size(), correct(rows), score(rows), MAX_SCORE,
                attempt.getPlayDate().plusDays(1).atStartOfDay(), Boolean.TRUE.equals(attempt.getFlagged()));
    }

    private QuizWeb.FoundResp foundView(AttemptEntity attempt, QuizCatalog.HazardView h, AttemptHazardEntity row) {
        long seed = attempt.getOptionSeed();
        QuizWeb.QuestionResp question = new QuizWeb.QuestionResp(h.type(), h.type().label(), h.text(),
                OptionShuffle.view(seed, h.id(), h.options()));
        boolean answered = row.getAnswerKeys() != null;
        return new QuizWeb.FoundResp(h.code(), h.name(), marker(h, row), question, answered,
                answered ? sortedDisplay(attempt, h, Arrays.asList(row.getAnswerKeys().split(","))) : null,
                answered ? row.getCorrect() : null,
                answered ? OptionShuffle.toDisplay(seed, h.id(), h.options(), h.answer()) : null,
                answered ? h.explanation() : null);
    }

    /** Where the player found it, as a circle to draw: their own tap, never the hazard's region. */
    private QuizWeb.Marker marker(QuizCatalog.HazardView h, AttemptHazardEntity row) {
        if (row.getFoundX() != null && row.getFoundY() != null) {
            return new QuizWeb.Marker(row.getFoundX().doubleValue(), row.getFoundY().doubleValue(), props.markerRadius());
        }
        double[] b = h.region().bounds(); // found before taps were kept: the middle of its bounds
        return new QuizWeb.Marker(Math.round((b[0] + b[2]) * 5000) / 10000.0, Math.round((b[1] + b[3]) * 5000) / 10000.0, props.markerRadius());
    }

    private static List<String> sortedDisplay(AttemptEntity attempt, QuizCatalog.HazardView h, List<String> original) {
        return OptionShuffle.toDisplay(attempt.getOptionSeed(), h.id(), h.options(), original);
    }
}
