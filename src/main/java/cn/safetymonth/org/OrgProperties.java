package cn.safetymonth.org;

import cn.safetymonth.common.limit.Quota;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param seedFile     a union tree (.csv/.xlsx) imported at start-up when the tree is still empty;
 *                     the embedded default loads the synthetic city in config/org/demo-city.csv
 * @param joinPage     the mini-program page a scanned join code opens (its {@code scene} is the join code)
 * @param joinCodeTries wrong join codes (previews and joins together) one worker may type
 */
@ConfigurationProperties("safety.org")
public record OrgProperties(String seedFile, @DefaultValue("pages/join/index") String joinPage,
                            @DefaultValue("10/1h window") Quota joinCodeTries) {
}
