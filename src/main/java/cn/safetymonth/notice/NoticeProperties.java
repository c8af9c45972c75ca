package cn.safetymonth.notice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * @param templates      subscribe-message templates: our key (hazard-progress, work-reviewed…) → the template id chosen
 *                       in the mini-program console. A key without an id sends in-app messages only.
 * @param maxGrants      unused grants kept per worker and template (WeChat counts each "accept" as one message)
 */
@ConfigurationProperties("safety.notice")
public record NoticeProperties(@DefaultValue Map<String, String> templates, @DefaultValue("20") int maxGrants) {

    String templateId(String key) {
        String id = key == null ? null : templates.get(key);
        return id == null || id.isBlank() ? null : id.trim();
    }
}
