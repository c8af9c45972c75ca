package cn.safetymonth.common;

import cn.safetymonth.support.IntegrationTest;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The jobs' locks are rows of the shared database: one holder at a time, free again when it lets go. */
class SchedulerLockIT extends IntegrationTest {

    @Autowired
    LockProvider locks;

    @Test
    void aJobLockHasOneHolderAtATimeAndIsFreeAgainWhenReleased() {
        String name = "test-job-" + System.nanoTime();
        LockConfiguration config = new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(config);
        assertThat(first).as("the first instance takes it").isPresent();
        assertThat(locks.lock(config)).as("another instance meanwhile").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = ?", Integer.class, name)).isEqualTo(1);

        first.get().unlock();
        Optional<SimpleLock> again = locks.lock(config);
        assertThat(again).as("free once released").isPresent();
        again.get().unlock();
    }
}
