package cn.safetymonth.hazard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HazardCategoriesTest {

    @TempDir
    Path dir;

    @Test
    void theShippedListLoads() {
        assertThat(HazardCategories.load(Path.of("config/hazard/categories.yml"))).containsKeys("FIRE", "EBIKE_CHARGING");
    }

    @Test
    void everyBadEntryIsNamedByItsFieldAtOnce() throws Exception {
        Path file = dir.resolve("categories.yml");
        Files.writeString(file, """
                categories:
                  - code: fire
                    label: 消防
                  - code: GAS
                    label: ""
                  - code: GAS
                    label: 燃气
                """);

        assertThatThrownBy(() -> HazardCategories.load(file))
                .hasMessageContaining("字段 categories[1].code：须为 2–32 位大写字母、数字或下划线，以字母开头")
                .hasMessageContaining("字段 categories[2].label：不能为空");
    }

    @Test
    void aCodeTwiceAndAnUnknownFieldAreRefused() throws Exception {
        Path twice = dir.resolve("twice.yml");
        Files.writeString(twice, "categories:\n  - code: GAS\n    label: 燃气\n  - code: GAS\n    label: 燃气管道\n");
        Path unknown = dir.resolve("unknown.yml");
        Files.writeString(unknown, "categories:\n  - code: GAS\n    lable: 燃气\n");

        assertThatThrownBy(() -> HazardCategories.load(twice)).hasMessageContaining("字段 categories[2].code：GAS 重复");
        assertThatThrownBy(() -> HazardCategories.load(unknown)).hasMessageContaining("字段 categories[1].lable：不是可用的字段，可用的有 code、hint、label");
    }
}
