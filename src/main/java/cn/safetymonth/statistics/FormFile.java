package cn.safetymonth.statistics;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A form template as its author writes it (format in config/statistics/README.md); {@link FormFiles} reads it. */
record FormFile(@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "只能由小写字母、数字和连字符组成") String code,
                @NotBlank String title,
                @NotBlank String issuer,
                String unionCode,
                String attachment,
                @NotNull @Valid Days window,
                @NotEmpty List<@NotBlank @Size(max = 30) String> header,
                @NotNull @Size(min = 2, max = 3, message = "应为两列（活动项目、进展情况）或三列（含内容要求）") List<@NotBlank String> columns,
                @NotEmpty List<@NotNull @Valid Period> periods,
                @NotEmpty List<@NotNull @Valid Item> items) {

    record Days(@NotNull LocalDate start, @NotNull LocalDate end) {
    }

    /** {@code window}: true counts only this period's days (本周内), from the day after the previous report day. */
    record Period(@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,39}", message = "只能用小写字母、数字、- 和 _，不超过 40 个字符") String key,
                  @NotBlank String label,
                  @NotNull LocalDate asOf,
                  @NotNull LocalDateTime due,
                  Boolean window) {

        boolean windowed() {
            return Boolean.TRUE.equals(window);
        }
    }

    record Item(String group, @NotBlank String label, String requirement, @NotEmpty List<@NotNull @Valid Line> lines) {
    }

    /** A line is its text, or {text: …, day: …} / {text: …, days: {start: …, end: …}} when it counts its own days. */
    record Line(@NotBlank String text, LocalDate day, @Valid Days days) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        Line {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Line of(String text) {
            return new Line(text, null, null);
        }
    }
}
