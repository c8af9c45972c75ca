package cn.safetymonth.quiz;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule that tells a script from a hand, on the moves it reads, against its own threshold. */
class BotRulesTest {

    private static final QuizProperties.Bots RULES = new QuizProperties.Bots(20, 8, 0.006, 0.3, 1000, 20, 2, 8, 0.12, 3);
    /** Every question here takes 60 characters to read: 1 s + 60 / 20 s = 4 s at the allowed speed. */
    private static final Map<Integer, Integer> CHARS = Map.of(1, 60, 2, 60, 3, 60, 4, 60, 5, 60);

    @Test
    void movesAreKeptInOrderAndReadBack() {
        String log = Moves.tap(2310, 0.42, 0.61, Moves.Result.HIT, 3) + Moves.answer(9120, 3, true)
                + Moves.tap(15002, 0.12, 0.08, Moves.Result.MISS, 0) + Moves.tap(16000, 0.4201, 0.6099, Moves.Result.AGAIN, 3);
        assertThat(log).isEqualTo("t2310,4200,6100,h3;a9120,3,c;t15002,1200,800,m;t16000,4201,6099,r3;");
        List<Moves.Move> moves = Moves.parse(log);
        assertThat(moves).extracting(Moves.Move::kind).containsExactly(Moves.Kind.TAP, Moves.Kind.ANSWER, Moves.Kind.TAP, Moves.Kind.TAP);
        assertThat(moves.get(0)).satisfies(m -> {
            assertThat(m.x()).isEqualTo(0.42);
            assertThat(m.seq()).isEqualTo(3);
            assertThat(m.result()).isEqualTo(Moves.Result.HIT);
        });
        assertThat(moves.get(1).correct()).isTrue();
        assertThat(Moves.misses(log)).isEqualTo(1);
        assertThat(Moves.taps(log)).isEqualTo(3);
    }

    @Test
    void aSlowHonestPlayerRaisesNoRule() {
        assertThat(BotRules.reasons(play(person(new Random(7)), 10, 0), RULES)).isEmpty();
    }

    @Test
    void aHighScoreSoonerThanAPersonCanIsTooFast() {
        List<Moves.Move> quick = new ArrayList<>();
        for (int seq = 1; seq <= 5; seq++) {
            quick.add(tap(seq * 1_500L, 0.1 * seq, 0.2, seq));
            quick.add(answer(seq * 1_500L + 1_400, seq)); // 1.4 s to read 60 characters
        }
        assertThat(BotRules.tooFast(play(quick, 10, 0), RULES)).hasValueSatisfying(r -> assertThat(r).startsWith("用时过短"));
        assertThat(BotRules.tooFast(play(quick, 3, 0), RULES)).as("a low score is no gain").isEmpty();
    }

    @Test
    void tapsOnAGridAreALatticeAndAPersonsAreNot() {
        List<Moves.Move> grid = new ArrayList<>();
        long t = 0;
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 6; col++) {
                t += 3_000 + (row * 7 + col * 13) % 5 * 700; // paced like a person: only the positions give it away
                grid.add(miss(t, (col + 0.5) / 6 + 0.002 * ((row + col) % 2), (row + 0.5) / 5));
            }
        }
        assertThat(BotRules.lattice(play(grid, 0, 0), RULES)).hasValueSatisfying(r -> assertThat(r).contains("规则网格"));
        // the misses run out early: the first row and a half of the sweep is a lattice already
        assertThat(BotRules.lattice(play(grid.subList(0, 9), 0, 0), RULES)).isPresent();
        assertThat(BotRules.lattice(play(person(new Random(11)), 10, 0), RULES)).isEmpty();
        // a person tapping twice beside the same spot shares a column and a row with one tap only: no lattice
        List<Moves.Move> twice = new ArrayList<>(person(new Random(3)));
        twice.add(miss(200_000, 0.401, 0.603));
        twice.add(miss(203_000, 0.402, 0.604));
        assertThat(BotRules.lattice(play(twice, 10, 0), RULES)).isEmpty();
    }

    @Test
    void answersQuickerThanTheirQuestionCanBeReadAreFlaggedFromTheSecond() {
        List<Moves.Move> moves = new ArrayList<>();
        long t = 0;
        for (int seq = 1; seq <= 5; seq++) {
            t += 6_000 + seq * 900;
            moves.add(tap(t, 0.15 * seq, 0.3 + 0.05 * seq, seq));
            t += seq <= 2 ? 2_000 : 7_000; // the first two read in 2 s, less than the 4 s they take
            moves.add(answer(t, seq));
        }
        assertThat(BotRules.fastAnswers(play(moves, 10, 0), RULES)).hasValueSatisfying(r -> assertThat(r).contains("5 题中 2 题"));
        moves.set(3, answer(moves.get(2).atMs() + 4_500, 2)); // the second one read properly
        assertThat(BotRules.fastAnswers(play(moves, 10, 0), RULES)).as("one quick answer is a quick reader").isEmpty();
    }

    @Test
    void intervalsTooEvenForAHandAreRegular() {
        List<Moves.Move> metronome = new ArrayList<>();
        for (int seq = 1; seq <= 5; seq++) {
            metronome.add(tap(seq * 10_000L - 5_000, 0.15 * seq, 0.4, seq));
            metronome.add(answer(seq * 10_000L + 40 * (seq % 2), seq));
        }
        assertThat(BotRules.regular(play(metronome, 10, 0), RULES)).hasValueSatisfying(r -> assertThat(r).contains("过于规则"));
        assertThat(BotRules.regular(play(person(new Random(5)), 10, 0), RULES)).isEmpty();
    }

    @Test
    void weChatsRiskRankFlagsFromTheConfiguredLevel() {
        List<Moves.Move> honest = person(new Random(9));
        assertThat(BotRules.reasons(new BotRules.Play(honest, CHARS, 10, 3), RULES)).containsExactly("微信安全风险等级为 3");
        assertThat(BotRules.reasons(new BotRules.Play(honest, CHARS, 10, 2), RULES)).isEmpty();
        assertThat(BotRules.reasons(new BotRules.Play(honest, CHARS, 10, null), RULES)).as("unknown is not risky").isEmpty();
    }

    /** Five hazards found where things are, a few misses beside them, answers after reading, all at uneven intervals. */
    static List<Moves.Move> person(Random rnd) {
        List<Moves.Move> moves = new ArrayList<>();
        long t = 0;
        for (int seq = 1; seq <= 5; seq++) {
            double x = 0.1 + rnd.nextDouble() * 0.8;
            double y = 0.1 + rnd.nextDouble() * 0.8;
            if (rnd.nextBoolean()) {
                t += 2_000 + rnd.nextInt(6_000);
                moves.add(miss(t, x + 0.05, y - 0.04));
            }
            t += 2_000 + rnd.nextInt(9_000);
            moves.add(tap(t, x, y, seq));
            t += 4_500 + rnd.nextInt(12_000);
            moves.add(answer(t, seq));
        }
        return moves;
    }

    private static BotRules.Play play(List<Moves.Move> moves, int score, int riskRank) {
        return new BotRules.Play(moves, CHARS, score, riskRank);
    }

    private static Moves.Move tap(long at, double x, double y, int seq) {
        return new Moves.Move(Moves.Kind.TAP, at, x, y, Moves.Result.HIT, seq, false);
    }

    private static Moves.Move miss(long at, double x, double y) {
        return new Moves.Move(Moves.Kind.TAP, at, x, y, Moves.Result.MISS, 0, false);
    }

    private static Moves.Move answer(long at, int seq) {
        return new Moves.Move(Moves.Kind.ANSWER, at, 0, 0, null, seq, true);
    }
}
