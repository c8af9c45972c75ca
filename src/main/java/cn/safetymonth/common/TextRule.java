package cn.safetymonth.common;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * The one rule for every text a client sends, in a JSON body, a query, a path or a form field: printable text,
 * newline and tab. Other control characters (NUL, BEL…) end up as boxes on a certificate or cut a C string short,
 * and bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) make a name or a place read differently
 * from what is stored.
 */
final class TextRule {

    static final String ALLOWED = "只能是可见文字、换行和制表符";

    private TextRule() {
    }

    /** Why {@code text} is refused, or null when it is fine. */
    static String violation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                continue;
            }
            if (Character.isISOControl(c)) {
                return "不能包含控制字符 " + hex(c) + "，" + ALLOWED;
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return "不能包含双向文字控制符 " + hex(c) + "，" + ALLOWED;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "含有不成对的 UTF-16 代理字符 " + hex(c) + "，" + ALLOWED;
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** A JSON string refused by the rule; the path Jackson adds names the field. */
    static final class RefusedJsonText extends InvalidFormatException {
        private final String reason;

        RefusedJsonText(JsonParser p, String reason, String value) {
            super(p, reason, value, String.class);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    /** A query, path or form value refused by the rule; Spring wraps it in a type mismatch that names the parameter. */
    static final class RefusedParamText extends IllegalArgumentException {
        RefusedParamText(String reason) {
            super(reason);
        }
    }
}
