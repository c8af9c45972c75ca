package cn.safetymonth.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The service's clock in tests: real time plus an offset a test can move forward (a day ending, a slow human). */
public final class TestClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /**
     * Steps past the coming midnight (Asia/Shanghai) when it is nearer than {@code margin}. The clock starts at the wall
     * clock plus what earlier tests advanced, so a test that plays a whole level must not land on a day's end by chance.
     */
    public void clearOfMidnight(Duration margin) {
        ZonedDateTime now = instant().atZone(ZONE);
        ZonedDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay(ZONE);
        if (Duration.between(now, midnight).compareTo(margin) < 0) {
            advance(Duration.between(now, midnight).plusMinutes(1));
        }
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
