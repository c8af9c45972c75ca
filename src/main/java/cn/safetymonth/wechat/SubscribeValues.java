package cn.safetymonth.wechat;

/** WeChat's limits on subscribe-message values, by keyword type (the keyword name without its number). */
final class SubscribeValues {

    private SubscribeValues() {
    }

    static String fit(String keyword, String value) {
        String v = value == null ? "" : value.strip();
        String type = keyword.replaceAll("\\d+$", "");
        int max = switch (type) {
            case "thing" -> 20;
            case "name" -> 10;
            case "phrase", "symbol" -> 5;
            case "car_number" -> 8;
            case "character_string", "number", "letter" -> 32;
            default -> 64;
        };
        if (v.isEmpty()) {
            v = "-";
        }
        if (v.codePointCount(0, v.length()) <= max) {
            return v;
        }
        int end = v.offsetByCodePoints(0, "thing".equals(type) || "name".equals(type) ? max - 1 : max);
        return "thing".equals(type) || "name".equals(type) ? v.substring(0, end) + "…" : v.substring(0, end);
    }
}
