package cn.safetymonth.statistics;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.auth.AdminRole;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The forms in force, read once at start-up; the service does not start with a bad one. */
@Component
class FormRegistry {

    private static final Logger log = LoggerFactory.getLogger(FormRegistry.class);

    private final Map<String, Form> forms;
    private final UnionDirectory directory;

    FormRegistry(StatisticsProperties props, UnionDirectory directory, Environment env, Clock clock) {
        this.directory = directory;
        if (props.rollingDemoWindow() && env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("safety.statistics.rolling-demo-window is for development only, never in the prod profile");
        }
        FormFiles.Read read;
        try {
            read = FormFiles.readDir(Path.of(props.formsDir()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read statistics forms in " + props.formsDir(), e);
        }
        if (!read.errors().isEmpty()) {
            throw new IllegalStateException("统计表模板有误：\n" + String.join("\n", read.errors()));
        }
        LocalDate demoStart = LocalDate.now(clock).minusDays(14);
        this.forms = read.forms().stream()
                .map(f -> props.rollingDemoWindow() ? f.shifted(ChronoUnit.DAYS.between(f.start(), demoStart)) : f)
                .collect(Collectors.toUnmodifiableMap(Form::code, Function.identity()));
        log.info("statistics forms loaded: {}", forms.keySet());
    }

    Collection<Form> all() {
        return forms.values();
    }

    /** The form, if the union may fill it: forms bound to a union are filled only inside that union's subtree. */
    Form require(String code, UnionRef union) {
        Form form = forms.get(code);
        if (form == null || !appliesTo(form, union)) {
            throw StatisticsErrorCodes.FORM_NOT_FOUND.exception();
        }
        return form;
    }

    List<Form> visibleTo(AdminPrincipal admin) {
        UnionRef own = directory.find(admin.unionId()).orElse(null);
        return forms.values().stream()
                .filter(f -> admin.role() == AdminRole.PLATFORM_ADMIN || own != null && appliesTo(f, own))
                .sorted(java.util.Comparator.comparing(Form::start).reversed().thenComparing(Form::code))
                .toList();
    }

    boolean appliesTo(Form form, UnionRef union) {
        if (form.unionCode() == null) {
            return true;
        }
        return directory.lineage(union).stream().anyMatch(u -> u.code().equals(form.unionCode()));
    }
}
