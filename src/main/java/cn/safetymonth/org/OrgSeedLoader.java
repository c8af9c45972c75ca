package cn.safetymonth.org;

import cn.safetymonth.common.persistence.StartupTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the configured union tree once, into an empty tree, so a fresh install has unions to join. */
@Component
@Order(10)
class OrgSeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrgSeedLoader.class);

    private final OrgProperties props;
    private final UnionMapper unions;
    private final UnionTreeImporter importer;

    OrgSeedLoader(OrgProperties props, UnionMapper unions, UnionTreeImporter importer) {
        this.props = props;
        this.unions = unions;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        // another instance starting at the same moment may seed first: the second run finds its tree and stops
        StartupTasks.runAgainOnConflict("union seed", this::seed);
    }

    private void seed() throws IOException {
        if (props.seedFile() == null || props.seedFile().isBlank() || unions.selectCount(null) > 0) {
            return;
        }
        Path file = Path.of(props.seedFile());
        try (InputStream in = Files.newInputStream(file)) {
            UnionTreeImporter.Report report = importer.importFile(file.getFileName().toString(), in, null);
            if (!report.ok()) {
                throw new IllegalStateException("union seed " + file + " is invalid: " + report.errors());
            }
            log.info("union tree seeded from {}: {} unions", file, report.created());
        }
    }
}
