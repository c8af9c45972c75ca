package cn.safetymonth.hazard;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute: if Redis lost the duplicate index (a restart, a flush), it is filled again from the reports of the window. */
@Component
class DuplicateIndexJob {

    private static final Logger log = LoggerFactory.getLogger(DuplicateIndexJob.class);

    private final DuplicateFinder duplicates;

    DuplicateIndexJob(DuplicateFinder duplicates) {
        this.duplicates = duplicates;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT10S")
    @SchedulerLock(name = "hazard-geo-restore", lockAtMostFor = "PT10M")
    void restore() {
        try {
            int n = duplicates.restoreIfLost();
            if (n > 0) {
                log.info("hazard duplicate index restored from the database: {} reports", n);
            }
        } catch (RuntimeException e) {
            log.warn("hazard duplicate index not restored: {}", e.getClass().getSimpleName());
        }
    }
}
