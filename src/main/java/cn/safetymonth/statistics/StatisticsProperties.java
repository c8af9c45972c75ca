package cn.safetymonth.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param formsDir          the statistics form templates (config/statistics/README.md)
 * @param rollingDemoWindow outside production only: every form's days are moved so its window starts two weeks before
 *                          today, so the embedded default and the suite count today's acts
 * @param foldBatch         facts folded into the counters per transaction
 */
@ConfigurationProperties("safety.statistics")
public record StatisticsProperties(
        @DefaultValue("config/statistics/forms") String formsDir,
        @DefaultValue("false") boolean rollingDemoWindow,
        @DefaultValue("2000") int foldBatch) {
}
