package cn.safetymonth.common.limit;

import org.springframework.boot.convert.DurationStyle;

import java.time.Duration;

/**
 * How much of something one subject may do: {@code capacity} at once, given back evenly over {@code period}
 * (a token bucket: after a burst of {@code capacity}, one more every {@code period / capacity}). Written in settings
 * as {@code "10/1h"}, {@code "1/30s"}, {@code "5/15m"} or {@code "3/P1D"}.
 */
public record Quota(long capacity, Duration period) {

    public Quota {
        if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a quota needs a capacity ≥ 1 and a positive period, got " + capacity + "/" + period);
        }
    }

    public static Quota of(long capacity, Duration period) {
        return new Quota(capacity, period);
    }

    /** Reads {@code "<capacity>/<period>"}, the period in Spring's styles ("30s", "1h", "PT15M"). */
    public static Quota parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("a quota is written as <capacity>/<period>, such as 10/1h: " + text);
        }
        return new Quota(Long.parseLong(text.substring(0, slash).trim()), DurationStyle.detectAndParse(text.substring(slash + 1).trim()));
    }

    @Override
    public String toString() {
        return capacity + "/" + period;
    }
}
