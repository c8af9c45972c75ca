package cn.safetymonth.statistics;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The forms in force: the shipped files, read once at start-up (the service does not start with a bad one), and the forms
 * platform admins installed, kept in the database and re-read at most {@link #REFRESH} apart, so every instance offers
 * what was installed on any of them within that time, and the instance that installed it at once.
 */
@Component
class FormRegistry {

    static final Duration REFRESH = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(FormRegistry.class);

    private final Map<String, Form> shipped;
    private final FormTemplateMapper templates;
    private final UnionDirectory directory;
    private final Clock clock;
    private final UnaryOperator<Form> demoShift;
    private volatile Snapshot current;

    /** The forms as last read: by code, with the parsed installed ones by row id so a row is parsed once. */
    private record Snapshot(Map<String, Form> forms, Map<Long, Form> installed, Instant readAt) {
    }

    FormRegistry(StatisticsProperties props, FormTemplateMapper templates, UnionDirectory directory, Environment env, Clock clock) {
        this.templates = templates;
        this.directory = directory;
        this.clock = clock;
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
        // today is the 16th day of a demo campaign: the 安全宣传咨询日 (6月16日) of a June form, so the day's own lines count too
        LocalDate demoStart = LocalDate.now(clock).minusDays(15);
        this.demoShift = f -> props.rollingDemoWindow() ? f.shifted(ChronoUnit.DAYS.between(f.start(), demoStart)) : f;
        this.shipped = read.forms().stream().map(demoShift).collect(Collectors.toUnmodifiableMap(Form::code, Function.identity()));
        this.current = new Snapshot(shipped, Map.of(), Instant.MIN);
        log.info("statistics forms shipped: {}", shipped.keySet());
    }

    Collection<Form> all() {
        return forms().values();
    }

    boolean isShipped(String code) {
        return shipped.containsKey(code);
    }

    Optional<Form> find(String code) {
        return Optional.ofNullable(forms().get(code));
    }

    /** Reads the installed forms now: after this instance installed or withdrew one. */
    void reload() {
        refresh(true);
    }

    private Map<String, Form> forms() {
        Snapshot s = current;
        return stale(s) ? refresh(false).forms() : s.forms();
    }

    private boolean stale(Snapshot s) {
        return s.readAt().isBefore(clock.instant().minus(REFRESH));
    }

    /** One reader at a time; those who waited find the forms fresh and read nothing. */
    private synchronized Snapshot refresh(boolean force) {
        Snapshot s = current;
        if (!force && !stale(s)) {
            return s;
        }
        try {
            current = read(s);
        } catch (RuntimeException e) {
            if (force) {
                throw e;
            }
            // the last read stands until the next refresh: requests don't queue up here, each waiting out the database
            current = new Snapshot(s.forms(), s.installed(), clock.instant());
            log.warn("installed statistics forms not re-read, the last read stands: {}", e.getClass().getSimpleName());
        }
        return current;
    }

    private Snapshot read(Snapshot before) {
        Map<Long, Form> installed = new LinkedHashMap<>();
        Map<String, Form> all = new LinkedHashMap<>(shipped);
        for (FormTemplateEntity row : templates.selectList(null)) {
            Form form = before.installed().get(row.getId());
            if (form == null) {
                List<String> errors = new ArrayList<>();
                form = FormFiles.read(row.getFileName(), row.getSource().getBytes(StandardCharsets.UTF_8), errors);
                if (form == null || !errors.isEmpty()) {
                    log.error("installed statistics form {} no longer reads and is not offered: {}", row.getCode(), errors);
                    continue;
                }
                form = demoShift.apply(form);
            }
            installed.put(row.getId(), form);
            if (all.putIfAbsent(form.code(), form) != null) {
                log.warn("installed statistics form {} has the code of a shipped one; the shipped file is offered", form.code());
            }
        }
        return new Snapshot(Collections.unmodifiableMap(all), installed, clock.instant());
    }

    /** The form, if the union may fill it: forms bound to a union are filled only inside that union's subtree. */
    Form require(String code, UnionRef union) {
        Form form = forms().get(code);
        if (form == null || !appliesTo(form, union)) {
            throw StatisticsErrorCodes.FORM_NOT_FOUND.exception();
        }
        return form;
    }

    List<Form> visibleTo(AdminPrincipal admin) {
        UnionRef own = directory.find(admin.unionId()).orElse(null);
        return forms().values().stream()
                .filter(f -> admin.wholePlatform() || own != null && appliesTo(f, own))
                .sorted(Comparator.comparing(Form::start).reversed().thenComparing(Form::code))
                .toList();
    }

    boolean appliesTo(Form form, UnionRef union) {
        if (form.unionCode() == null) {
            return true;
        }
        return directory.lineage(union).stream().anyMatch(u -> u.code().equals(form.unionCode()));
    }
}
