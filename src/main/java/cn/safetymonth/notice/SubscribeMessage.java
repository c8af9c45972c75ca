package cn.safetymonth.notice;

import java.util.Map;

/**
 * A WeChat subscribe message. {@code templateKey} names a template in settings (safety.notice.templates.&lt;key&gt;);
 * {@code data} maps WeChat's keywords (thing1, time3…) to values, trimmed to WeChat's limits when sent.
 */
public record SubscribeMessage(String templateKey, String page, Map<String, String> data) {
}
