package cn.safetymonth.pledge;

import java.time.LocalDateTime;

/** An offline event was created: one 场 for the organising union, dated startsAt. */
public record OfflineEventCreated(long eventId, long unionId, String unionPath, String eventType, String name,
                                  LocalDateTime startsAt, LocalDateTime endsAt) {
}
