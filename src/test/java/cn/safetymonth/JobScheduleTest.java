package cn.safetymonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scheduled job whose minute falls in an outage (the database or Redis away for a few seconds) runs on the next
 * tick, not a day later: every cron job either fires at least hourly, or, after the first firing of its slot, fires
 * again every minute for half an hour at least. The jobs are idempotent, so the later ticks find their work done.
 */
class JobScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Two whole days, from a fixed Monday: what is checked is the schedule, not today. */
    private static final ZonedDateTime FROM = ZonedDateTime.of(2026, 6, 1, 0, 0, 0, 0, SHANGHAI);
    private static final Duration CATCH_UP_WINDOW = Duration.ofMinutes(30);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^:}]+:([^}]+)}");

    @Test
    void everyDailyJobHasCatchUpTicksAMinuteApartAfterItsSlotBegins() throws Exception {
        Map<String, String> crons = cronJobs();
        assertThat(crons).as("the daily jobs are found").containsKeys("QuizDayEndJob.closeEndedDays", "StatisticsReminderJob.remind");

        for (var job : crons.entrySet()) {
            // from a day earlier, so the first slot of the two days has its real predecessor
            List<ZonedDateTime> firings = firings(CronExpression.parse(job.getValue()), FROM.minusDays(1), FROM.plusDays(2));
            for (int i = 1; i < firings.size(); i++) {
                ZonedDateTime at = firings.get(i);
                if (at.isBefore(FROM) || Duration.between(firings.get(i - 1), at).compareTo(Duration.ofHours(1)) <= 0) {
                    continue; // not the start of a slot: an hourly job's next tick is its catch-up
                }
                ZonedDateTime previous = at;
                for (int j = i + 1; j < firings.size() && firings.get(j).isBefore(at.plus(CATCH_UP_WINDOW)); j++) {
                    assertThat(Duration.between(previous, firings.get(j))).as(job.getKey() + " after " + previous)
                            .isLessThanOrEqualTo(Duration.ofMinutes(1));
                    previous = firings.get(j);
                }
                assertThat(Duration.between(at, previous)).as(job.getKey() + " keeps trying after its slot began at " + at)
                        .isGreaterThanOrEqualTo(CATCH_UP_WINDOW.minusMinutes(1));
            }
        }
    }

    /** "Class.method" → cron, of every component's method scheduled by a cron expression. */
    private static Map<String, String> cronJobs() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        Map<String, String> crons = new LinkedHashMap<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("cn.safetymonth")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            for (Method m : type.getDeclaredMethods()) {
                Scheduled s = m.getAnnotation(Scheduled.class);
                if (s != null && !s.cron().isEmpty()) {
                    assertThat(s.zone()).as(type.getSimpleName() + " runs on the campaign's days").isEqualTo("Asia/Shanghai");
                    crons.put(type.getSimpleName() + "." + m.getName(), productionDefault(s.cron()));
                }
            }
        }
        return crons;
    }

    /** The cron itself, or the default of {@code ${safety.jobs.name:cron}} (the test profile switches those off). */
    private static String productionDefault(String cron) {
        Matcher placeholder = PLACEHOLDER.matcher(cron);
        return placeholder.matches() ? placeholder.group(1) : cron;
    }

    private static List<ZonedDateTime> firings(CronExpression cron, ZonedDateTime from, ZonedDateTime to) {
        List<ZonedDateTime> out = new ArrayList<>();
        for (ZonedDateTime t = cron.next(from.minusSeconds(1)); t != null && t.isBefore(to); t = cron.next(t)) {
            out.add(t);
        }
        return out;
    }
}
