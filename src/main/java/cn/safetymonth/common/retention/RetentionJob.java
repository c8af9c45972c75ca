package cn.safetymonth.common.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every night, once across instances, each kind of evidence past its period is removed or coarsened by the module that
 * holds it. Each run takes everything dated before its cutoff, not one day's worth: a night the job did not run is caught
 * up by the next, and a second run finds nothing left to do.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    static final int BATCH = 500;

    private final List<ExpiringEvidence> holders;
    private final RetentionProperties periods;
    private final Clock clock;

    RetentionJob(List<ExpiringEvidence> holders, RetentionProperties periods, Clock clock) {
        this.holders = holders;
        this.periods = periods;
        this.clock = clock;
    }

    /** Every minute of 04:00–04:59: the first tick does the night's work, the rest catch up a tick lost in an outage. */
    @Scheduled(cron = "${safety.jobs.evidence-retention:0 * 4 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "evidence-retention", lockAtMostFor = "PT1H")
    void run() {
        expireAll();
    }

    /** How many items of each kind this run removed or coarsened. */
    Map<Evidence, Integer> expireAll() {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Evidence, Integer> done = new EnumMap<>(Evidence.class);
        for (ExpiringEvidence holder : holders) {
            LocalDateTime cutoff = now.minus(periods.of(holder.kind()));
            int total = 0;
            for (int n; (n = holder.expiry().expire(cutoff, BATCH)) > 0; ) {
                total += n;
            }
            done.merge(holder.kind(), total, Integer::sum);
            if (total > 0) {
                log.info("retention: {} {} older than {} days removed or coarsened", total, holder.kind(), periods.of(holder.kind()).toDays());
            }
        }
        return done;
    }
}
