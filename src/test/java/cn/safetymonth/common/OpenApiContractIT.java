package cn.safetymonth.common;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract the mini-program developer reads: miniprogram-api/openapi.json must be what the
 * code serves. `mvn test -Dtest=OpenApiContractIT -Dcontract.update=true` rewrites it.
 */
class OpenApiContractIT extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static final Path CONTRACT = Path.of("miniprogram-api/openapi.json");

    @Test
    void everyOperationHasALowerCamelCaseOperationIdAndAChineseSummary() {
        JsonNode doc = api.get("/v3/api-docs", null).body();
        List<String> ids = new ArrayList<>();
        doc.path("paths").forEach(item -> item.forEach(op -> {
            String id = op.path("operationId").asString("");
            assertThat(id).as(op.toString()).matches("[a-z][A-Za-z0-9]+");
            assertThat(op.path("summary").asString("")).as(id).matches(".*\\p{IsHan}.*");
            ids.add(id);
        }));
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).contains("workerLogin", "joinUnion", "adminLogin", "getMyProfile", "adminListUnionWorkers", "adminImportUnions",
                "submitHazardReport", "listMyHazardReports", "getHazardReport", "confirmHazardFixed", "adminListHazardReports",
                "adminGetHazardReport", "adminReviewHazardReport", "adminAssignRectification", "adminCompleteRectification",
                "adminHazardMap", "adminExportRectificationList", "uploadHazardPhoto", "markSeenToo", "adminLinkDuplicate",
                "adminReopenHazard", "listHazardCategories",
                "adminGetStatisticsTable", "adminUpdateManualCells", "adminExportStatisticsTable", "adminSubmitStatisticsTable",
                "adminListSubmissions", "adminDrillDownCell", "adminParticipationTrend", "listMyNotices");
        // pledges, check-ins, works and offline events (issue 5)
        assertThat(ids).contains("listPledges", "signPledge", "getPledgeCertificate", "listCheckInThemes", "checkIn", "submitWork",
                "listMyWorks", "adminReviewWork", "adminCreateEvent", "getEventCode", "signInEvent", "adminRecordEvent",
                "uploadPledgeImage", "listMyCheckIns", "resubmitWork", "adminListWorks", "adminListEvents", "getMyPledgeHistory");
        // the union console (issue 8)
        assertThat(ids).contains("adminGetConsoleSettings", "adminCheckStatisticsTemplate", "adminListHazardCategories");
    }

    @Test
    void everyOperationCarriesItsErrorCodesExamplesAndAudience() {
        JsonNode doc = api.get("/v3/api-docs", null).body();
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(m -> {
            JsonNode op = m.getValue();
            String id = op.path("operationId").asString();
            byId.put(id, op);
            for (JsonNode code : op.path("x-error-codes")) {
                JsonNode example = doc.path("components").path("examples").path("E" + code.asInt());
                assertThat(example.path("value").path("code").asInt()).as(id + " " + code).isEqualTo(code.asInt());
                assertThat(op.path("responses").path(example.path("x-status").asString()).path("content").path("application/json")
                        .path("examples").has(code.asString())).as(id + " answers " + code + " under its HTTP status").isTrue();
            }
            boolean secured = !op.has("security") || !op.path("security").isEmpty();
            if (secured) {
                assertThat(op.path("x-error-codes").toString()).as(id + " names 1007 (log in again)").contains("1007");
            }
            boolean submission = !m.getKey().equals("get");
            boolean hasKeyHeader = false;
            for (JsonNode p : op.path("parameters")) {
                hasKeyHeader |= p.path("in").asString().equals("header") && p.path("name").asString().equals("Idempotency-Key");
            }
            assertThat(hasKeyHeader).as(id + " takes Idempotency-Key exactly when it is an authenticated submission")
                    .isEqualTo(secured && submission);
            for (JsonNode p : op.path("parameters")) {
                assertThat(p.path("schema").has("$ref")).as(id + " query object " + p.path("name") + " needs @ParameterObject").isFalse();
            }
            JsonNode requestJson = op.path("requestBody").path("content").path("application/json");
            if (!requestJson.isMissingNode()) {
                assertThat(requestJson.has("example")).as(id + " request example").isTrue();
            }
            JsonNode okJson = op.path("responses").path("200").path("content").path("application/json");
            if (!okJson.isMissingNode()) {
                assertThat(okJson.path("example").path("code").asInt(-1)).as(id + " response example").isZero();
            }
        }));
        // the codes are read from what each handler can reach, not listed by hand
        assertThat(byId.get("signPledge").path("x-error-codes").toString()).contains("8003", "5001").doesNotContain("6009");
        assertThat(byId.get("tapQuizHazard").path("x-error-codes").toString()).contains("6009").doesNotContain("8003");
        assertThat(byId.get("workerLogin").path("x-error-codes").toString()).contains("4001").doesNotContain("1007");

        List<String> tags = new ArrayList<>();
        doc.path("tags").forEach(t -> tags.add(t.path("name").asString()));
        JsonNode groups = doc.path("x-tagGroups");
        assertThat(groups.get(0).path("tags")).allSatisfy(t -> assertThat(t.asString()).startsWith("app-"));
        assertThat(groups.get(1).path("tags")).allSatisfy(t -> assertThat(t.asString()).startsWith("admin-"));
        List<String> grouped = new ArrayList<>();
        groups.forEach(g -> g.path("tags").forEach(t -> grouped.add(t.asString())));
        assertThat(grouped).containsExactlyInAnyOrderElementsOf(tags);
    }

    /**
     * springdoc names a schema after its class's simple name, so two records called SubmitReq in two modules would
     * silently become one schema, and one of the operations would document the other's body.
     */
    @Test
    void noTwoClassesShareASchemaName() {
        Map<String, Set<String>> byName = new java.util.TreeMap<>();
        Set<java.lang.reflect.Type> seen = new HashSet<>();
        for (HandlerMethod h : mappings.getHandlerMethods().values()) {
            for (MethodParameter p : h.getMethodParameters()) {
                collect(p.getGenericParameterType(), byName, seen);
            }
            collect(h.getReturnType().getGenericParameterType(), byName, seen);
        }
        assertThat(byName).isNotEmpty();
        assertThat(byName.entrySet()).filteredOn(e -> e.getValue().size() > 1).as("schema names used by several classes").isEmpty();
    }

    private static void collect(java.lang.reflect.Type type, Map<String, Set<String>> byName, Set<java.lang.reflect.Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            collect(p.getRawType(), byName, seen);
            for (java.lang.reflect.Type arg : p.getActualTypeArguments()) {
                collect(arg, byName, seen);
            }
        } else if (type instanceof Class<?> c && c.getName().startsWith("cn.safetymonth.") && !c.isEnum()) {
            io.swagger.v3.oas.annotations.media.Schema schema = c.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            String name = schema != null && !schema.name().isEmpty() ? schema.name() : c.getSimpleName();
            byName.computeIfAbsent(name, n -> new java.util.TreeSet<>()).add(c.getName());
            if (c.isRecord()) {
                for (java.lang.reflect.RecordComponent rc : c.getRecordComponents()) {
                    collect(rc.getGenericType(), byName, seen);
                }
            }
        }
    }

    @Test
    void theCheckedInContractIsCurrent() throws Exception {
        Api.Res served = api.get("/v3/api-docs", null);
        String current = canonical(served.raw());
        if (Boolean.parseBoolean(System.getProperty("contract.update"))) {
            Files.createDirectories(CONTRACT.getParent());
            Files.writeString(CONTRACT, current, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CONTRACT)).as("miniprogram-api/openapi.json exists (write it with -Dcontract.update=true)").isTrue();
        assertThat(Files.readString(CONTRACT, StandardCharsets.UTF_8))
                .as("miniprogram-api/openapi.json is stale: rerun with -Dcontract.update=true and commit it")
                .isEqualTo(current);
    }

    static String canonical(byte[] json) throws Exception {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        Object tree = mapper.readValue(json, Map.class);
        return mapper.writeValueAsString(tree) + "\n";
    }

}
