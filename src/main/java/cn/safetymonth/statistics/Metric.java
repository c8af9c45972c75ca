package cn.safetymonth.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the platform can count, by its code in form templates. A people metric (人) counts distinct workers among the
 * acts of {@link #peopleOf} ("*" for any act); every other metric sums the quantities of its facts.
 */
enum Metric {
    QUIZ_ATTEMPTS("quiz.attempts", "“安全隐患我查找”闯关", Set.of("人次"), null),
    QUIZ_PARTICIPANTS("quiz.participants", "“安全隐患我查找”参与人数", Set.of("人"), "quiz.attempts"),
    QUIZ_QUICKTESTS("quiz.quicktests", "测测你的“安全力”", Set.of("人次"), null),
    HAZARD_SUBMISSIONS("hazard.submissions", "安全隐患随手拍", Set.of("部", "个", "件"), null),
    HAZARD_VERIFIED("hazard.verified", "核实的隐患", Set.of("处", "个"), null),
    HAZARD_RECTIFIED("hazard.rectified", "已整改的隐患", Set.of("处", "个"), null),
    PLEDGE_SIGNATURES("pledge.signatures", "安全承诺、倡议签名", Set.of("人次"), null),
    CHECKIN_CHECKINS("checkin.checkins", "主题打卡", Set.of("人次"), null),
    WORK_WORKS("work.works", "家书、征文、科普作品", Set.of("封", "篇", "个", "部"), null),
    EVENT_SESSIONS("event.sessions", "线下活动", Set.of("场", "场次", "次"), null),
    EVENT_ATTENDANCE("event.attendance", "线下活动扫码签到", Set.of("人次"), null),
    EVENT_RECORDED_ATTENDANCE("event.recorded-attendance", "线下活动登记人数", Set.of("人次"), null),
    ALL_PARTICIPANTS("all.participants", "参与任一活动的人数", Set.of("人"), "*");

    private final String code;
    private final String label;
    private final Set<String> units;
    private final String peopleOf;

    Metric(String code, String label, Set<String> units, String peopleOf) {
        this.code = code;
        this.label = label;
        this.units = units;
        this.peopleOf = peopleOf;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    Set<String> units() {
        return units;
    }

    boolean people() {
        return peopleOf != null;
    }

    /** Whether an act counted under {@code factMetric} makes its worker one of this metric's people. */
    boolean countsPeopleOf(String factMetric) {
        return "*".equals(peopleOf) || (peopleOf != null && peopleOf.equals(factMetric));
    }

    /** The metric whose facts a drill-down of this one lists (a people metric lists the acts behind it). */
    Optional<String> sourceMetric() {
        return peopleOf == null ? Optional.of(code) : "*".equals(peopleOf) ? Optional.empty() : Optional.of(peopleOf);
    }

    static Optional<Metric> of(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }

    /** PERSON: a worker's act (人次); SESSION: an offline event held (场); REVIEW: a union's act on a report (处). */
    String kind() {
        return switch (this) {
            case EVENT_SESSIONS -> "SESSION";
            case HAZARD_VERIFIED, HAZARD_RECTIFIED -> "REVIEW";
            default -> "PERSON";
        };
    }

    static List<Metric> peopleMetrics() {
        return Arrays.stream(values()).filter(Metric::people).toList();
    }
}
