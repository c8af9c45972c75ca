package cn.safetymonth.quiz;

import cn.safetymonth.common.limit.Quota;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param contentDir        the content pack: campaign.yml and levels/&lt;scene&gt;/&lt;nn&gt;.yml with pictures
 * @param minHumanSeconds   a level finished (5 found, 5 answered) faster than this is flagged as a bot, not counted
 * @param moves             per-worker limit of taps and answers (a burst, refilled evenly), e.g. 6/1s
 * @param rollingDemoWindow outside production only: the campaign is open from two weeks before today to two
 *                          weeks after, so the embedded default can be played any day of the year
 * @param quickTestSize     questions in one 测测你的"安全力" test
 * @param maxMisses         taps that find nothing before an attempt refuses more: a person looks, a script sweeps
 */
@ConfigurationProperties("safety.quiz")
public record QuizProperties(
        @DefaultValue("config/quiz") String contentDir,
        @DefaultValue("20") int minHumanSeconds,
        @DefaultValue("6/1s") Quota moves,
        @DefaultValue("false") boolean rollingDemoWindow,
        @DefaultValue("10") int quickTestSize,
        @DefaultValue("25") int maxMisses,
        @DefaultValue("PT2H") Duration pictureUrlTtl) {
}
