package cn.safetymonth.pledge;

import java.time.LocalDateTime;

/** A worker scanned in at an offline event (人次). workerUnion*: the worker's union now; eventUnion*: the organiser. */
public record EventSignedIn(long signInId, long eventId, String eventType, long workerId, Long workerUnionId,
                            String workerUnionPath, long eventUnionId, String eventUnionPath, LocalDateTime signedInAt) {
}
