package cn.safetymonth.common;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

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

    static final Path CONTRACT = Path.of("miniprogram-api/openapi.json");

    @Test
    void everyOperationHasALowerCamelCaseOperationIdAndAChineseSummary() {
        JsonNode doc = api.get("/v3/api-docs", null).body();
        List<String> ids = new ArrayList<>();
        doc.path("paths").forEach(item -> item.forEach(op -> {
            String id = op.path("operationId").asText("");
            assertThat(id).as(op.toString()).matches("[a-z][A-Za-z0-9]+");
            assertThat(op.path("summary").asText("")).as(id).matches(".*\\p{IsHan}.*");
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
        ObjectMapper mapper = new ObjectMapper()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        Object tree = mapper.readValue(json, Map.class);
        return mapper.writeValueAsString(tree) + "\n";
    }

}
