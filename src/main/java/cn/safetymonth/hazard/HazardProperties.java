package cn.safetymonth.hazard;

import cn.safetymonth.common.limit.Quota;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param categoriesFile   the category list (config/hazard/categories.yml), checked at start-up
 * @param photoTokenTtl    an uploaded photo not named in a report within this time is forgotten
 * @param photoUrlTtl      life of the signed links shown to those who may see a photo
 * @param mediaCheckUrlTtl life of the link WeChat downloads a photo from (WeChat asks for at least an hour)
 * @param duplicateRadius  reports of the same category within this many metres …
 * @param duplicateWindow  … and this period are offered as likely duplicates
 * @param reward           points credited on verification, by level
 * @param mapMaxFeatures   most points one map answer carries (zoom in for the rest)
 * @param blurRadius       worker-facing views show a report between this many metres and half as much again from where it
 *                         is, in a direction drawn once per report; their distances to it are rounded to this many metres
 * @param reportsPerWorker how many reports one worker may send in a day (from the first)
 * @param photosPerWorker  how many photos one worker may upload in a day, likewise
 */
@ConfigurationProperties("safety.hazard")
public record HazardProperties(
        @DefaultValue("config/hazard/categories.yml") String categoriesFile,
        @DefaultValue("PT24H") Duration photoTokenTtl,
        @DefaultValue("PT10M") Duration photoUrlTtl,
        @DefaultValue("PT2H") Duration mediaCheckUrlTtl,
        @DefaultValue("200") double duplicateRadius,
        @DefaultValue("P7D") Duration duplicateWindow,
        @DefaultValue Reward reward,
        @DefaultValue("2000") int mapMaxFeatures,
        @DefaultValue("100") double blurRadius,
        @DefaultValue("10/1d window") Quota reportsPerWorker,
        @DefaultValue("60/1d window") Quota photosPerWorker) {

    public record Reward(@DefaultValue("10") int general, @DefaultValue("50") int major) {
        int points(HazardLevel level) {
            return level == HazardLevel.MAJOR ? major : general;
        }
    }
}
