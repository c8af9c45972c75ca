package cn.safetymonth;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Module boundaries: what a feature may see of another, and which vendor SDKs stay behind one door. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainCode() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.safetymonth");
    }

    @Test
    void featurePackagesDoNotDependOnEachOtherInACycle() {
        slices().matching("cn.safetymonth.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void commonCodeDependsOnNoFeature() {
        noClasses().that().resideInAPackage("cn.safetymonth.common..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "cn.safetymonth.identity..", "cn.safetymonth.org..", "cn.safetymonth.wechat..",
                        "cn.safetymonth.storage..", "cn.safetymonth.quiz..", "cn.safetymonth.hazard..",
                        "cn.safetymonth.pledge..", "cn.safetymonth.statistics..", "cn.safetymonth.notice..")
                .check(classes);
    }

    @Test
    void onlyTheWeChatModuleTalksToTheWeChatSdk() {
        noClasses().that().resideOutsideOfPackage("cn.safetymonth.wechat..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.binarywang..", "me.chanjar..")
                .check(classes);
    }

    @Test
    void onlyTheStorageModuleTalksToMinio() {
        noClasses().that().resideOutsideOfPackage("cn.safetymonth.storage..")
                .should().dependOnClassesThat().resideInAPackage("io.minio..")
                .check(classes);
    }

    @Test
    void tableRowsAndMappersNeverLeaveTheirModule() {
        classes().that().haveSimpleNameEndingWith("Entity").or().haveSimpleNameEndingWith("Mapper")
                .should().notBePublic()
                .check(classes);
    }
}
