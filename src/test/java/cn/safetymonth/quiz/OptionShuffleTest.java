package cn.safetymonth.quiz;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OptionShuffleTest {

    static final List<QuizContent.OptionDef> FOUR = List.of(new QuizContent.OptionDef("A", "红色区域"),
            new QuizContent.OptionDef("B", "绿色区域"), new QuizContent.OptionDef("C", "黄色区域"), new QuizContent.OptionDef("D", "白色区域"));

    @Test
    void theSameAttemptAlwaysShowsTheSameOrderSoAResumedLevelLooksTheSame() {
        assertThat(OptionShuffle.shown(42, 7, FOUR)).isEqualTo(OptionShuffle.shown(42, 7, FOUR));
    }

    @Test
    void differentAttemptsShowDifferentOrders() {
        Set<List<String>> orders = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            orders.add(OptionShuffle.shown(seed, 7, FOUR).stream().map(OptionShuffle.Shown::text).toList());
        }
        assertThat(orders.size()).isGreaterThan(5);
    }

    @Test
    void displayKeysMapBackToTheOriginalOptionsBothWays() {
        for (long seed = 0; seed < 20; seed++) {
            List<OptionShuffle.Shown> shown = OptionShuffle.shown(seed, 3, FOUR);
            String displayOfRed = shown.stream().filter(s -> s.text().equals("红色区域")).findFirst().orElseThrow().key();

            assertThat(OptionShuffle.toOriginal(seed, 3, FOUR, List.of(displayOfRed))).containsExactly("A");
            assertThat(OptionShuffle.toDisplay(seed, 3, FOUR, List.of("A"))).containsExactly(displayOfRed);
        }
    }

    @Test
    void unknownDisplayKeysAreRefused() {
        assertThat(OptionShuffle.toOriginal(1, 1, FOUR, List.of("E"))).isNull();
        assertThat(OptionShuffle.toOriginal(1, 1, FOUR, List.of("AB"))).isNull();
    }

    @Test
    void aTwoOptionChoiceThatIsNotTrueFalseIsShuffledToo() {
        List<QuizContent.OptionDef> pair = List.of(new QuizContent.OptionDef("A", "先通风再检测"), new QuizContent.OptionDef("B", "先进入再通风"));
        Set<String> firsts = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            firsts.add(OptionShuffle.shown(seed, 5, pair).get(0).text());
        }
        assertThat(firsts).hasSize(2);
    }

    @Test
    void trueFalseKeepsItsUsualOrder() {
        List<QuizContent.OptionDef> tf = List.of(new QuizContent.OptionDef("A", "正确"), new QuizContent.OptionDef("B", "错误"));
        for (long seed = 0; seed < 10; seed++) {
            assertThat(OptionShuffle.shown(seed, 9, tf).stream().map(OptionShuffle.Shown::text)).containsExactly("正确", "错误");
        }
    }
}
