package cn.safetymonth.common.limit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotaTest {

    @Test
    void readsTheWaysSettingsWriteIt() {
        assertThat(Quota.parse("10/1h")).isEqualTo(Quota.of(10, Duration.ofHours(1)));
        assertThat(Quota.parse("1/30s")).isEqualTo(Quota.of(1, Duration.ofSeconds(30)));
        assertThat(Quota.parse(" 5 / PT15M ")).isEqualTo(Quota.of(5, Duration.ofMinutes(15)));
        assertThat(Quota.parse("3/1d")).isEqualTo(Quota.of(3, Duration.ofDays(1)));
        assertThat(Quota.parse("20/1h window")).isEqualTo(Quota.perWindow(20, Duration.ofHours(1)));
        assertThat(Quota.parse(" 5 / PT15M  window ")).isEqualTo(Quota.perWindow(5, Duration.ofMinutes(15)));
        assertThat(Quota.parse(Quota.perWindow(20, Duration.ofHours(1)).toString())).as("written back as read")
                .isEqualTo(Quota.perWindow(20, Duration.ofHours(1)));
    }

    @Test
    void refusesWhatIsNotAQuota() {
        assertThatThrownBy(() -> Quota.parse("10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quota.parse("0/1h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quota.parse("5/0s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quota.parse("x/1h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quota.parse("5/window")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quota.parse("5/1h windows")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void saysTheWaitInWords() {
        assertThat(LimitExceeded.whenAgain(Duration.ofMillis(200))).isEqualTo("请 1 秒后再试");
        assertThat(LimitExceeded.whenAgain(Duration.ofSeconds(30))).isEqualTo("请 30 秒后再试");
        assertThat(LimitExceeded.whenAgain(Duration.ofSeconds(61))).isEqualTo("请 2 分钟后再试");
        assertThat(LimitExceeded.whenAgain(Duration.ofMinutes(90))).isEqualTo("请 2 小时后再试");
        assertThat(LimitExceeded.whenAgain(Duration.ofHours(30))).isEqualTo("请明天再试");
    }
}
