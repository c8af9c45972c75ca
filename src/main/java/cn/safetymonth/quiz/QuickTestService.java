package cn.safetymonth.quiz;

import cn.safetymonth.common.persistence.DuplicateKeys;
import cn.safetymonth.org.MembershipService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * 测测你的"安全力": ten random questions from the quick test's own bank (never a level's), answered in a row, with the
 * right answer and its 解析 after each: it is for learning. A test started at most every 30 s; a test counts (人次) when
 * every question is answered, and only the first few of a person's day count.
 */
@Service
class QuickTestService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final QuizCatalog catalog;
    private final QuickTestMapper tests;
    private final QuickTestAnswerMapper answers;
    private final MembershipService memberships;
    private final QuizRateLimiter rateLimiter;
    private final QuizProperties props;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    QuickTestService(QuizCatalog catalog, QuickTestMapper tests, QuickTestAnswerMapper answers, MembershipService memberships,
                     QuizRateLimiter rateLimiter, QuizProperties props, ApplicationEventPublisher events,
                     TransactionTemplate tx, Clock clock) {
        this.catalog = catalog;
        this.tests = tests;
        this.answers = answers;
        this.memberships = memberships;
        this.rateLimiter = rateLimiter;
        this.props = props;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    QuizWeb.QuickTestResp start(long workerId) {
        QuizCatalog.CampaignView campaign = catalog.campaign().orElseThrow(QuizErrorCodes.CAMPAIGN_CLOSED::exception);
        if (!catalog.openOn(LocalDate.now(clock))) {
            throw QuizErrorCodes.CAMPAIGN_CLOSED.exception();
        }
        List<QuizCatalog.QuickQuestionView> bank = new ArrayList<>(catalog.bank());
        if (bank.isEmpty()) {
            throw QuizErrorCodes.CAMPAIGN_CLOSED.exception("题库暂未开放");
        }
        rateLimiter.quickTestStart(workerId);
        Collections.shuffle(bank, RANDOM);
        List<QuizCatalog.QuickQuestionView> picked = bank.subList(0, Math.min(props.quickTestSize(), bank.size()));
        QuickTestEntity row = new QuickTestEntity();
        row.setCampaignId(campaign.id());
        row.setWorkerId(workerId);
        memberships.current(workerId).ifPresent(m -> {
            row.setUnionId(m.union().id());
            row.setUnionPath(m.union().path());
        });
        row.setStatus(QuickTestEntity.OPEN);
        row.setQuestionIds(String.join(",", picked.stream().map(q -> Long.toString(q.id())).toList()));
        row.setCurrentSeq(1);
        row.setCorrectCount(0);
        row.setOptionSeed(RANDOM.nextLong());
        row.setStartedAt(LocalDateTime.now(clock));
        tests.insert(row);
        return new QuizWeb.QuickTestResp(row.getId(), picked.size(), 0, 0, false, question(row, 1));
    }

    QuizWeb.QuickAnswerResp answer(long workerId, long testId, int seq, List<String> displayKeys) {
        rateLimiter.check(workerId);
        QuickTestEntity test = owned(workerId, testId);
        if (!QuickTestEntity.OPEN.equals(test.getStatus())) {
            throw QuizErrorCodes.QUICK_TEST_FINISHED.exception();
        }
        if (seq != test.getCurrentSeq()) {
            throw QuizErrorCodes.QUICK_TEST_OUT_OF_ORDER.exception("请作答第 " + test.getCurrentSeq() + " 题");
        }
        List<Long> ids = ids(test);
        QuizCatalog.QuickQuestionView q = catalog.quickQuestion(ids.get(seq - 1));
        OptionShuffle.Judged judged = OptionShuffle.judge(test.getOptionSeed(), q.id(), q.type(), q.options(), q.answer(), displayKeys);
        boolean correct = judged.correct();
        boolean last = seq == ids.size();
        LocalDateTime now = LocalDateTime.now(clock);
        boolean[] counted = {false};
        try {
            tx.executeWithoutResult(s -> {
                QuickTestAnswerEntity a = new QuickTestAnswerEntity();
                a.setTestId(test.getId());
                a.setSeq(seq);
                a.setQuestionId(q.id());
                a.setAnswerKeys(judged.stored());
                a.setCorrect(correct);
                answers.insert(a);
                test.setCurrentSeq(seq + 1);
                test.setCorrectCount(test.getCorrectCount() + (correct ? 1 : 0));
                if (last) {
                    test.setStatus(QuickTestEntity.FINISHED);
                    test.setFinishedAt(now);
                }
                if (tests.updateById(test) == 0) {
                    throw new DuplicateKeyException("quick test moved on");
                }
                if (last) {
                    counted[0] = takeSlot(test.getId(), now.toLocalDate());
                    // inside the transaction: the test is finished exactly when it is counted
                    events.publishEvent(new QuickTestFinished(test.getId(), workerId, test.getUnionId(), test.getCampaignId(),
                            test.getCorrectCount(), ids.size(), counted[0], now));
                }
            });
        } catch (DuplicateKeyException e) {
            throw QuizErrorCodes.QUICK_TEST_OUT_OF_ORDER.exception("这道题已经作答过了");
        }
        return new QuizWeb.QuickAnswerResp(correct, OptionShuffle.toDisplay(test.getOptionSeed(), q.id(), q.options(), q.answer()),
                q.explanation(), seq, test.getCorrectCount(), last, counted[0], last ? null : question(test, seq + 1));
    }

    /** The first free counted slot of the worker's day, if any is left; the database's unique key decides races. */
    private boolean takeSlot(long testId, LocalDate day) {
        for (int slot = 1; slot <= props.quickTestsCountedPerDay(); slot++) {
            int s = slot;
            if (DuplicateKeys.insertOr(() -> tests.takeSlot(testId, day, s), () -> 0) == 1) {
                return true;
            }
        }
        tests.finishedOn(testId, day);
        return false;
    }

    private QuickTestEntity owned(long workerId, long testId) {
        QuickTestEntity test = tests.selectById(testId);
        if (test == null || test.getWorkerId() != workerId) {
            throw QuizErrorCodes.QUICK_TEST_NOT_FOUND.exception();
        }
        return test;
    }

    private QuizWeb.QuickQuestion question(QuickTestEntity test, int seq) {
        List<Long> ids = ids(test);
        QuizCatalog.QuickQuestionView q = catalog.quickQuestion(ids.get(seq - 1));
        return new QuizWeb.QuickQuestion(seq, ids.size(), q.topicTitle(), q.type(), q.type().label(), q.text(),
                OptionShuffle.view(test.getOptionSeed(), q.id(), q.options()));
    }

    private static List<Long> ids(QuickTestEntity test) {
        return Arrays.stream(test.getQuestionIds().split(",")).map(Long::valueOf).toList();
    }
}
