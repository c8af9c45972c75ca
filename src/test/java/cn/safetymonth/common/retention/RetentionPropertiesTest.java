package cn.safetymonth.common.retention;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionPropertiesTest {

    static final Duration DAY = Duration.ofDays(1);
    static final Duration HALF_YEAR = Duration.ofDays(180);

    @Test
    void eachKindReadsItsOwnPeriod() {
        RetentionProperties p = new RetentionProperties(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(3), Duration.ofDays(4),
                Duration.ofDays(181), Duration.ofDays(182));

        assertThat(p.of(Evidence.PHOTO_EVIDENCE)).isEqualTo(Duration.ofDays(1));
        assertThat(p.of(Evidence.REPORT_LOCATION)).isEqualTo(Duration.ofDays(2));
        assertThat(p.of(Evidence.SIGNATURE_IMAGE)).isEqualTo(Duration.ofDays(3));
        assertThat(p.of(Evidence.EVENT_EVIDENCE)).isEqualTo(Duration.ofDays(4));
        assertThat(p.of(Evidence.LOGIN_RECORD)).isEqualTo(Duration.ofDays(181));
        assertThat(p.of(Evidence.AUDIT_RECORD)).isEqualTo(Duration.ofDays(182));
    }

    @Test
    void loginAndAuditRecordsAreKeptAtLeastSixMonths() {
        assertThatThrownBy(() -> new RetentionProperties(DAY, DAY, DAY, DAY, HALF_YEAR.minusDays(1), HALF_YEAR))
                .hasMessageContaining("safety.retention.login-records").hasMessageContaining("180");
        assertThatThrownBy(() -> new RetentionProperties(DAY, DAY, DAY, DAY, HALF_YEAR, Duration.ofDays(90)))
                .hasMessageContaining("safety.retention.audit-records");
    }

    @Test
    void aPeriodOfNothingIsRefused() {
        assertThatThrownBy(() -> new RetentionProperties(Duration.ZERO, DAY, DAY, DAY, HALF_YEAR, HALF_YEAR))
                .hasMessageContaining("safety.retention.photo-evidence");
    }
}
