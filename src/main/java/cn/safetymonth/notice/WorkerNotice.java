package cn.safetymonth.notice;

/**
 * A message for one worker. {@code kind} is a stable code ("hazard.verified"); {@code refType}/{@code refId} let the
 * mini-program open what it is about. {@code subscribe} (nullable) is also sent by WeChat when the worker granted it.
 */
public record WorkerNotice(String kind, String title, String body, String refType, Long refId, SubscribeMessage subscribe) {
}
