package cn.safetymonth.identity;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The privacy notice (隐私保护指引) in force, read from config/privacy at start-up; a mistake stops the service with
 * the file named. The version is what a worker's consent refers to.
 */
@Component
class PrivacyNotices {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record Notice(String version, String title, LocalDate effectiveDate, String markdown) {
    }

    private record NoticeFile(String version, String title, LocalDate effectiveDate, String body) {
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
        try {
            NoticeFile f = YAML.readValue(yml.toFile(), NoticeFile.class);
            if (f == null || blank(f.version()) || !f.version().matches("[A-Za-z0-9._-]{1,32}") || blank(f.title())
                    || f.effectiveDate() == null || blank(f.body())) {
                throw new IllegalStateException(yml + ": version (1–32 letters, digits, . _ -), title, effectiveDate and body are required");
            }
            Path body = dir.resolve(f.body()).normalize();
            if (!body.startsWith(dir.normalize())) {
                throw new IllegalStateException(yml + ": body must name a file in " + dir);
            }
            String markdown = Files.readString(body, StandardCharsets.UTF_8);
            if (markdown.isBlank()) {
                throw new IllegalStateException(body + ": the notice is empty");
            }
            current = new Notice(f.version(), f.title(), f.effectiveDate(), markdown);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("privacy notice " + yml + ": " + e.getMessage(), e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
