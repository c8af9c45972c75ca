package cn.safetymonth.common.web;

import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers kept for retries are deleted once older than the retention (24 h), and not before. */
class IdempotencyRetentionIT extends IntegrationTest {

    @Autowired
    IdempotencyRetentionJob job;

    @Test
    void recordsOlderThanTheRetentionAreDeletedTheRestStay() {
        String owner = "w:" + (900_000_000L + System.nanoTime() % 1_000_000);
        LocalDateTime now = LocalDateTime.now(clock);
        String old = record(owner, now.minusHours(25));
        String young = record(owner, now.minusHours(23));

        job.purge();

        assertThat(jdbc.queryForList("SELECT idem_key FROM idempotency_record WHERE owner = ?", String.class, owner))
                .containsExactly(young).doesNotContain(old);
    }

    private String record(String owner, LocalDateTime createdAt) {
        String key = UUID.randomUUID().toString().replace("-", "");
        jdbc.update("INSERT INTO idempotency_record (owner, idem_key, fingerprint, status, content_type, response_body, created_at) "
                + "VALUES (?, ?, ?, 200, 'application/json', ?, ?)", owner, key, "0".repeat(64), "{\"code\":0}".getBytes(),
                Timestamp.valueOf(createdAt));
        return key;
    }
}
