package cn.safetymonth.common.web;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where a request's idempotency key came from. Old clients also sent it in the body (a report's {@code idempotencyKey},
 * a work's {@code clientRequestId}): the same key, taken when the header is missing, refused when it differs.
 *
 * @param value    the key, null when the request has none
 * @param field    the header or body field it came from (named in a refusal)
 * @param conflict the body field that disagrees with the header, null when none does
 */
record RequestKey(String value, String field, String conflict) {

    static final List<String> BODY_FIELDS = List.of("idempotencyKey", "clientRequestId");

    static RequestKey of(HttpServletRequest request, byte[] body, ObjectMapper json) {
        String header = request.getHeader(IdempotencyInterceptor.HEADER);
        String field = null;
        String fromBody = null;
        if (body != null && mentionsKey(body) && isJson(request.getContentType())) {
            try {
                JsonNode root = json.readTree(body);
                for (String name : BODY_FIELDS) {
                    JsonNode v = root == null ? null : root.get(name);
                    if (v != null && v.isString() && !v.asString().isEmpty()) {
                        field = name;
                        fromBody = v.asString();
                        break;
                    }
                }
            } catch (JacksonException e) {
                // not JSON after all: the handler tells the client so
            }
        }
        if (header != null) {
            boolean differs = fromBody != null && !fromBody.equals(header);
            return new RequestKey(header, IdempotencyInterceptor.HEADER, differs ? field : null);
        }
        return new RequestKey(fromBody, field, null);
    }

    private static boolean mentionsKey(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return BODY_FIELDS.stream().anyMatch(text::contains);
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase().contains("json");
    }
}
