package cn.safetymonth.common.openapi;

import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole example request or response built from its schema, so every operation shows one: the {@code @Schema(example)}
 * written on a field wins; otherwise the first enum value, a value inside the field's bounds, a date in the campaign.
 */
final class ExampleValues {

    private static final int MAX_DEPTH = 12;

    private final Map<String, Schema> components;

    ExampleValues(Map<String, Schema> components) {
        this.components = components == null ? Map.of() : components;
    }

    Object of(Schema<?> schema) {
        return value(schema, 0, new ArrayList<>());
    }

    /** depth counts the references followed, the only way a schema nests without end */
    private Object value(Schema<?> schema, int depth, List<String> path) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (path.contains(name)) {
                return null;
            }
            path.add(name);
            Object v = value(components.get(name), depth + 1, path);
            path.remove(path.size() - 1);
            return v;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return value(schema.getAllOf().get(0), depth + 1, path);
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return value(schema.getOneOf().get(0), depth + 1, path);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return value(schema.getAnyOf().get(0), depth + 1, path);
        }
        String type = type(schema);
        if (schema.getProperties() != null || "object".equals(type)) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((name, property) -> object.put(name, value(property, depth, path)));
            } else if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                object.put("key", value(values, depth, path));
            }
            return object;
        }
        if ("array".equals(type)) {
            Object item = value(schema.getItems(), depth, path);
            return item == null ? List.of() : List.of(item);
        }
        return scalar(type, schema);
    }

    private static Object scalar(String type, Schema<?> schema) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "integer" -> schema.getMinimum() != null ? schema.getMinimum().max(BigDecimal.ONE).longValue() : 1;
            case "number" -> number(schema);
            case "boolean" -> true;
            case "string" -> string(schema);
            default -> null;
        };
    }

    private static Object number(Schema<?> schema) {
        if (schema.getMinimum() != null && schema.getMaximum() != null) {
            return schema.getMinimum().add(schema.getMaximum()).divide(BigDecimal.valueOf(2)).doubleValue();
        }
        return schema.getMinimum() != null ? schema.getMinimum().doubleValue() : 1.5;
    }

    private static Object string(Schema<?> schema) {
        String format = schema.getFormat();
        if ("date".equals(format)) {
            return "2025-06-12";
        }
        if ("binary".equals(format)) {
            return null;
        }
        if (schema.getPattern() != null) {
            String fromPattern = fromPattern(schema.getPattern());
            if (fromPattern != null) {
                return fromPattern;
            }
        }
        return schema.getMaxLength() != null && schema.getMaxLength() < 6 ? "A" : "string";
    }

    private static final Pattern ALTERNATIVES = Pattern.compile("\\^?\\(?(\\w+)(\\|\\w+)+\\)?\\$?");
    private static final Pattern CHAR_CLASS = Pattern.compile("\\^?\\[(.)[^\\[\\]]*](?:\\{(\\d+)(?:,\\d*)?})?\\$?");
    private static final Pattern DIGITS = Pattern.compile("\\^?\\\\d\\{(\\d+)}\\$?");

    /** The simple patterns the request records use: "A|B" gives A, "[A-E]" gives A, "[A-Za-z0-9_-]{8,64}" gives AAAAAAAA. */
    private static String fromPattern(String pattern) {
        Matcher m = ALTERNATIVES.matcher(pattern);
        if (m.matches()) {
            return m.group(1);
        }
        m = CHAR_CLASS.matcher(pattern);
        if (m.matches()) {
            return m.group(1).repeat(m.group(2) == null ? 1 : Math.max(1, Integer.parseInt(m.group(2))));
        }
        m = DIGITS.matcher(pattern);
        return m.matches() ? "1".repeat(Integer.parseInt(m.group(1))) : null;
    }

    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        Set<String> types = schema.getTypes();
        return types == null ? null : types.stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
    }
}
