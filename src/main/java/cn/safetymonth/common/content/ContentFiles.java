package cn.safetymonth.common.content;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * One way to read a content file: YAML bound by Jackson into a record (unknown fields and missing primitives refused),
 * then the record's Bean Validation constraints checked. Every problem is added to the caller's list as
 * "name：字段 path：reason" so a whole pack is reported at once, in the words the ValidationMessages give.
 */
public final class ContentFiles {

    // java.time is part of Jackson 3's databind: no module to register
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final Validator VALIDATOR;

    static {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            VALIDATOR = factory.getValidator();
        }
    }

    private ContentFiles() {
    }

    /** {@code file} read as {@code type}; {@code name} is how the refusals call it. Null when it was refused. */
    public static <T> T read(Path file, String name, Class<T> type, List<String> errors) {
        if (!Files.isRegularFile(file)) {
            errors.add(name + "：文件不存在");
            return null;
        }
        T value;
        try {
            value = YAML.readValue(file.toFile(), type);
        } catch (DatabindException e) {
            errors.add(name + "：字段 " + e.getPathReference().replaceAll(".*\\[\"?|\"?]", "") + " 无效（"
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "）");
            return null;
        } catch (JacksonException e) {
            errors.add(name + "：不是有效的 YAML（第 " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + " 行）");
            return null;
        }
        if (value == null) {
            errors.add(name + "：文件为空");
            return null;
        }
        List<String> violations = VALIDATOR.validate(value).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(v -> name + "：字段 " + v.getPropertyPath() + "：" + v.getMessage())
                .toList();
        errors.addAll(violations);
        return violations.isEmpty() ? value : null;
    }
}
