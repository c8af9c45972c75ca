package cn.safetymonth.common.openapi;

import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.common.ErrorCode;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AccessRules;
import cn.safetymonth.common.auth.PersonalDataWrite;
import cn.safetymonth.common.web.IdempotencyInterceptor;
import cn.safetymonth.common.web.OrNull;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the generated contract carries beyond springdoc's defaults, all derived from the code: the error codes each
 * operation can answer with (as x-error-codes and as described 4xx/5xx responses with one example per code), the
 * Idempotency-Key header on every authenticated submission, who may call (an open operation has no security, a
 * role-restricted one lists its roles as x-roles), an example for every JSON request and response, and the
 * tags grouped by audience (x-tagGroups: the mini-program's app-* and the console's admin-*).
 */
@Configuration(proxyBeanMethods = false)
class ContractCustomizers {

    static final String ERROR_SCHEMA = "ErrorResponse";
    /** Carries the codes found for an operation to {@link #addErrorExamples}; removed before the document is served. */
    private static final String FOUND = "x-found-error-codes";
    private static final List<String> SUBMISSIONS = List.of("POST", "PUT", "PATCH", "DELETE");

    @Bean
    OperationCustomizer errorCodesAndIdempotency(ListableBeanFactory beans) {
        ErrorCodeReach reach = new ErrorCodeReach(beans, ContractCustomizers.class.getClassLoader());
        return (operation, handler) -> {
            Access access = AccessRules.of(handler).orElse(null);
            if (access != null && access.value() == Access.Caller.ANYONE) {
                operation.setSecurity(List.of()); // how a token is obtained needs none
            }
            Map<Integer, ErrorCodeReach.Found> codes = new TreeMap<>();
            reach.of(handler.getMethod()).forEach(f -> codes.putIfAbsent(f.code().code(), f));
            boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
            boolean submission = methods(handler).stream().anyMatch(SUBMISSIONS::contains);
            if (secured) {
                common(codes, "UNAUTHORIZED", CommonErrorCodes.UNAUTHORIZED);
                String path = path(handler);
                if (path.startsWith("/api/admin/")) {
                    common(codes, "STAFF_ONLY", CommonErrorCodes.STAFF_ONLY);
                } else if (path.startsWith("/api/app/")) {
                    common(codes, "WORKERS_ONLY", CommonErrorCodes.WORKERS_ONLY);
                }
            }
            if (access != null && access.roles().length > 0) {
                operation.addExtension("x-roles", Arrays.stream(access.roles()).map(Enum::name).toList());
                common(codes, "FORBIDDEN", CommonErrorCodes.FORBIDDEN);
            }
            if (handler.hasMethodAnnotation(PersonalDataWrite.class)) { // refused by the auth interceptor, not the handler
                common(codes, "PRIVACY_CONSENT_REQUIRED", CommonErrorCodes.PRIVACY_CONSENT_REQUIRED);
            }
            if (operation.getRequestBody() != null || (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
                common(codes, "INVALID_FIELD", CommonErrorCodes.INVALID_FIELD);
            }
            // any request can carry a malformed query, or a body too large (refused before any handler is chosen)
            common(codes, "BAD_REQUEST", CommonErrorCodes.BAD_REQUEST);
            common(codes, "BODY_TOO_LARGE", CommonErrorCodes.BODY_TOO_LARGE);
            Content body = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
            if (body != null) {
                common(codes, "UNSUPPORTED_MEDIA_TYPE", CommonErrorCodes.UNSUPPORTED_MEDIA_TYPE);
            }
            if (body != null && body.containsKey("application/json")) {
                common(codes, "MALFORMED_JSON", CommonErrorCodes.MALFORMED_JSON);
            }
            if (secured && submission) {
                operation.addParametersItem(idempotencyKey());
                common(codes, "IDEMPOTENCY_IN_PROGRESS", CommonErrorCodes.IDEMPOTENCY_IN_PROGRESS);
                common(codes, "IDEMPOTENCY_KEY_REUSED", CommonErrorCodes.IDEMPOTENCY_KEY_REUSED);
            }
            describe(operation, codes.values());
            return operation;
        };
    }

    /** A field marked {@link OrNull} is declared nullable, the OpenAPI 3.1 way; every other field is promised present. */
    @Bean
    PropertyCustomizer nullableFields() {
        return (property, type) -> {
            if (property == null || type.getCtxAnnotations() == null
                    || Arrays.stream(type.getCtxAnnotations()).noneMatch(a -> a instanceof OrNull)) {
                return property;
            }
            if (property.get$ref() != null) {
                Schema<Object> nullable = new Schema<>();
                nullable.addOneOfItem(new Schema<>().$ref(property.get$ref()));
                nullable.addOneOfItem(new Schema<>().typesItem("null"));
                nullable.setDescription(property.getDescription());
                return nullable;
            }
            if (property.getTypes() != null) {
                property.addType("null");
            } else if (property.getType() != null) {
                property.typesItem(property.getType()).typesItem("null");
            }
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                property.addEnumItemObject(null); // an enum admits only its listed values: null must be one of them
            }
            Schema<?> items = property.getItems();
            if (items != null && items.getTypes() != null) { // the list may be null, never an entry in it
                items.getTypes().remove("null");
                if (items.getEnum() != null) {
                    items.getEnum().remove(null);
                }
            }
            return property;
        };
    }

    /**
     * Jackson writes every field of an answer, null or not: a schema that only answers use lists all its fields as
     * required, so the client's types say "always there" (and {@link OrNull} says "maybe null"). Schemas a request
     * reaches keep what their constraints say.
     */
    @Bean
    OpenApiCustomizer answersCarryEveryField() {
        return openApi -> {
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            Set<String> requests = new HashSet<>();
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().values().forEach(m -> reach(m.getSchema(), schemas, requests));
                }
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> reach(p.getSchema(), schemas, requests));
                }
            }));
            schemas.forEach((name, schema) -> {
                if (!requests.contains(name) && !ERROR_SCHEMA.equals(name) && schema.getProperties() != null) {
                    schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
                }
            });
        };
    }

    /** Adds to {@code seen} the name of every component schema {@code schema} refers to, however deep. */
    private static void reach(Schema<?> schema, Map<String, Schema> schemas, Set<String> seen) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (seen.add(name)) {
                reach(schemas.get(name), schemas, seen);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> reach(p, schemas, seen));
        }
        reach(schema.getItems(), schemas, seen);
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            reach(values, schemas, seen);
        }
        for (List<Schema> parts : Arrays.asList(schema.getOneOf(), schema.getAnyOf(), schema.getAllOf())) {
            if (parts != null) {
                parts.forEach(p -> reach(p, schemas, seen));
            }
        }
    }

    @Bean
    OpenApiCustomizer examplesAndTagGroups() {
        return openApi -> {
            openApi.getComponents().addSchemas(ERROR_SCHEMA, errorSchema());
            addErrorExamples(openApi);
            openApi.getComponents().getSchemas().values().forEach(ContractCustomizers::localDateTime);
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> localDateTime(p.getSchema()));
                }
            }));
            ExampleValues examples = new ExampleValues(openApi.getComponents().getSchemas());
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> exemplify(op, examples)));
            groupTags(openApi);
        };
    }

    /** The operation's path as mapped (class and method), enough to tell its audience. */
    private static String path(HandlerMethod handler) {
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        RequestMapping method = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        String base = type == null || type.path().length == 0 ? "" : type.path()[0];
        String own = method == null || method.path().length == 0 ? "" : method.path()[0];
        return base + own;
    }

    private static List<String> methods(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping == null ? List.of() : Arrays.stream(mapping.method()).map(RequestMethod::name).toList();
    }

    private static void common(Map<Integer, ErrorCodeReach.Found> codes, String name, ErrorCode code) {
        codes.putIfAbsent(code.code(), new ErrorCodeReach.Found("CommonErrorCodes." + name, code));
    }

    private static HeaderParameter idempotencyKey() {
        HeaderParameter p = new HeaderParameter();
        p.setName(IdempotencyInterceptor.HEADER);
        p.setRequired(false);
        p.setDescription("幂等键：每次用户操作生成一个（8–64 位字母、数字、- 或 _），网络错误、502–504、1012 后原样重发；"
                + "同一键只执行一次，重发得到第一次的成功结果（响应头 Idempotent-Replayed: true），24 小时内有效；"
                + "被拒绝（4xx）的请求不留记录，改正后可用同一键重发；同一键用于另一请求（路径或请求体不同）答 1013");
        p.setSchema(new StringSchema().pattern("^[A-Za-z0-9_-]{8,64}$").example("k3f9a1c7e2b84d60"));
        return p;
    }

    /**
     * x-error-codes (the numbers, for machines) and one response per HTTP status listing its codes, each code's example
     * body shared in components/examples as "E&lt;code&gt;" (added by {@link #examplesAndTagGroups}).
     */
    private static void describe(Operation operation, Collection<ErrorCodeReach.Found> codes) {
        operation.addExtension("x-error-codes", codes.stream().map(f -> f.code().code()).toList());
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        codes.stream().collect(Collectors.groupingBy(f -> f.code().status().value(), TreeMap::new, Collectors.toList()))
                .forEach((status, found) -> {
                    MediaType json = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA));
                    found.forEach(f -> json.addExamples(String.valueOf(f.code().code()),
                            new Example().$ref("#/components/examples/" + exampleName(f.code()))));
                    String lines = found.stream().map(f -> "- `" + f.code().code() + "` " + f.code().msg())
                            .collect(Collectors.joining("\n"));
                    operation.getResponses().addApiResponse(String.valueOf(status), new ApiResponse()
                            .description(HttpStatus.valueOf(status).getReasonPhrase() + "，code 可能为：\n\n" + lines)
                            .content(new Content().addMediaType("application/json", json)));
                });
        operation.addExtension(FOUND, List.copyOf(codes));
    }

    static String exampleName(ErrorCode code) {
        return "E" + code.code();
    }

    /** Every code some operation answers with, once: its example body, and its constant's name for the client's table. */
    private static void addErrorExamples(OpenAPI openApi) {
        Map<Integer, ErrorCodeReach.Found> all = new TreeMap<>();
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
            if (op.getExtensions() != null && op.getExtensions().remove(FOUND) instanceof List<?> found) {
                found.forEach(f -> all.putIfAbsent(((ErrorCodeReach.Found) f).code().code(), (ErrorCodeReach.Found) f));
            }
        }));
        all.values().forEach(f -> openApi.getComponents().addExamples(exampleName(f.code()), new Example()
                .summary(f.code().msg()).value(errorBody(f.code()))
                .extensions(Map.of("x-name", f.constant(), "x-status", f.code().status().value()))));
    }

    private static Map<String, Object> errorBody(ErrorCode code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code.code());
        body.put("msg", code.msg());
        body.put("data", null);
        return body;
    }

    private static Schema<?> errorSchema() {
        return new ObjectSchema().description("错误响应：code 为错误码（见各接口的 x-error-codes），msg 为可直接展示给用户的中文说明")
                .addProperty("code", new IntegerSchema().description("错误码").example(1001))
                .addProperty("msg", new StringSchema().description("中文错误说明，点名字段和原因").example("字段 joinCode：不能为空"))
                .addProperty("data", new Schema<>().description("个别错误附带的详情（如导入的每行错误），通常为 null"))
                .required(List.of("code", "msg"));
    }

    /**
     * LocalDateTime travels as Beijing time without an offset ("2025-06-12T09:30:00", milliseconds when not zero), which
     * format date-time (RFC 3339, offset required) would call invalid: say what it is instead.
     */
    private static void localDateTime(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        if ("date-time".equals(schema.getFormat())) {
            schema.setFormat(null);
            schema.setPattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?$");
            schema.setDescription((schema.getDescription() == null ? "" : schema.getDescription() + "，") + "北京时间，不带时区");
            if (schema.getExample() == null) {
                schema.setExample("2025-06-12T09:30:00");
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ContractCustomizers::localDateTime);
        }
        localDateTime(schema.getItems());
    }

    private static void exemplify(Operation op, ExampleValues examples) {
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            MediaType json = op.getRequestBody().getContent().get("application/json");
            if (json != null && json.getExample() == null && json.getExamples() == null) {
                json.setExample(examples.of(json.getSchema()));
            }
        }
        op.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                response.getContent().forEach((type, media) -> {
                    if (type.contains("json") && media.getExample() == null && media.getExamples() == null) {
                        media.setExample(examples.of(media.getSchema()));
                    }
                });
            }
        });
    }

    private static void groupTags(OpenAPI openApi) {
        if (openApi.getTags() == null) {
            return;
        }
        List<Tag> tags = new ArrayList<>(openApi.getTags());
        tags.sort(Comparator.comparing(Tag::getName));
        openApi.setTags(tags);
        List<String> app = tags.stream().map(Tag::getName).filter(n -> n.startsWith("app-")).toList();
        List<String> admin = tags.stream().map(Tag::getName).filter(n -> n.startsWith("admin-")).toList();
        List<String> other = tags.stream().map(Tag::getName).filter(n -> !n.startsWith("app-") && !n.startsWith("admin-")).toList();
        List<Map<String, Object>> groups = new ArrayList<>();
        groups.add(Map.of("name", "小程序（职工端，/api/app/**）", "tags", app));
        groups.add(Map.of("name", "工会管理端（/api/admin/**）", "tags", admin));
        if (!other.isEmpty()) {
            groups.add(Map.of("name", "其他", "tags", other));
        }
        openApi.addExtension("x-tagGroups", groups);
    }
}
