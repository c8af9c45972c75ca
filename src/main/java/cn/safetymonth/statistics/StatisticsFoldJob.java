package cn.safetymonth.statistics;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the counters close behind the acts (tables are exact regardless: they add what is not folded yet). Catches
 * up after any downtime, since it folds whatever is unfolded; runs on one instance at a time.
 */
@Component
class StatisticsFoldJob {

    private static final Logger log = LoggerFactory.getLogger(StatisticsFoldJob.class);

    private final FoldService fold;

    StatisticsFoldJob(FoldService fold) {
        this.fold = fold;
    }

    @Scheduled(fixedDelayString = "${safety.statistics.fold-every:PT15S}", initialDelayString = "PT5S")
    @SchedulerLock(name = "statistics-fold", lockAtMostFor = "PT30M")
    void fold() {
        int n = fold.foldAll();
        if (n > 0) {
            log.debug("folded {} statistics facts", n);
        }
    }
}
