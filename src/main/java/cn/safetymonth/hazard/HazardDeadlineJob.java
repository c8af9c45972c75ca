package cn.safetymonth.hazard;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning (Asia/Shanghai): escalates rectifications whose deadline passed, and forgets photos
 * uploaded but never used. Idempotent, makes up for missed days, runs on one instance at a time; asked again every
 * minute until 01:00, so a run that fell in an outage is made up a minute later.
 */
@Component
class HazardDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(HazardDeadlineJob.class);

    private final HazardDeadlines deadlines;
    private final HazardPhotoService photos;

    HazardDeadlineJob(HazardDeadlines deadlines, HazardPhotoService photos) {
        this.deadlines = deadlines;
        this.photos = photos;
    }

    @Scheduled(cron = "${safety.jobs.hazard-deadlines:0 10-59 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "hazard-deadlines", lockAtMostFor = "PT30M")
    void run() {
        int escalated = deadlines.escalateOverdue(200);
        int forgotten = photos.forgetUnused(500);
        if (escalated > 0 || forgotten > 0) {
            log.info("hazard deadlines: {} rectifications escalated, {} unused photos removed", escalated, forgotten);
        }
    }
}
