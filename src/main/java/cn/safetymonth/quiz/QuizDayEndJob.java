package cn.safetymonth.quiz;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When a day ends (Asia/Shanghai), every level still open from that day or any earlier one is
 * closed with what it earned. Idempotent, catches up on missed days, runs on one instance at a time. Asked again every
 * minute of the first hour, so a day end that fell in an outage is done a minute later, not a day later.
 */
@Component
class QuizDayEndJob {

    private static final Logger log = LoggerFactory.getLogger(QuizDayEndJob.class);

    private final AttemptService attempts;

    QuizDayEndJob(AttemptService attempts) {
        this.attempts = attempts;
    }

    @Scheduled(cron = "${safety.jobs.quiz-day-end:5 * 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "quiz-day-end", lockAtMostFor = "PT30M")
    void closeEndedDays() {
        int closed = attempts.closeEndedDays(500);
        if (closed > 0) {
            log.info("closed {} quiz levels left open when their day ended", closed);
        }
    }
}
