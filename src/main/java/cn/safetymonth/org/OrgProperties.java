package cn.safetymonth.org;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param seedFile a union tree (.csv/.xlsx) imported at start-up when the tree is still empty;
 *                 the embedded default loads the synthetic city in config/org/demo-city.csv
 * @param joinPage the mini-program page a scanned join code opens (its {@code scene} is the join code)
 */
@ConfigurationProperties("safety.org")
public record OrgProperties(String seedFile, @org.springframework.boot.context.properties.bind.DefaultValue("pages/join/index") String joinPage) {
}
