package cn.safetymonth.quiz;

import cn.safetymonth.common.limit.Quota;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param contentDir             the content pack: campaign.yml, levels/&lt;scene&gt;/&lt;nn&gt;.yml with pictures, and
 *                               quick-test/&lt;topic&gt;.yml (the quick test's own bank)
 * @param moves                  per-worker limit of taps and answers (a burst, refilled evenly), e.g. 6/1s
 * @param rollingDemoWindow      outside production only: the campaign is open from two weeks before today to two
 *                               weeks after, so the embedded default can be played any day of the year
 * @param quickTestSize          questions in one 测测你的"安全力" test
 * @param quickTestStarts        how often one worker may start a quick test
 * @param quickTestsCountedPerDay finished quick tests that count (人次) per person and day; more are for learning only
 * @param maxMisses              taps that find nothing before an attempt refuses more: a person looks, a script sweeps.
 *                               Over the shipped pack, a blind sweep of well-spread taps with 8 misses finds about 2 of
 *                               5 hazards, and a script that adds what a second account found (where and the answers)
 *                               averages about 5.5 of 10, below the 6.4 an honest player earns who finds all five and
 *                               guesses; at 25 misses a plain 6 × 5 grid found 4.27 and the pair reached about 8.6
 * @param maxTaps                taps of any kind in one attempt (finding a found hazard again included)
 * @param markerRadius           radius of the circle drawn where a hazard was found (share of the picture's width)
 * @param bots                   the rules that flag scripted play
 */
@ConfigurationProperties("safety.quiz")
public record QuizProperties(
        @DefaultValue("config/quiz") String contentDir,
        @DefaultValue("6/1s") Quota moves,
        @DefaultValue("false") boolean rollingDemoWindow,
        @DefaultValue("10") int quickTestSize,
        @DefaultValue("1/30s") Quota quickTestStarts,
        @DefaultValue("3") int quickTestsCountedPerDay,
        @DefaultValue("8") int maxMisses,
        @DefaultValue("60") int maxTaps,
        @DefaultValue("0.06") double markerRadius,
        @DefaultValue("PT2H") Duration pictureUrlTtl,
        @DefaultValue Bots bots) {

    /**
     * @param minHumanSeconds        a score of 4 or more reached sooner than this is too fast for a person
     * @param latticeMinTaps         taps (new finds and misses) before the lattice rule looks at them
     * @param latticeTolerance       how close two taps' x (or y) must be to share a column (row), in picture widths
     * @param latticeShare           share of pairs of taps sharing a column or a row that makes the taps a lattice
     * @param readBaseMillis         time to take in any question, before reading it
     * @param readCharsPerSecond     reading speed allowed for the question and its options (a fast reader does 10)
     * @param fastAnswersToFlag      answers quicker than their reading time that flag the attempt
     * @param regularityMinIntervals moves before the regularity rule looks at their intervals
     * @param regularityMaxCv        intervals whose standard deviation is below this share of their mean are a machine's
     * @param riskRankAtLeast        WeChat's user risk rank (0–4) that flags; asked once per worker per day (at the
     *                               day's level), never when this is above 4
     */
    public record Bots(
            @DefaultValue("20") int minHumanSeconds,
            @DefaultValue("8") int latticeMinTaps,
            @DefaultValue("0.006") double latticeTolerance,
            @DefaultValue("0.3") double latticeShare,
            @DefaultValue("1000") long readBaseMillis,
            @DefaultValue("20") int readCharsPerSecond,
            @DefaultValue("2") int fastAnswersToFlag,
            @DefaultValue("8") int regularityMinIntervals,
            @DefaultValue("0.12") double regularityMaxCv,
            @DefaultValue("3") int riskRankAtLeast) {

        boolean asksRiskRank() {
            return riskRankAtLeast <= 4;
        }
    }
}
