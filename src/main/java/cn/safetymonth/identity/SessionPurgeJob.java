package cn.safetymonth.identity;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes sessions past their expiry. They are refused already (the check compares the expiry); this only keeps the
 * table the size of the sessions alive. Batches keep each delete short; one instance at a time; a missed hour is
 * caught up by the next.
 */
@Component
class SessionPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(SessionPurgeJob.class);
    private static final int BATCH = 1000;

    private final AuthSessionMapper sessions;

    SessionPurgeJob(AuthSessionMapper sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "0 23 * * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "session-purge", lockAtMostFor = "PT10M")
    void purge() {
        int total = 0;
        for (int n; (n = sessions.purgeExpired(BATCH)) > 0; ) {
            total += n;
        }
        if (total > 0) {
            log.info("deleted {} expired sessions", total);
        }
    }
}
