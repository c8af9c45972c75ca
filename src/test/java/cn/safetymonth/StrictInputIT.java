package cn.safetymonth;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input the service must refuse although it could read it, sent to every operation the contract lists: content after
 * the JSON value, duplicate keys, control characters and bidirectional overrides in every text field of every request
 * (walked from miniprogram-api/openapi.json, so a new field is covered without touching this test), coerced types,
 * more files than a field takes, and the statuses answered before a controller runs (405/406/413/415, a token of the
 * other audience), which must come in the envelope.
 */
class StrictInputIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> BAD_TEXT = List.of("a\u0000b", "响铃\u0007", "\r回车", "\u202Egnp.exe", "名\u2066字\u2069", "\u202A左");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private JsonNode contract;
    private String worker;
    private String admin;

    @BeforeEach
    void readContract() throws IOException {
        contract = JSON.readTree(Path.of("miniprogram-api/openapi.json").toFile());
        worker = workerToken(freshUser("strict"));
        admin = platformAdminToken();
    }

    @Test
    void controlCharactersAndBidiOverridesAreRefusedInEveryTextFieldOfEveryBody() {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Operation op : operations()) {
            JsonNode schema = op.jsonBody();
            if (schema == null) {
                continue;
            }
            for (FieldPath field : textFields(schema, List.of(), 0)) {
                for (String bad : BAD_TEXT) {
                    cases++;
                    String body = field.body(NODES.stringNode(bad)).toString();
                    Api.Res r = api.raw(op.method(), op.samplePath(), op.token(), "application/json", body.getBytes(StandardCharsets.UTF_8));
                    if (r.status() != 400 || r.code() != 1001 || r.msg() == null || !r.msg().contains(field.last())) {
                        failures.add(op + " " + body + " → " + r);
                    }
                }
            }
        }
        assertThat(cases).as("text fields found in the contract").isGreaterThan(300);
        assertThat(failures).isEmpty();
    }

    @Test
    void controlCharactersAndBidiOverridesAreRefusedInEveryTextParameter() {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Operation op : operations()) {
            for (JsonNode p : op.parameters()) {
                JsonNode schema = p.path("schema");
                if ("header".equals(p.path("in").asString())) {
                    continue; // Idempotency-Key has its own pattern
                }
                if (!"string".equals(schema.path("type").asString()) || schema.has("enum") || schema.has("format")) {
                    continue;
                }
                for (String bad : BAD_TEXT) {
                    cases++;
                    String path = op.pathWith(p.path("name").asString(), p.path("in").asString(), bad);
                    Api.Res r = op.upload() == null
                            ? api.raw(op.method(), path, op.token(), "application/json", "{}".getBytes(StandardCharsets.UTF_8))
                            : api.multipart(path, op.token(), Map.of(), op.upload(), "x.png", List.of(TINY_PNG), "image/png");
                    if ("path".equals(p.path("in").asString()) && bad.indexOf('\u0000') >= 0) {
                        // Tomcat refuses an encoded NUL in any path before the application sees it
                        if (r.status() != 400 || r.code() != 1000) {
                            failures.add(op + " " + path + " → " + r);
                        }
                    } else if (r.status() != 400 || r.code() != 1001 || r.msg() == null || !r.msg().contains(p.path("name").asString())) {
                        failures.add(op + " " + path + " → " + r);
                    }
                }
            }
        }
        assertThat(cases).as("text parameters found in the contract").isGreaterThan(20);
        assertThat(failures).isEmpty();
    }

    @Test
    void trailingContentDuplicateKeysAndTruncationAreMalformedJsonOnEveryBody() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            JsonNode schema = op.jsonBody();
            if (schema == null) {
                continue;
            }
            String name = resolve(schema).path("properties").propertyNames().stream().findFirst().orElse("x");
            for (String body : List.of("{} x", "{}{}", "{} ]", "{\"" + name + "\":null,\n\"" + name + "\":null}", "{\"" + name + "\":", "{\"" + name + "\":\"ab", "{\"" + name + "\":null,")) {
                Api.Res r = api.raw(op.method(), op.samplePath(), op.token(), "application/json", body.getBytes(StandardCharsets.UTF_8));
                if (r.status() != 400 || r.code() != 1002 || !r.msg().startsWith("请求体不是合法的 JSON")) {
                    failures.add(op + " " + body + " → " + r);
                }
            }
        }
        assertThat(failures).isEmpty();

        Api.Res duplicate = api.raw("POST", "/api/app/auth/login", null, "application/json",
                "{\"code\":\"a\",\n \"code\":\"b\"}".getBytes(StandardCharsets.UTF_8));
        Api.Res trailing = api.raw("POST", "/api/app/auth/login", null, "application/json", "{\"code\":\"a\"} {}".getBytes(StandardCharsets.UTF_8));
        Api.Res truncated = api.raw("POST", "/api/app/auth/login", null, "application/json", "{\"code\":".getBytes(StandardCharsets.UTF_8));
        assertThat(duplicate.msg()).contains("code").contains("重复").contains("第 2 行");
        assertThat(trailing.msg()).contains("多余内容").contains("第 1 行");
        assertThat(truncated.msg()).contains("不完整").doesNotContain("取值无效");
    }

    @Test
    void noTypeIsCoercedInAnyBody() {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Operation op : operations()) {
            JsonNode schema = op.jsonBody();
            if (schema == null) {
                continue;
            }
            for (FieldPath field : typedFields(schema, List.of(), 0)) {
                for (JsonNode wrong : wrongTypes(field.type())) {
                    cases++;
                    String body = field.body(wrong).toString();
                    Api.Res r = api.raw(op.method(), op.samplePath(), op.token(), "application/json", body.getBytes(StandardCharsets.UTF_8));
                    if (r.status() != 400 || r.code() != 1001 || !r.msg().contains(field.last()) || !r.msg().contains("应为")) {
                        failures.add(op + " " + body + " → " + r);
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    @Test
    void badQueryValuesSayWhatIsAllowed() {
        Api.Res state = api.get("/api/admin/hazard/reports?state=KING", admin);
        Api.Res date = api.get("/api/admin/hazard/reports?from=June-1", admin);
        Api.Res flag = api.get("/api/admin/hazard/reports?flagged=maybe", admin);

        assertThat(state.status()).isEqualTo(400);
        assertThat(state.msg()).contains("state").contains("可选值").contains("PENDING");
        assertThat(date.msg()).contains("from").contains("yyyy-MM-dd");
        assertThat(flag.msg()).contains("flagged").contains("true/false");
    }

    @Test
    void anUploadWithMoreFilesThanItsFieldTakesIsRefused() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            JsonNode form = op.node().path("requestBody").path("content").path("multipart/form-data").path("schema").path("properties");
            for (String field : form.propertyNames()) {
                if (!"binary".equals(form.path(field).path("format").asString())) {
                    continue; // a list of files: its limit is the service's (e.g. 1–9 photos)
                }
                Api.Res r = api.multipart(op.samplePath(), op.token(), Map.of(), field, "x.png",
                        Collections.nCopies(20, TINY_PNG), "image/png");
                if (r.status() != 400 || r.code() != 1001 || !r.msg().contains(field) || !r.msg().contains("最多 1 个文件")) {
                    failures.add(op + " 20×" + field + " → " + r);
                }
            }
            if (!form.isMissingNode()) {
                Api.Res stray = api.multipart(op.samplePath(), op.token(), Map.of(), "other", "x.png", List.of(TINY_PNG), "image/png");
                if (stray.status() != 400 || !stray.msg().contains("other")) {
                    failures.add(op + " field other → " + stray);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void statusesAnsweredBeforeAControllerComeInTheEnvelope() throws Exception {
        Envelope trace = send("TRACE", "/api/app/me", worker, Map.of());
        Envelope notAcceptable = send("GET", "/api/app/me", worker, Map.of("Accept", "text/html"));
        Envelope imageOnly = send("GET", "/api/app/me", worker, Map.of("Accept", "image/png"));
        Api.Res tooLarge = api.post("/api/app/auth/login", null, "{\"code\":\"" + "a".repeat(300_000) + "\"}");
        Api.Res fileTooLarge = api.upload("/api/app/hazard/photos", worker, "file", "big.png", "image/png", new byte[11 * 1024 * 1024]);
        Api.Res plainText = api.raw("POST", "/api/app/auth/login", null, "text/plain", "code=a".getBytes(StandardCharsets.UTF_8));
        Api.Res jsonToUpload = api.post("/api/app/hazard/photos", worker, "{}");

        assertThat(trace.status()).isEqualTo(405);
        assertThat(trace.body().path("code").asInt()).isEqualTo(1005);
        assertThat(notAcceptable.status()).isEqualTo(406);
        assertThat(notAcceptable.body().path("code").asInt()).isEqualTo(1011);
        assertThat(notAcceptable.body().path("msg").asString()).contains("application/json");
        assertThat(imageOnly.status()).isEqualTo(406);
        assertThat(imageOnly.body().path("code").asInt()).isEqualTo(1011);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.code()).isEqualTo(1003);
        assertThat(fileTooLarge.status()).isEqualTo(413);
        assertThat(fileTooLarge.code()).isEqualTo(1003);
        assertThat(plainText.status()).isEqualTo(415);
        assertThat(plainText.code()).isEqualTo(1004);
        assertThat(plainText.msg()).contains("application/json");
        assertThat(jsonToUpload.status()).isEqualTo(415);
        assertThat(jsonToUpload.code()).isEqualTo(1004);
        assertThat(jsonToUpload.msg()).contains("multipart/form-data").doesNotContain("请使用 application/json");
    }

    @Test
    void aTokenOfTheOtherAudienceIsForbiddenWithItsOwnCode() {
        Api.Res workerOnAdmin = api.get("/api/admin/accounts", worker);
        Api.Res adminOnApp = api.get("/api/app/me", admin);
        Api.Res none = api.get("/api/admin/accounts", null);
        Api.Res unknown = api.get("/api/app/me", "no-such-token");

        assertThat(workerOnAdmin.status()).isEqualTo(403);
        assertThat(workerOnAdmin.code()).isEqualTo(1020);
        assertThat(workerOnAdmin.msg()).contains("工会工作人员");
        assertThat(adminOnApp.status()).isEqualTo(403);
        assertThat(adminOnApp.code()).isEqualTo(1021);
        assertThat(none.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
    }

    // --- the contract, walked ---

    private record Operation(String method, String path, JsonNode node, String token) {
        String samplePath() {
            return path.replaceAll("\\{[^}]+}", "1");
        }

        List<JsonNode> parameters() {
            List<JsonNode> list = new ArrayList<>();
            node.path("parameters").forEach(list::add);
            return list;
        }

        /** The first single-file field of a multipart operation, or null. */
        String upload() {
            JsonNode form = node.path("requestBody").path("content").path("multipart/form-data").path("schema").path("properties");
            return form.propertyNames().stream().findFirst().orElse(null);
        }

        JsonNode jsonBody() {
            JsonNode schema = node.path("requestBody").path("content").path("application/json").path("schema");
            return schema.isMissingNode() ? null : schema;
        }

        /** The path with {@code value} in parameter {@code name} and harmless values in the other required ones. */
        String pathWith(String name, String in, String value) {
            String p = path;
            StringBuilder query = new StringBuilder();
            for (JsonNode param : parameters()) {
                String n = param.path("name").asString();
                String v = n.equals(name) ? value : sample(param.path("schema"));
                if ("path".equals(param.path("in").asString())) {
                    p = p.replace("{" + n + "}", URLEncoder.encode(v, StandardCharsets.UTF_8));
                } else if ("query".equals(param.path("in").asString()) && (n.equals(name) || param.path("required").asBoolean(false))) {
                    query.append(query.isEmpty() ? "?" : "&").append(n).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                }
            }
            return p + query;
        }

        private static String sample(JsonNode schema) {
            if (schema.has("enum")) {
                return schema.path("enum").get(0).asString();
            }
            return switch (schema.path("type").asString()) {
                case "integer", "number" -> "1";
                case "boolean" -> "false";
                default -> "date".equals(schema.path("format").asString()) ? "2025-06-01" : "x";
            };
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private List<Operation> operations() {
        List<Operation> list = new ArrayList<>();
        for (var path : contract.path("paths").properties()) {
            String token = path.getKey().startsWith("/api/app/") ? worker : path.getKey().startsWith("/api/admin/") ? admin : null;
            for (var op : path.getValue().properties()) {
                list.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue(), token));
            }
        }
        assertThat(list).hasSizeGreaterThan(100);
        return list;
    }

    /** Where a value sits in a body, and how to build a body holding only that value there. */
    private record FieldPath(List<String> steps, String type) {
        String last() {
            return steps.get(steps.size() - 1).replace("[]", "");
        }

        JsonNode body(JsonNode value) {
            JsonNode node = value;
            for (int i = steps.size() - 1; i >= 0; i--) {
                String step = steps.get(i);
                if (step.endsWith("[]")) {
                    node = NODES.arrayNode().add(node);
                    step = step.substring(0, step.length() - 2);
                }
                ObjectNode parent = NODES.objectNode();
                parent.set(step, node);
                node = parent;
            }
            return node;
        }
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString(null);
        if (ref != null) {
            return contract.at(ref.substring(1));
        }
        JsonNode allOf = schema.path("allOf");
        return allOf.isArray() && allOf.size() == 1 ? resolve(allOf.get(0)) : schema;
    }

    /** Every free-text field (a string without enum or format), through nested objects and arrays. */
    private List<FieldPath> textFields(JsonNode schema, List<String> prefix, int depth) {
        return walk(schema, prefix, depth, true, s -> "string".equals(s.path("type").asString()) && !s.has("enum") && !s.has("format") ? "string" : null);
    }

    /** Every field of a plain scalar type: text, boolean, integer, number. */
    private List<FieldPath> typedFields(JsonNode schema, List<String> prefix, int depth) {
        return walk(schema, prefix, depth, false, s -> {
            String type = s.path("type").asString();
            return switch (type) {
                case "boolean", "integer", "number" -> type;
                case "string" -> s.has("enum") || s.has("format") ? null : "string";
                default -> null;
            };
        });
    }

    /** {@code untypedIsText}: a value of any type (a map of Object) counts as a text field, not as a typed one. */
    private List<FieldPath> walk(JsonNode schema, List<String> prefix, int depth, boolean untypedIsText, Function<JsonNode, String> pick) {
        List<FieldPath> found = new ArrayList<>();
        JsonNode s = resolve(schema);
        if (depth > 4 || s.has("oneOf") || s.has("anyOf")) {
            return found;
        }
        for (var property : s.path("properties").properties()) {
            JsonNode p = resolve(property.getValue());
            List<String> here = new ArrayList<>(prefix);
            String type = pick.apply(p);
            if (type != null) {
                here.add(property.getKey());
                found.add(new FieldPath(here, type));
            } else if ("array".equals(p.path("type").asString())) {
                JsonNode items = resolve(p.path("items"));
                here.add(property.getKey() + "[]");
                String itemType = pick.apply(items);
                if (itemType != null) {
                    found.add(new FieldPath(here, itemType));
                } else {
                    found.addAll(walk(items, here, depth + 1, untypedIsText, pick));
                }
            } else if (p.has("additionalProperties")) {
                // a map: its values (any JSON, or of the declared type) under an arbitrary key
                JsonNode values = resolve(p.path("additionalProperties"));
                String valueType = values.isEmpty() ? (untypedIsText ? "string" : null) : pick.apply(values);
                if (valueType != null) {
                    here.add(property.getKey());
                    here.add("k");
                    found.add(new FieldPath(here, valueType));
                }
            } else if (p.has("properties")) {
                here.add(property.getKey());
                found.addAll(walk(p, here, depth + 1, untypedIsText, pick));
            }
        }
        return found;
    }

    private static List<JsonNode> wrongTypes(String type) {
        return switch (type) {
            case "boolean" -> List.of(NODES.stringNode("true"), NODES.numberNode(1));
            case "integer" -> List.of(NODES.stringNode("5"), NODES.numberNode(1.5), NODES.booleanNode(true));
            case "number" -> List.of(NODES.stringNode("5"), NODES.booleanNode(true));
            default -> List.of(NODES.numberNode(12), NODES.booleanNode(true));
        };
    }

    // --- raw HTTP for headers the Api helper does not send ---

    private record Envelope(int status, JsonNode body) {
    }

    private Envelope send(String method, String path, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(method + " " + path + " " + headers).contains("application/json");
        return new Envelope(r.statusCode(), JSON.readTree(r.body()));
    }

    private static final byte[] TINY_PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
