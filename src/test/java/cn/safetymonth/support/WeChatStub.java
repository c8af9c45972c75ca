package cn.safetymonth.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A local stand-in for api.weixin.qq.com that speaks WeChat's HTTP protocol: HTTP 200 even for
 * errors, errcode in the body, access tokens first. Codes choose the behaviour:
 * <ul>
 *   <li>{@code err40029…}, {@code err40163…}, {@code err45011…}, {@code err40226…}, {@code err-1…}: that WeChat error</li>
 *   <li>any other code logs in as openid {@code stub_<part before the first '-'>}; a code works once, as in WeChat</li>
 *   <li>phone codes {@code phone-13812345678} bind that number</li>
 * </ul>
 */
public final class WeChatStub {

    public static final String APPID = "wx-stub-appid";
    public static final String SECRET = "stub-app-secret-for-tests";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SCENE = Pattern.compile("[0-9A-Za-z!#$&'()*+,/:;=?@._~-]{1,32}");

    private final HttpServer server;
    private final Set<String> usedCodes = ConcurrentHashMap.newKeySet();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger tokenSeq = new AtomicInteger();

    private WeChatStub(HttpServer server) {
        this.server = server;
    }

    public static WeChatStub start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        WeChatStub stub = new WeChatStub(server);
        server.createContext("/", stub::handle);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "wechat-stub");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return stub;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    /** How many times an API path was called, e.g. "/wxa/getwxacodeunlimit". */
    public int calls(String path) {
        return calls.getOrDefault(path, new AtomicInteger()).get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            calls.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            Map<String, String> q = query(ex.getRequestURI().getRawQuery());
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            switch (path) {
                case "/cgi-bin/token" -> token(ex, q.get("appid"), q.get("secret"));
                case "/cgi-bin/stable_token" -> {
                    JsonNode b = JSON.readTree(body);
                    token(ex, b.path("appid").asText(), b.path("secret").asText());
                }
                case "/sns/jscode2session" -> session(ex, q);
                case "/wxa/business/getuserphonenumber" -> {
                    if (authorized(ex, q)) {
                        phone(ex, JSON.readTree(body).path("code").asText());
                    }
                }
                case "/wxa/getwxacodeunlimit" -> {
                    if (authorized(ex, q)) {
                        unlimitedCode(ex, JSON.readTree(body));
                    }
                }
                default -> json(ex, Map.of("errcode", 40066, "errmsg", "invalid url"));
            }
        } catch (RuntimeException e) {
            json(ex, Map.of("errcode", -1, "errmsg", "system error"));
        }
    }

    private void token(HttpExchange ex, String appid, String secret) throws IOException {
        if (!APPID.equals(appid) && !"wx-dev-appid".equals(appid)) {
            json(ex, Map.of("errcode", 40013, "errmsg", "invalid appid"));
            return;
        }
        if (secret == null || secret.isBlank()) {
            json(ex, Map.of("errcode", 40125, "errmsg", "invalid appsecret"));
            return;
        }
        String token = "stub-access-token-" + tokenSeq.incrementAndGet();
        tokens.add(token);
        json(ex, Map.of("access_token", token, "expires_in", 7200));
    }

    private boolean authorized(HttpExchange ex, Map<String, String> q) throws IOException {
        if (!tokens.contains(q.getOrDefault("access_token", ""))) {
            json(ex, Map.of("errcode", 40001, "errmsg", "invalid credential, access_token is invalid or not latest"));
            return false;
        }
        return true;
    }

    private void session(HttpExchange ex, Map<String, String> q) throws IOException {
        String code = q.getOrDefault("js_code", "");
        if (q.get("secret") == null || q.get("appid") == null) {
            json(ex, Map.of("errcode", 41002, "errmsg", "appid missing"));
            return;
        }
        Integer err = forcedError(code);
        if (err != null) {
            json(ex, Map.of("errcode", err, "errmsg", switch (err) {
                case 40029 -> "invalid code";
                case 40163 -> "code been used";
                case 45011 -> "api minute-quota reach limit  mustslower  retry next minute";
                case 40226 -> "code blocked";
                default -> "system error";
            }));
            return;
        }
        if (code.isBlank()) {
            json(ex, Map.of("errcode", 40029, "errmsg", "invalid code"));
            return;
        }
        if (!usedCodes.add(code)) {
            json(ex, Map.of("errcode", 40163, "errmsg", "code been used"));
            return;
        }
        String user = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
        json(ex, Map.of("openid", "stub_" + user, "unionid", "union_" + user,
                "session_key", "c2Vzc2lvbi1rZXktb2Yt" + Integer.toHexString(code.hashCode())));
    }

    private void phone(HttpExchange ex, String code) throws IOException {
        Integer err = forcedError(code);
        if (err != null || code.isBlank()) {
            json(ex, Map.of("errcode", err == null ? 40029 : err, "errmsg", "invalid code"));
            return;
        }
        String number = code.startsWith("phone-") ? code.substring(6)
                : "139" + String.format("%08d", Math.abs(code.hashCode()) % 100_000_000);
        Map<String, Object> info = new HashMap<>();
        info.put("phoneNumber", number);
        info.put("purePhoneNumber", number);
        info.put("countryCode", "86");
        info.put("watermark", Map.of("timestamp", System.currentTimeMillis() / 1000, "appid", APPID));
        json(ex, Map.of("errcode", 0, "errmsg", "ok", "phone_info", info));
    }

    private void unlimitedCode(HttpExchange ex, JsonNode body) throws IOException {
        String scene = body.path("scene").asText("");
        if (!SCENE.matcher(scene).matches()) {
            json(ex, Map.of("errcode", 40169, "errmsg", "invalid length for scene, or the data is not json string"));
            return;
        }
        int width = Math.max(280, Math.min(1280, body.path("width").asInt(430)));
        BufferedImage img = new BufferedImage(width, width, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, width);
        g.setColor(new Color(0x07C160));
        g.fillOval(width / 8, width / 8, width * 3 / 4, width * 3 / 4);
        g.setColor(Color.BLACK);
        g.drawString("scene=" + scene, 10, width - 10);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        ex.getResponseHeaders().set("Content-Type", "image/png");
        ex.sendResponseHeaders(200, png.size());
        ex.getResponseBody().write(png.toByteArray());
    }

    private static Integer forcedError(String code) {
        for (int err : new int[]{40029, 40163, 45011, 40226, -1}) {
            if (code.startsWith("err" + err)) {
                return err;
            }
        }
        return null;
    }

    private static void json(HttpExchange ex, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }
}
