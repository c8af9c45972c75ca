package cn.safetymonth.common.web;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Deletes the answers kept for retries once they are older than the retention: by then the client gave up retrying and a
 * person sending the action again sends a new key. Batches keep each delete short; one instance at a time.
 */
@Component
class IdempotencyRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyRetentionJob.class);
    private static final int BATCH = 1000;

    private final IdempotencyStore store;
    private final IdempotencyProperties props;
    private final Clock clock;

    IdempotencyRetentionJob(IdempotencyStore store, IdempotencyProperties props, Clock clock) {
        this.store = store;
        this.props = props;
        this.clock = clock;
    }

    @Scheduled(cron = "0 17 * * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "idempotency-retention", lockAtMostFor = "PT10M")
    void purge() {
        Instant before = clock.instant().minus(props.retention());
        int total = 0;
        for (int n; (n = store.purge(before, BATCH)) > 0; ) {
            total += n;
        }
        if (total > 0) {
            log.info("deleted {} idempotency records older than {}", total, props.retention());
        }
    }
}
