package cn.safetymonth.pledge;

import java.time.LocalDateTime;

/** A worker checked in on a theme (主题打卡, 人次). Published inside the check-in transaction. */
public record CheckedIn(long checkInId, long workerId, Long unionId, String unionPath, String themeCode,
                        LocalDateTime checkedInAt) {
}
