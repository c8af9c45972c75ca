package cn.safetymonth.identity;

import java.util.Map;

/**
 * Something the holder of a staff account must be told (a login code, a lock of their account), published by identity
 * and delivered by the notice module, which identity cannot call: notice already reads identity's directories.
 *
 * @param workerId      the holder's own WeChat (the worker bound to the account), or null
 * @param unionInbox    the union node whose staff inbox also shows it ({@code 0} for the platform's), or null for the
 *                      holder alone: a login code never goes to a shared inbox
 * @param templateKey   a subscribe-message template for the WeChat copy, or null for in-app only
 */
public record StaffAccountMessage(long accountId, Long workerId, Long unionInbox, String kind, String title, String body,
                                  String templateKey, String page, Map<String, String> subscribeData) {
}
