package cn.safetymonth.console;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The union console is served by the service itself, with its libraries, under a policy that runs no inline script. */
class ConsoleIT extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path PAGES = Path.of("src/main/resources/static/admin");
    private static final Pattern IMPORT = Pattern.compile("(?:from\\s+|import\\()\\s*['\"]([^'\"]+)['\"]");

    @Test
    void theConsoleOpensAtAdminWithItsSecurityHeaders() throws Exception {
        HttpResponse<String> bare = fetch("/admin");
        HttpResponse<String> page = fetch("/admin/");

        assertThat(bare.statusCode()).isIn(301, 302);
        assertThat(bare.headers().firstValue("Location").orElse("")).endsWith("/admin/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("工会管理端").contains("<script type=\"module\" src=\"js/app.js\">");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("script-src 'self';").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        assertThat(csp.split("script-src")[1].split(";")[0]).doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void thePageHasNoInlineScriptAndEveryModuleItImportsIsServed() throws Exception {
        assertThat(Files.readString(PAGES.resolve("index.html"))).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        List<Path> modules;
        try (Stream<Path> files = Files.walk(PAGES.resolve("js"))) {
            modules = files.filter(p -> p.toString().endsWith(".js")).toList();
        }
        for (Path module : modules) {
            String self = "/admin/" + PAGES.relativize(module).toString().replace('\\', '/');
            HttpResponse<String> served = fetch(self);
            assertThat(served.statusCode()).as(self).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type").orElse("")).as(self).contains("javascript");
            Matcher m = IMPORT.matcher(Files.readString(module));
            while (m.find()) {
                String target = m.group(1);
                String url = target.startsWith("/") ? target : URI.create(self).resolve(target).toString();
                if (!url.contains("${")) {
                    assertThat(fetch(url).statusCode()).as(self + " imports " + url).isEqualTo(200);
                }
            }
        }
    }

    @Test
    void theChartAndMapLibrariesComeFromTheServiceNotTheInternet() throws Exception {
        for (String lib : List.of("/webjars/echarts/dist/echarts.esm.min.js", "/webjars/leaflet/dist/leaflet-src.esm.js",
                "/webjars/leaflet/dist/leaflet.css")) {
            assertThat(fetch(lib).statusCode()).as(lib).isEqualTo(200);
        }
        try (Stream<Path> files = Files.walk(PAGES)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    assertThat(Files.readString(f, StandardCharsets.UTF_8)).as(f.toString()).doesNotContainPattern("(?i)(src|href)=[\"']https?://");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Test
    void theMapSettingIsEmptyByDefaultAndOnlyForStaff() {
        Api.Res anonymous = api.get("/api/admin/console/settings", null);
        Api.Res staff = api.get("/api/admin/console/settings", staffToken("REVIEWER", "QH-07"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(staff.code()).as(staff.toString()).isZero();
        assertThat(staff.data().path("mapTiles").asString()).isEmpty();
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
