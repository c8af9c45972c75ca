package cn.safetymonth.common.retention;

import java.time.LocalDateTime;

/**
 * What a module holds of one {@link Evidence} kind that can expire, declared as a bean by that module. The job calls
 * {@code expiry} again until it answers 0, so an expiry touches at most {@code limit} rows a call, each in a short
 * statement of its own, and only rows still holding the evidence: a row it already removed or coarsened never counts again.
 */
public record ExpiringEvidence(Evidence kind, Expiry expiry) {

    @FunctionalInterface
    public interface Expiry {
        /**
         * Removes or coarsens up to {@code limit} items dated before {@code cutoff} (the period's start, in the service's
         * time zone) and no longer needed; returns how many it did.
         */
        int expire(LocalDateTime cutoff, int limit);
    }
}
