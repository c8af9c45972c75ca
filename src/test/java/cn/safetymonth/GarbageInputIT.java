package cn.safetymonth;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Garbage sent to every endpoint (bad JSON, wrong types, unknown enum values, huge bodies, bad
 * paths and paging) is answered with a 4xx envelope, never a 500, and names what was wrong.
 */
class GarbageInputIT extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static final List<String> BODIES = List.of(
            "{\"code\":",                                   // truncated
            "[1,2,3]",                                      // an array where an object is expected
            "\"just a string\"",
            "null",
            "{\"code\":{\"a\":1},\"joinCode\":[1],\"username\":12,\"password\":false,\"role\":\"KING\",\"unionId\":\"abc\","
                    + "\"enabled\":\"maybe\",\"type\":\"PALACE\",\"channel\":7,\"realName\":{},\"newPassword\":[],\"oldPassword\":1e999}",
            "{\"unionId\":99999999999999999999999999,\"enabled\":null,\"role\":null}",
            "{\"code\":\"\\u0000\\ud800\",\"joinCode\":\"" + "碼".repeat(40) + "\"}");

    private static final List<String> PATH_VALUES = List.of("abc", "99999999999999999999999", "-1", "0", "%00", "1.5");

    @Test
    void noClientMistakeOnAnyEndpointGivesA500() {
        String worker = workerToken(freshUser("garbage"));
        String admin = platformAdminToken();
        List<String> failures = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String token = pattern.startsWith("/api/app/") ? worker : admin;
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    for (String value : PATH_VALUES) {
                        String path = pattern.replaceAll("\\{[^}]+}", value);
                        check(failures, method.name(), path + "?page=0&size=1000&subtree=maybe&unionId=x", token, "application/json", "{}");
                        check(failures, method.name(), path + "?page=abc&size=-5", token, "application/json", "{}");
                    }
                    String path = pattern.replaceAll("\\{[^}]+}", "1");
                    for (String body : BODIES) {
                        check(failures, method.name(), path, token, "application/json", body);
                    }
                    check(failures, method.name(), path, token, "text/plain", "hello");
                    check(failures, method.name(), path, token, "application/xml", "<a/>");
                    check(failures, method.name(), path, token, "multipart/form-data; boundary=x", "--x\r\nbroken");
                    check(failures, method.name(), path, token, "application/json", "{\"code\":\"" + "a".repeat(300_000) + "\"}");
                    check(failures, method.name(), path, null, "application/json", "{}");
                    check(failures, method.name(), path, "not-a-token", "application/json", "{}");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void fieldErrorsNameTheFieldAndTheReasonInChinese() {
        String admin = platformAdminToken();

        Api.Res missing = api.post("/api/app/auth/login", null, Map.of());
        Api.Res wrongType = api.post("/api/admin/accounts", admin, "{\"username\":\"abcd\",\"displayName\":\"x\",\"role\":\"REVIEWER\",\"unionId\":\"abc\"}");
        Api.Res badEnum = api.post("/api/admin/accounts", admin, "{\"username\":\"abcd\",\"displayName\":\"x\",\"role\":\"KING\",\"unionId\":1}");
        Api.Res badPage = api.get("/api/admin/accounts?size=1000", admin);
        Api.Res badJson = api.post("/api/app/auth/login", null, "{\"code\":");
        Api.Res huge = api.post("/api/app/auth/login", null, "{\"code\":\"" + "a".repeat(300_000) + "\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.msg()).isEqualTo("字段 code：不能为空");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.msg()).contains("unionId").contains("数字");
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.msg()).contains("role").contains("REVIEWER");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.msg()).contains("size").contains("100");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.code()).isEqualTo(1002);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.code()).isEqualTo(1003);
    }

    @Test
    void unknownPathsAndMethodsAnswerInTheEnvelope() {
        Api.Res unknown = api.get("/api/app/nowhere", workerToken(freshUser("lost")));
        Api.Res method = api.raw("PATCH", "/api/app/auth/login", null, "application/json", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo(1006);
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.code()).isEqualTo(1005);
    }

    private void check(List<String> failures, String method, String path, String token, String type, String body) {
        Api.Res r;
        try {
            r = api.raw(method, path, token, type, body.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            failures.add(method + " " + path + " [" + type + "] → " + e);
            return;
        }
        boolean envelope = r.body() != null && r.body().has("code") && r.body().has("msg");
        boolean binaryOk = r.status() == 200 && (r.contentType().startsWith("image/") || r.contentType().contains("spreadsheetml")
                || r.contentType().startsWith("text/csv"));
        if (r.status() >= 500 || !(envelope || binaryOk)) {
            failures.add(method + " " + path + " [" + type + "] " + abbreviate(body) + " → " + r.status() + " " + abbreviate(r.toString()));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
