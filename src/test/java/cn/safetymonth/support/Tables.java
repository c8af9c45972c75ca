package cn.safetymonth.support;

import tools.jackson.databind.JsonNode;

/** Reading a statistics table as the console gets it: a cell by its blank id. */
public final class Tables {

    private Tables() {
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
}
