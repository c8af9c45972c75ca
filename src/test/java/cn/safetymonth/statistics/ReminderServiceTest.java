package cn.safetymonth.statistics;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderServiceTest {

    static final Form.Period THURSDAY = new Form.Period("week-2020-06-11", "第2周", LocalDate.of(2020, 6, 5), LocalDate.of(2020, 6, 11),
            LocalDateTime.of(2020, 6, 11, 17, 30), true);

    @Test
    void theLatestReminderDueIsTheOneSentAndNoneAfterTheDeadline() {
        assertThat(ReminderService.dueKind(THURSDAY, LocalDateTime.of(2020, 6, 7, 12, 0))).isNull();
        assertThat(ReminderService.dueKind(THURSDAY, LocalDateTime.of(2020, 6, 8, 9, 0))).as("three days before").isEqualTo(ReminderService.Kind.D3);
        assertThat(ReminderService.dueKind(THURSDAY, LocalDateTime.of(2020, 6, 9, 12, 0))).isEqualTo(ReminderService.Kind.D3);
        assertThat(ReminderService.dueKind(THURSDAY, LocalDateTime.of(2020, 6, 10, 9, 0))).as("the day before").isEqualTo(ReminderService.Kind.D1);
        assertThat(ReminderService.dueKind(THURSDAY, LocalDateTime.of(2020, 6, 11, 9, 0))).as("the weekly report day").isEqualTo(ReminderService.Kind.DUE);
        assertThat(ReminderService.dueKind(THURSDAY, LocalDateTime.of(2020, 6, 11, 17, 31))).isNull();
    }
}
