package cn.safetymonth.pledge;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The campaign's content from config/pledge, read and checked once at start-up: a template without
 * text or a theme outside the campaign stops the start with file and field named. Read-only after that.
 */
@Component
public class PledgeCatalog {

    public enum Requirement { REQUIRED, OPTIONAL, NONE }

    public enum ImageRule { NONE, OPTIONAL, POSTER_OR_VIDEO }

    public record Campaign(String code, String name, String theme, LocalDate startDate, LocalDate endDate, String page,
                           String eventPage) {
        public boolean openOn(LocalDate day) {
            return !day.isBefore(startDate) && !day.isAfter(endDate);
        }
    }

    public record Template(String code, String kind, String title, int version, String text) {
    }

    public record Theme(String code, String name, String description, LocalDate startDate, LocalDate endDate,
                        Requirement photo, Requirement location) {
        public boolean openOn(LocalDate day) {
            return !day.isBefore(startDate) && !day.isAfter(endDate);
        }
    }

    public record WorkRule(String kind, String label, int titleMaxChars, int bodyMaxChars, boolean bodyRequired, ImageRule image) {
    }

    public record EventType(String code, String label) {
    }

    record Content(Campaign campaign, List<Template> templates, List<Theme> themes, Map<String, WorkRule> workRules,
                   List<String> videoHosts, List<EventType> eventTypes) {
    }

    private final Content content;
    private final boolean rolling;
    private final Clock clock;

    PledgeCatalog(PledgeProperties props, Environment env, Clock clock) throws IOException {
        if (props.rollingDemoWindow() && env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("safety.pledge.rolling-demo-window is for development only, never in the prod profile");
        }
        this.content = PledgeContentFiles.read(Path.of(props.contentDir()));
        this.rolling = props.rollingDemoWindow();
        this.clock = clock;
    }

    /** The campaign; in the rolling demo window its dates move with today. */
    public Campaign campaign() {
        Campaign c = content.campaign();
        if (!rolling) {
            return c;
        }
        LocalDate today = LocalDate.now(clock);
        return new Campaign(c.code(), c.name(), c.theme(), today.minusDays(14), today.plusDays(14), c.page(), c.eventPage());
    }

    public List<Template> templates() {
        return content.templates();
    }

    public Optional<Template> template(String code) {
        return content.templates().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public List<Theme> themes() {
        return content.themes().stream().map(this::dated).toList();
    }

    public Optional<Theme> theme(String code) {
        return content.themes().stream().filter(t -> t.code().equals(code)).findFirst().map(this::dated);
    }

    public WorkRule workRule(String kind) {
        return content.workRules().get(kind);
    }

    public List<String> videoHosts() {
        return content.videoHosts();
    }

    public List<EventType> eventTypes() {
        return content.eventTypes();
    }

    public Optional<EventType> eventType(String code) {
        return content.eventTypes().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** In the rolling demo window every theme is open whenever the campaign is. */
    private Theme dated(Theme t) {
        if (!rolling) {
            return t;
        }
        Campaign c = campaign();
        return new Theme(t.code(), t.name(), t.description(), c.startDate(), c.endDate(), t.photo(), t.location());
    }
}
