package cn.safetymonth.pledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The content pack in config/pledge is read at start-up; a broken one is refused with file and field named. */
class PledgeContentFilesTest {

    static final Path PACK = Path.of("config/pledge");

    @Test
    void theShippedPackIsComplete() throws IOException {
        PledgeCatalog.Content c = PledgeContentFiles.read(PACK);

        assertThat(c.templates()).extracting(PledgeCatalog.Template::kind)
                .containsExactlyInAnyOrder("COMMITMENT", "INITIATIVE", "MANAGER_COMMITMENT");
        assertThat(c.themes()).extracting(PledgeCatalog.Theme::name).contains("6·16 安全宣传咨询日", "我的岗位安全自查", "应急逃生路线我熟悉");
        assertThat(c.workRules().get("LETTER").bodyMaxChars()).isEqualTo(800);
        assertThat(c.workRules().get("ESSAY").bodyMaxChars()).isEqualTo(5000);
        assertThat(c.eventTypes()).extracting(PledgeCatalog.EventType::code).contains("THEORY_STUDY", "PRE_SHIFT", "WARNING_FILM",
                "EVACUATION_DRILL", "CONSULT_DAY", "MICRO_CLASS", "MANAGER_PLEDGE_EVENT", "OTHER").hasSize(23);
    }

    @Test
    void aBrokenPackIsRefusedNamingFileAndField(@TempDir Path dir) throws IOException {
        copy(PACK, dir);
        Files.writeString(dir.resolve("pledges/initiative.yml"), "code: INITIATIVE\nkind: INITIATIVE\ntitle: 安全倡议书\nversion: 0\ntext: ''\n");
        Files.writeString(dir.resolve("check-in-themes.yml"), Files.readString(dir.resolve("check-in-themes.yml"))
                .replace("endDate: 2025-06-16", "endDate: 2025-07-16"));
        Files.writeString(dir.resolve("work-kinds.yml"), Files.readString(dir.resolve("work-kinds.yml")).replace("bodyMaxChars: 800", "bodyMaxChars: lots"));

        assertThatThrownBy(() -> PledgeContentFiles.read(dir)).hasMessageContaining("work-kinds.yml：字段 kinds.LETTER.bodyMaxChars：取值“lots”无效，须为整数");
        Files.writeString(dir.resolve("work-kinds.yml"), Files.readString(PACK.resolve("work-kinds.yml")));
        assertThatThrownBy(() -> PledgeContentFiles.read(dir))
                .hasMessageContaining("pledges/INITIATIVE：text 不能为空")
                .hasMessageContaining("pledges/INITIATIVE：version 须为正整数")
                .hasMessageContaining("check-in-themes.yml CONSULT_DAY_616：日期须在活动时间内");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
