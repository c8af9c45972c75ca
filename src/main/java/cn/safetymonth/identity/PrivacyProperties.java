package cn.safetymonth.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param noticeDir the privacy notice: notice.yml (version, title, date) and its Markdown body */
@ConfigurationProperties("safety.privacy")
public record PrivacyProperties(@DefaultValue("config/privacy") String noticeDir) {
}
