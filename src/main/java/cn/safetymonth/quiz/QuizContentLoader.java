package cn.safetymonth.quiz;

import cn.safetymonth.common.persistence.StartupTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the content pack in config/ at start-up. Bad content stops the start with every problem
 * named (file, level, field): a level with four hazards must never reach a worker.
 */
@Component
@Order(30)
class QuizContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(QuizContentLoader.class);

    private final QuizProperties props;
    private final QuizContentStore store;
    private final QuizCatalog catalog;
    private final Environment env;

    QuizContentLoader(QuizProperties props, QuizContentStore store, QuizCatalog catalog, Environment env) {
        this.props = props;
        this.store = store;
        this.catalog = catalog;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (props.rollingDemoWindow() && env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("safety.quiz.rolling-demo-window is for development only, never in the prod profile");
        }
        Path dir = Path.of(props.contentDir());
        if (!Files.isDirectory(dir)) {
            log.warn("no quiz content at {}: the daily quiz has no levels", dir.toAbsolutePath());
            return;
        }
        QuizContentFiles.Read read = QuizContentFiles.read(dir);
        List<String> errors = new ArrayList<>(read.errors());
        errors.addAll(QuizContentValidator.validate(read.levels()));
        List<String> levelQuestions = new ArrayList<>(catalog.levelQuestionTexts()); // levels imported from Excel too
        read.levels().forEach(l -> l.hazards().stream().filter(h -> h.question() != null).forEach(h -> levelQuestions.add(h.question().text())));
        errors.addAll(QuizContentValidator.validateQuick(read.quickQuestions(), levelQuestions));
        if (read.campaign() == null || read.campaign().code() == null || read.campaign().startDate() == null
                || read.campaign().endDate() == null) {
            errors.add("campaign.yml：code、startDate、endDate 不能为空");
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("quiz content in " + dir + " is refused:\n  " + String.join("\n  ", errors));
        }
        // the store adds only what is missing or changed, so a run that collided with another instance's runs again
        StartupTasks.runAgainOnConflict("quiz content", () -> save(read));
    }

    private void save(QuizContentFiles.Read read) {
        QuizContentStore.Saved saved = store.save(read.campaign(), read.levels());
        QuizContentStore.Saved quick = store.saveQuick(read.quickQuestions());
        catalog.changed();
        log.info("quiz content: {} levels ({} new, {} changed, {} unchanged); quick test: {} questions ({} new, {} changed)",
                read.levels().size(), saved.created(), saved.updated(), saved.unchanged(),
                read.quickQuestions().size(), quick.created(), quick.updated());
    }
}
