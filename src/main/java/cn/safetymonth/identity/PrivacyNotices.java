package cn.safetymonth.identity;

import cn.safetymonth.common.content.ContentFiles;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The privacy notice (隐私保护指引) in force, read from config/privacy at start-up; a mistake stops the service with
 * the file named. The version is what a worker's consent refers to.
 */
@Component
class PrivacyNotices {

    record Notice(String version, String title, LocalDate effectiveDate, String markdown) {
    }

    /** notice.yml: {@code body} names the Markdown file beside it. */
    private record NoticeFile(@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,32}", message = "须为 1–32 位字母、数字或 . _ -") String version,
                              @NotBlank String title,
                              @NotNull LocalDate effectiveDate,
                              @NotBlank String body) {
    }

    private volatile Notice current;

    PrivacyNotices(PrivacyProperties props) {
        load(Path.of(props.noticeDir()));
    }

    Notice current() {
        return current;
    }

    /** Reads the notice in {@code dir} and puts it in force; a new version makes every worker accept again. */
    void load(Path dir) {
        Path yml = dir.resolve("notice.yml");
        List<String> errors = new ArrayList<>();
        NoticeFile f = ContentFiles.read(yml, yml.toString(), NoticeFile.class, errors);
        if (f == null) {
            throw new IllegalStateException("隐私保护指引有误：\n" + String.join("\n", errors));
        }
        Path body = dir.resolve(f.body()).normalize();
        if (!body.startsWith(dir.normalize()) || !Files.isRegularFile(body)) {
            throw new IllegalStateException(ContentFiles.problem(yml.toString(), "body", "须为 " + dir + " 中的文件"));
        }
        String markdown;
        try {
            markdown = Files.readString(body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("privacy notice " + body, e);
        }
        if (markdown.isBlank()) {
            throw new IllegalStateException(body + "：指引正文为空");
        }
        current = new Notice(f.version(), f.title(), f.effectiveDate(), markdown);
    }
}
