package cn.safetymonth;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What Spring Modulith does not check ({@link ModulesTest} verifies the modules, their interfaces, that they form no
 * cycle and that common depends on no feature): which vendor SDKs stay behind one door, and that table rows and
 * mappers never leave their module.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainCode() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.safetymonth");
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
