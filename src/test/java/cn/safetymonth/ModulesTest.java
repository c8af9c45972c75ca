package cn.safetymonth;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules as Spring Modulith sees them: each top-level package is one, a module uses another only through its
 * base package or a named interface (package-info.java), no two depend on each other in a cycle, and common depends
 * on none. The rules Modulith does not know (vendor SDKs behind one door, rows and mappers private) stay in
 * {@link ArchitectureTest}.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SafetyMonthApplication.class);

    /** Where the module documentation lands: the build output, linked from the README. */
    static final Path DOCS = Path.of("target", "spring-modulith-docs");

    @Test
    void everyFeatureIsAModuleThatUsesOthersOnlyThroughTheirInterfaces() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder("audit", "common", "console", "hazard", "identity", "notice", "org", "pledge",
                        "quiz", "statistics", "storage", "wechat");
        MODULES.verify();
    }

    @Test
    void theModuleDocumentationIsWrittenIntoTheBuildOutput() throws IOException {
        // writeDocumentation() would also put the module metadata into target/classes, and so into the jar
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();

        assertThat(DOCS.resolve("all-docs.adoc")).isRegularFile();
        String overview = Files.readString(DOCS.resolve("components.puml"));
        for (ApplicationModule module : MODULES) {
            String id = module.getIdentifier().toString();
            assertThat(overview).as("the overview diagram shows " + id).contains(module.getDisplayName());
            assertThat(DOCS.resolve("module-" + id + ".puml")).as("a diagram of " + id).isRegularFile();
            assertThat(DOCS.resolve("module-" + id + ".adoc")).as("the canvas of " + id).isRegularFile();
        }
    }
}
