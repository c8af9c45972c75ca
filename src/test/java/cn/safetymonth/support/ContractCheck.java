package cn.safetymonth.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every response the suite receives, checked against the contract the mini-program is built from
 * (miniprogram-api/openapi.json) by an independent JSON Schema validator in the OpenAPI 3.1 dialect: the status must
 * be documented for the operation and the body must validate against its schema. A violation names the operation,
 * the status, the field and the value, and fails the test that received it.
 */
final class ContractCheck {

    private static final Path DOCUMENT = Path.of("miniprogram-api/openapi.json");
    private static final String BASE = "https://safety-month.test/openapi.json";
    private static final ContractCheck INSTANCE = load();
    /** {@code -Dcontract.report=FILE}: every violation of a run appended to FILE instead of failing (to survey). */
    private static final String REPORT = System.getProperty("contract.report", "").isBlank() ? null : System.getProperty("contract.report");

    private final JsonNode document;
    private final List<Route> routes;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record Route(String template, Pattern pattern, int variables) {
    }

    private ContractCheck(String text) {
        this.document = new ObjectMapper().readTree(text);
        List<Route> found = new ArrayList<>();
        document.path("paths").propertyNames().forEach(template -> found.add(new Route(template,
                Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q")),
                (int) template.chars().filter(c -> c == '{').count())));
        found.sort(Comparator.comparingInt(Route::variables)); // /unions/tree before /unions/{unionId}
        this.routes = List.copyOf(found);
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(BASE, text)));
    }

    private static ContractCheck load() {
        try {
            return Files.isRegularFile(DOCUMENT) ? new ContractCheck(Files.readString(DOCUMENT)) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with every violation of one response; a path outside /api, or a run without the document, passes. */
    static void verify(String method, URI uri, int status, String contentType, JsonNode body) {
        // /api/wechat/push is WeChat's server calling, not part of the mini-program's contract
        if (INSTANCE == null || !uri.getPath().startsWith("/api/") || uri.getPath().startsWith("/api/wechat/")) {
            return;
        }
        List<String> problems = INSTANCE.problems(method.toLowerCase(), uri.getPath(), status, contentType, body);
        if (!problems.isEmpty() && REPORT != null) {
            report(problems);
        } else if (!problems.isEmpty()) {
            throw new AssertionError("the response breaks the contract (miniprogram-api/openapi.json):\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static synchronized void report(List<String> problems) {
        try {
            Files.writeString(Path.of(REPORT), String.join("\n", problems) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> problems(String method, String path, int status, String contentType, JsonNode body) {
        Optional<Route> route = routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst();
        JsonNode operation = route.map(r -> document.path("paths").path(r.template()).path(method)).orElse(null);
        String name = method.toUpperCase() + " " + path;
        if (operation == null || operation.isMissingNode()) {
            // no such operation: only the service's own refusals (404, 405) may answer, in the envelope
            return status == 404 || status == 405 ? envelope(name, status, contentType, body) : List.of(name + " → " + status + "：契约中没有这个接口");
        }
        String operationId = operation.path("operationId").asString(name);
        String where = operationId + " (" + name + ") → " + status;
        String pointer = "/paths/" + escape(route.get().template()) + "/" + method + "/responses/" + status;
        if (operation.path("responses").path(String.valueOf(status)).isMissingNode()) {
            return List.of(where + "：这个状态码没有写进契约" + (body == null ? "" : "（code " + body.path("code") + "）"));
        }
        JsonNode content = operation.path("responses").path(String.valueOf(status)).path("content");
        if (body == null) {
            boolean json = content.has("application/json") || content.has("*/*");
            return json && !content.propertyNames().stream().anyMatch(t -> contentType != null && contentType.startsWith(t))
                    ? List.of(where + "：应答不是 JSON（" + contentType + "），契约写的是 " + content.propertyNames())
                    : List.of();
        }
        String media = content.has("application/json") ? "application/json" : content.has("*/*") ? "*/*" : null;
        if (media == null) {
            return List.of(where + "：应答是 JSON，契约写的是 " + content.propertyNames());
        }
        return validate(where, pointer + "/content/" + escape(media) + "/schema", body);
    }

    private List<String> envelope(String name, int status, String contentType, JsonNode body) {
        if (body == null) {
            return List.of(name + " → " + status + "：拒绝应答不在信封中（" + contentType + "）");
        }
        return validate(name + " → " + status, "/components/schemas/ErrorResponse", body);
    }

    private List<String> validate(String where, String pointer, JsonNode body) {
        Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p)));
        List<Error> errors = schema.validate(body);
        return errors.stream()
                .map(e -> where + "：" + e.getInstanceLocation() + " = " + shorten(e.getInstanceNode()) + "：" + e.getMessage())
                .distinct()
                .collect(Collectors.toList());
    }

    private static String shorten(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
