package cn.safetymonth.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a statistics table as the console gets it (a cell by its blank id), and handing one in as a clerk does. */
public final class Tables {

    private Tables() {
    }

    /** What a table answer counts, without the moment it was drawn: two reads of unchanged counts are equal. */
    public static JsonNode counts(Api.Res table) {
        assertThat(table.code()).as(table.toString()).isZero();
        ((ObjectNode) table.data()).remove("generatedAt");
        return table.data();
    }

    public static JsonNode cell(JsonNode table, String blankId) {
        for (JsonNode item : table.path("items")) {
            for (JsonNode line : item.path("lines")) {
                for (JsonNode seg : line.path("segments")) {
                    if (blankId.equals(seg.path("cell").path("blankId").asString())) {
                        return seg.path("cell");
                    }
                }
            }
        }
        throw new AssertionError("no blank " + blankId);
    }

    public static long value(JsonNode table, String blankId) {
        return cell(table, blankId).path("value").asLong();
    }

    /** Hands the union's table in: the header's contact filled first (a table without it is refused). */
    public static Api.Res handIn(Api api, String token, String form, String query) {
        JsonNode table = api.get("/api/admin/statistics/forms/" + form + "/table" + query, token).data();
        Map<String, String> header = new HashMap<>();
        table.path("header").forEach(h -> {
            if (h.path("editable").asBoolean()) {
                header.put(h.path("name").asString(), h.path("name").asString().contains("电话") ? "0391-3568812" : "王芳");
            }
        });
        api.put("/api/admin/statistics/forms/" + form + "/manual" + query, token, Map.of("header", header));
        return api.post("/api/admin/statistics/forms/" + form + "/submissions" + query, token, Map.of("confirm", true));
    }
}
