package cn.safetymonth.pledge;

import java.time.LocalDateTime;

/**
 * The organiser recorded (or re-recorded) a head count for people who could not scan; previousHeadCount
 * is 0 the first time, so a counter adds headCount - previousHeadCount.
 */
public record OfflineEventRecorded(long eventId, long unionId, String unionPath, String eventType, int headCount,
                                   int previousHeadCount, LocalDateTime startsAt, LocalDateTime recordedAt) {
}
