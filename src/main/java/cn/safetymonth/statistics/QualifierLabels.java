package cn.safetymonth.statistics;

import cn.safetymonth.hazard.HazardCategoryNames;
import cn.safetymonth.hazard.HazardLevel;
import cn.safetymonth.pledge.PledgeCatalog;
import cn.safetymonth.quiz.Scene;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * What a fact's qualifier means to a clerk: "ENTERPRISE" is 企业, "WARNING_FILM" 观看警示教育片, "ESSAY" 主题征文. Read from
 * each module's own catalogue; an unknown code shows as it is.
 */
@Component
class QualifierLabels {

    private final PledgeCatalog pledges;
    private final HazardCategoryNames categories;

    QualifierLabels(PledgeCatalog pledges, HazardCategoryNames categories) {
        this.pledges = pledges;
        this.categories = categories;
    }

    /** "“安全隐患我查找”闯关·企业": the metric's label, and its qualifier's when it has one. */
    String activity(String metricCode, String qualifier) {
        String metric = Metric.of(metricCode).map(Metric::label).orElse(metricCode);
        return qualifier == null || qualifier.isEmpty() ? metric : metric + "·" + label(metricCode, qualifier);
    }

    String label(String metricCode, String code) {
        return switch (metricCode) {
            case "quiz.attempts" -> Arrays.stream(Scene.values()).filter(s -> s.name().equals(code)).map(Scene::label).findFirst().orElse(code);
            case "hazard.submissions" -> categories.label(code);
            case "hazard.verified", "hazard.rectified" ->
                    Arrays.stream(HazardLevel.values()).filter(l -> l.name().equals(code)).map(HazardLevel::label).findFirst().orElse(code);
            case "pledge.signatures" -> pledges.templates().stream().filter(t -> t.kind().equals(code)).map(PledgeCatalog.Template::title)
                    .findFirst().orElse(code);
            case "checkin.checkins" -> pledges.theme(code).map(PledgeCatalog.Theme::name).orElse(code);
            case "work.works" -> workLabel(code);
            case "event.sessions", "event.attendance", "event.recorded-attendance" ->
                    pledges.eventType(code).map(PledgeCatalog.EventType::label).orElse(code);
            default -> code;
        };
    }

    private String workLabel(String kind) {
        PledgeCatalog.WorkRule rule = pledges.workRule(kind);
        return rule == null ? kind : rule.label();
    }
}
