package cn.safetymonth.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param formsDir          the statistics form templates (config/statistics/README.md)
 * @param rollingDemoWindow outside production only: every form's days are moved so its window starts 15 days before
 *                          today (today is its 16th day, a June form's 6月16日), so the embedded default and the suite
 *                          count today's acts
 * @param foldBatch         facts folded into the counters per transaction
 */
@ConfigurationProperties("safety.statistics")
public record StatisticsProperties(
        @DefaultValue("config/statistics/forms") String formsDir,
        @DefaultValue("false") boolean rollingDemoWindow,
        @DefaultValue("2000") int foldBatch) {
}
