package cn.safetymonth.pledge;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Every night, photos uploaded more than a day ago and never used by a check-in or a work are deleted:
 * they are personal pictures nobody asked us to keep. Idempotent, runs on one instance at a time; asked again every
 * minute until 04:00, so a night that fell in an outage is made up a minute later.
 */
@Component
class UploadCleanupJob {

    private static final Logger log = LoggerFactory.getLogger(UploadCleanupJob.class);

    private final Uploads uploads;
    private final Clock clock;

    UploadCleanupJob(Uploads uploads, Clock clock) {
        this.uploads = uploads;
        this.clock = clock;
    }

    @Scheduled(cron = "${safety.jobs.pledge-upload-cleanup:0 30-59 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "pledge-upload-cleanup", lockAtMostFor = "PT30M")
    void purgeUnused() {
        int purged = uploads.purgeUnusedBefore(LocalDateTime.now(clock).minusDays(1), 500);
        if (purged > 0) {
            log.info("deleted {} uploaded photos never used by a check-in or a work", purged);
        }
    }
}
