package cn.safetymonth.statistics;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning (and at noon, for same-day afternoon deadlines such as the weekly Thursday report). Asked every minute of
 * those hours: a union is reminded once per period and kind (stat_reminder's key), so the later ticks send only what an
 * outage at 9:00 kept from being sent, and nothing is sent at night.
 */
@Component
class StatisticsReminderJob {

    private static final Logger log = LoggerFactory.getLogger(StatisticsReminderJob.class);

    private final ReminderService reminders;

    StatisticsReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${safety.jobs.statistics-reminders:0 * 9,12 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "statistics-reminders", lockAtMostFor = "PT30M")
    void remind() {
        int sent = reminders.remind();
        if (sent > 0) {
            log.info("reminded {} unions of statistics deadlines", sent);
        }
    }
}
