package cn.safetymonth.common.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

import java.time.Duration;

/**
 * Start-up work that writes (seeds, content packs, the first admin) and that every instance does. Two instances
 * started at once on an empty database both read "nothing there" and both insert: the database lets one win and
 * refuses the other (a duplicate key, or a lock it waited for in vain). Each task is written to find what is there
 * and add only what is missing, so the loser simply runs it again and finds the winner's rows.
 */
public final class StartupTasks {

    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);
    private static final int ATTEMPTS = 5;
    private static final Duration PAUSE = Duration.ofMillis(500);

    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private StartupTasks() {
    }

    /** Runs the task, and again (a few times, after a pause) while another instance's same writes collide with it. */
    public static void runAgainOnConflict(String name, Task task) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                task.run();
                return;
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.info("{}: another instance wrote the same rows at the same moment ({}); running it again",
                        name, e.getClass().getSimpleName());
                Thread.sleep(PAUSE.toMillis() * attempt);
            }
        }
    }
}
