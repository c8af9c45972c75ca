package cn.safetymonth.common.content;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
        return bind(name, () -> YAML.readValue(file.toFile(), type), errors);
    }

    /** A file that came another way (an upload, a row): its UTF-8 {@code content} read as {@code type}. */
    public static <T> T read(String name, byte[] content, Class<T> type, List<String> errors) {
        return bind(name, () -> YAML.readValue(content, type), errors);
    }

    /**
     * A problem the record's constraints cannot see (an order of dates, a grammar inside a text), said the way the
     * binding says its own: "name：字段 path：reason".
     */
    public static String problem(String name, String path, String reason) {
        return name + "：字段 " + path + "：" + reason;
    }

    private static <T> T bind(String name, Supplier<T> reader, List<String> errors) {
        T value;
        try {
            value = reader.get();
        } catch (DatabindException e) {
            errors.add(problem(name, path(e), reason(e))); // the path is exact; Jackson's line may be the next token's
            return null;
        } catch (JacksonException e) {
            errors.add(name + "：不是有效的 YAML" + line(e));
            return null;
        }
        if (value == null) {
            errors.add(name + "：文件为空");
            return null;
        }
        List<String> violations = VALIDATOR.validate(value).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> path(v.getPropertyPath())))
                .map(v -> problem(name, path(v.getPropertyPath()), v.getMessage()))
                .toList();
        errors.addAll(violations);
        return violations.isEmpty() ? value : null;
    }

    /**
     * Where in the file, as an author counts: {@code kinds.LETTER.bodyMaxChars}, {@code categories[1].label} for the
     * first entry (the quiz validator and the Excel import count from 1 too).
     */
    private static String path(DatabindException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex() + 1).append(']');
            }
        }
        return out.isEmpty() ? "（整个文件）" : out.toString();
    }

    private static String path(jakarta.validation.Path violation) {
        StringBuilder out = new StringBuilder();
        for (jakarta.validation.Path.Node node : violation) {
            if (node.isInIterable()) {
                out.append('[').append(node.getIndex() != null ? String.valueOf(node.getIndex() + 1) : String.valueOf(node.getKey())).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                out.append(out.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return out.toString();
    }

    private static String reason(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "不是可用的字段，可用的有 " + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining("、"));
        }
        if (e instanceof InvalidTypeIdException t) {
            return "类型“" + t.getTypeId() + "”无效";
        }
        if (e instanceof InvalidFormatException f) {
            return "取值“" + f.getValue() + "”无效，" + expected(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "类型不对，" + expected(m.getTargetType());
        }
        return "无效";
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "须为 " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、")) + " 之一";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "须为整数";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "须为数字";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "须为 true 或 false";
        }
        if (type == LocalDate.class) {
            return "须为日期，如 2025-06-01";
        }
        if (type == LocalDateTime.class) {
            return "须为时间，如 2025-06-26T23:59";
        }
        if (List.class.isAssignableFrom(type)) {
            return "须为列表";
        }
        if (type == String.class) {
            return "须为文字";
        }
        return "须为对象";
    }

    private static String line(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() <= 0 ? "" : "（第 " + e.getLocation().getLineNr() + " 行）";
    }
}
