package cn.safetymonth.common.limit;

import org.springframework.boot.convert.DurationStyle;

import java.time.Duration;

/**
 * How much of something one subject may do. Two kinds, written in settings as text:
 * <ul>
 *   <li>{@code "10/1h"}, {@code "1/30s"}, {@code "5/15m"}, {@code "3/P1D"}: a token bucket, {@code capacity} at once, given
 *       back evenly over {@code period} (after a burst of {@code capacity}, one more every {@code period / capacity});</li>
 *   <li>{@code "20/1h window"}: at most {@code capacity} in the {@code period} that starts with the first use, all given
 *       back at once when it ends. For counting failures ("at most 20 wrong passwords an hour"): a gradual refill would
 *       hand a patient guesser one more try every few minutes, for ever.</li>
 * </ul>
 */
public record Quota(long capacity, Duration period, boolean window) {

    private static final String WINDOW = "window";

    public Quota {
        if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a quota needs a capacity ≥ 1 and a positive period, got " + capacity + "/" + period);
        }
    }

    /** A token bucket: {@code capacity} at once, given back evenly over {@code period}. */
    public static Quota of(long capacity, Duration period) {
        return new Quota(capacity, period, false);
    }

    /** A window: at most {@code capacity} in the {@code period} from the first use, then all back at once. */
    public static Quota perWindow(long capacity, Duration period) {
        return new Quota(capacity, period, true);
    }

    /** Reads {@code "<capacity>/<period>"} or {@code "<capacity>/<period> window"}, the period in Spring's styles ("30s", "1h", "PT15M"). */
    public static Quota parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("a quota is written as <capacity>/<period>, such as 10/1h or 20/1h window: " + text);
        }
        String rest = text.substring(slash + 1).trim();
        boolean window = rest.endsWith(WINDOW);
        if (window) {
            rest = rest.substring(0, rest.length() - WINDOW.length()).trim();
        }
        return new Quota(Long.parseLong(text.substring(0, slash).trim()), DurationStyle.detectAndParse(rest), window);
    }

    @Override
    public String toString() {
        return capacity + "/" + period + (window ? " " + WINDOW : "");
    }
}
