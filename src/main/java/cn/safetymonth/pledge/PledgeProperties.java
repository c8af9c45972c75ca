package cn.safetymonth.pledge;

import cn.safetymonth.common.limit.Quota;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param contentDir        campaign.yml, pledges/*.yml, check-in-themes.yml, work-kinds.yml, event-types.yml
 * @param rollingDemoWindow outside production only: the campaign and every check-in theme are open from two weeks
 *                          before today to two weeks after, so the embedded default works any day of the year
 * @param mediaUrlTtl       how long a signed link to a worker's own picture stays valid
 * @param checkUrlTtl       how long the link WeChat downloads an image to check stays valid (WeChat asks ≥ 1 h)
 * @param liveCodePeriod    how often the sign-in code on an event's screen changes (15–30 s)
 * @param uploadsPerWorker  photos one worker may upload for check-ins and works (a day's burst, given back over the day)
 */
@ConfigurationProperties("safety.pledge")
public record PledgeProperties(
        @DefaultValue("config/pledge") String contentDir,
        @DefaultValue("false") boolean rollingDemoWindow,
        @DefaultValue("PT2H") Duration mediaUrlTtl,
        @DefaultValue("PT2H") Duration checkUrlTtl,
        @DefaultValue("30/1d") Quota uploadsPerWorker,
        @DefaultValue("20s") Duration liveCodePeriod) {
}
