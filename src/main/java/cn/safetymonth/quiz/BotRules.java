package cn.safetymonth.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an attempt was played by a hand or by a script, read from its moves when it closes. Each rule gives a reason
 * an admin can read; any reason flags the attempt, which then counts nowhere and earns no points until an admin who
 * looked at it clears the flag. The thresholds are settings ({@link QuizProperties.Bots}).
 */
final class BotRules {

    /**
     * @param moves         the attempt's taps and answers in order
     * @param questionChars per hazard seq, the characters of its question and options: what must be read to answer
     * @param riskRank      WeChat's risk rank of the player that day, null when unknown
     */
    record Play(List<Moves.Move> moves, Map<Integer, Integer> questionChars, int score, Integer riskRank) {
    }

    private BotRules() {
    }

    static List<String> reasons(Play play, QuizProperties.Bots rules) {
        List<String> reasons = new ArrayList<>();
        tooFast(play, rules).ifPresent(reasons::add);
        lattice(play, rules).ifPresent(reasons::add);
        fastAnswers(play, rules).ifPresent(reasons::add);
        regular(play, rules).ifPresent(reasons::add);
        if (play.riskRank() != null && play.riskRank() >= rules.riskRankAtLeast()) {
            reasons.add("微信安全风险等级为 " + play.riskRank());
        }
        return reasons;
    }

    /** A high score sooner than a person finds and reads five hazards. */
    static Optional<String> tooFast(Play play, QuizProperties.Bots rules) {
        long lastMs = play.moves().stream().mapToLong(Moves.Move::atMs).max().orElse(0);
        long seconds = lastMs / 1000;
        return play.score() >= 4 && seconds < rules.minHumanSeconds()
                ? Optional.of("用时过短：" + seconds + " 秒内得 " + play.score() + " 分") : Optional.empty();
    }

    /**
     * Taps laid on a regular grid: many pairs of taps share a column (same x, another row) or a row (same y, another
     * column). Taps of a person fall where things are: by chance one pair in forty shares a line; on a grid, even the
     * first row and a half of a sweep, it is one pair in two. Two taps on the same spot share no line.
     */
    static Optional<String> lattice(Play play, QuizProperties.Bots rules) {
        List<Moves.Move> taps = play.moves().stream().filter(Moves.Move::freshTap).toList();
        if (taps.size() < rules.latticeMinTaps()) {
            return Optional.empty();
        }
        double tol = rules.latticeTolerance();
        int pairs = 0;
        int aligned = 0;
        for (int i = 0; i < taps.size(); i++) {
            for (int j = i + 1; j < taps.size(); j++) {
                double dx = Math.abs(taps.get(i).x() - taps.get(j).x());
                double dy = Math.abs(taps.get(i).y() - taps.get(j).y());
                pairs++;
                if (dx <= tol && dy > 3 * tol || dy <= tol && dx > 3 * tol) {
                    aligned++;
                }
            }
        }
        return aligned >= rules.latticeShare() * pairs
                ? Optional.of("点击位置落在规则网格上：" + taps.size() + " 次点击两两之间有 " + aligned + " 对同行或同列")
                : Optional.empty();
    }

    /** Answers given sooner after their question appeared than it can be read. */
    static Optional<String> fastAnswers(Play play, QuizProperties.Bots rules) {
        Map<Integer, Long> revealedAt = new HashMap<>();
        int fast = 0;
        int answered = 0;
        for (Moves.Move m : play.moves()) {
            if (m.kind() == Moves.Kind.TAP && m.result() == Moves.Result.HIT) {
                revealedAt.putIfAbsent(m.seq(), m.atMs());
            } else if (m.kind() == Moves.Kind.ANSWER && revealedAt.containsKey(m.seq())) {
                answered++;
                long read = m.atMs() - revealedAt.get(m.seq());
                if (read < minReadMillis(play.questionChars().getOrDefault(m.seq(), 0), rules)) {
                    fast++;
                }
            }
        }
        return fast >= rules.fastAnswersToFlag()
                ? Optional.of("作答快于读题：" + answered + " 题中 " + fast + " 题短于阅读所需时间") : Optional.empty();
    }

    static long minReadMillis(int chars, QuizProperties.Bots rules) {
        return rules.readBaseMillis() + chars * 1000L / rules.readCharsPerSecond();
    }

    /** Moves at intervals too even for a hand: the spread of the intervals is a small part of their mean. */
    static Optional<String> regular(Play play, QuizProperties.Bots rules) {
        List<Moves.Move> moves = play.moves();
        if (moves.size() < rules.regularityMinIntervals()) {
            return Optional.empty();
        }
        double[] gaps = new double[moves.size()];
        long before = 0;
        for (int i = 0; i < moves.size(); i++) {
            gaps[i] = moves.get(i).atMs() - before;
            before = moves.get(i).atMs();
        }
        double mean = Arrays.stream(gaps).average().orElse(0);
        if (mean <= 0) {
            return Optional.of("操作间隔过于规则：" + gaps.length + " 次操作几乎同时发生");
        }
        double variance = Arrays.stream(gaps).map(g -> (g - mean) * (g - mean)).sum() / gaps.length;
        double cv = Math.sqrt(variance) / mean;
        return cv < rules.regularityMaxCv()
                ? Optional.of(String.format("操作间隔过于规则：%d 次操作的间隔变异系数为 %.2f", gaps.length, cv))
                : Optional.empty();
    }
}
