package cn.safetymonth.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

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
 *   <li>msg_sec_check v2: text containing "违禁" is risky, "待审" needs review, anything else passes (errcode 0 always)</li>
 *   <li>media_check_async v2: answers a trace_id, downloads the image, and ~100 ms later pushes {@code wxa_media_check}
 *       to {@link #pushTo} signed with the push token: risky when the image's top-left pixel is pure red</li>
 *   <li>subscribe send: 43101 for users whose name starts with "nogrant", 40037 for template ids not starting with
 *       "tmpl-", 47003 for a thing.* value over 20 characters; every accepted message is kept for {@link #subscribeSends}</li>
 * </ul>
 */
public final class WeChatStub {

    public static final String APPID = "wx-stub-appid";
    public static final String SECRET = "stub-app-secret-for-tests";
    public static final String PUSH_TOKEN = "stub-push-token";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SCENE = Pattern.compile("[0-9A-Za-z!#$&'()*+,/:;=?@._~-]{1,32}");

    private final HttpServer server;
    private final Set<String> usedCodes = ConcurrentHashMap.newKeySet();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger tokenSeq = new AtomicInteger();
    private final java.util.List<SubscribeSend> sends = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wechat-stub-push");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean pushBeforeAnswering;
    private volatile String pushUrl;
    private volatile String pushToken;
    private volatile java.util.function.Supplier<java.time.Instant> now = java.time.Instant::now;

    /** A subscribe message WeChat accepted: to whom, which template, the keyword values. */
    public record SubscribeSend(String openid, String templateId, String page, Map<String, String> data) {
    }

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

    /** The time WeChat's servers keep: a test that moves the service's clock moves WeChat's with it. */
    public void useTime(java.util.function.Supplier<java.time.Instant> now) {
        this.now = now;
    }

    /** When true, media_check_async pushes its verdict before it answers the trace id (WeChat is sometimes that fast). */
    public void pushVerdictBeforeAnswering(boolean before) {
        this.pushBeforeAnswering = before;
    }

    /** Where the service receives WeChat's message push, and the Token both sides sign with. */
    public void pushTo(String url, String token) {
        this.pushUrl = url;
        this.pushToken = token;
    }

    /** Subscribe messages accepted so far for this openid ("stub_" + the user name), oldest first. */
    public java.util.List<SubscribeSend> subscribeSends(String openid) {
        return sends.stream().filter(m -> m.openid().equals(openid)).toList();
    }

    /** WeChat's signature of a push: sha1 of the sorted token, timestamp and nonce. */
    public static String sign(String token, String timestamp, String nonce) {
        String[] parts = {token, timestamp, nonce};
        java.util.Arrays.sort(parts);
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-1").digest(String.join("", parts).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
                    token(ex, b.path("appid").asString(), b.path("secret").asString());
                }
                case "/sns/jscode2session" -> session(ex, q);
                case "/wxa/business/getuserphonenumber" -> {
                    if (authorized(ex, q)) {
                        phone(ex, JSON.readTree(body).path("code").asString());
                    }
                }
                case "/wxa/getwxacodeunlimit" -> {
                    if (authorized(ex, q)) {
                        unlimitedCode(ex, JSON.readTree(body));
                    }
                }
                case "/wxa/msg_sec_check" -> {
                    if (authorized(ex, q)) {
                        textCheck(ex, JSON.readTree(body));
                    }
                }
                case "/wxa/media_check_async" -> {
                    if (authorized(ex, q)) {
                        mediaCheck(ex, JSON.readTree(body));
                    }
                }
                case "/wxa/getuserriskrank" -> {
                    if (authorized(ex, q)) {
                        riskRank(ex, JSON.readTree(body));
                    }
                }
                case "/cgi-bin/message/subscribe/send" -> {
                    if (authorized(ex, q)) {
                        subscribeSend(ex, JSON.readTree(body));
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
        String scene = body.path("scene").asString("");
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

    private void textCheck(HttpExchange ex, JsonNode body) throws IOException {
        if (!"2".equals(body.path("version").asString()) || body.path("openid").asString("").isBlank()) {
            json(ex, Map.of("errcode", 40003, "errmsg", "invalid openid"));
            return;
        }
        String content = body.path("content").asString("");
        String suggest = content.contains("违禁") ? "risky" : content.contains("待审") ? "review" : "pass";
        int label = "risky".equals(suggest) ? 20001 : 100;
        json(ex, Map.of("errcode", 0, "errmsg", "ok", "trace_id", "text-" + System.nanoTime(),
                "result", Map.of("suggest", suggest, "label", label),
                "detail", java.util.List.of(Map.of("strategy", "content_model", "errcode", 0, "suggest", suggest, "label", label))));
    }

    /**
     * getuserriskrank as WeChat answers it: errcode 0 and risk_rank 0–4. A user whose name contains "risk" and a digit
     * ("risk4bot") has that rank, everyone else 0; an openid WeChat doesn't know answers 40003.
     */
    private void riskRank(HttpExchange ex, JsonNode body) throws IOException {
        String openid = body.path("openid").asString("");
        if (!openid.startsWith("stub_") || body.path("client_ip").asString("").isBlank() || !body.path("scene").isInt()) {
            json(ex, Map.of("errcode", 40003, "errmsg", "invalid openid hint"));
            return;
        }
        java.util.regex.Matcher m = Pattern.compile("risk([0-4])").matcher(openid);
        int rank = m.find() ? Integer.parseInt(m.group(1)) : 0;
        json(ex, Map.of("errcode", 0, "errmsg", "getuserriskrank succ", "risk_rank", rank, "unoin_id", 1L + Math.abs(openid.hashCode())));
    }

    private void mediaCheck(HttpExchange ex, JsonNode body) throws IOException {
        String url = body.path("media_url").asString("");
        String openid = body.path("openid").asString("");
        if (url.isBlank() || openid.isBlank() || body.path("version").asInt() != 2) {
            json(ex, Map.of("errcode", 40003, "errmsg", "invalid media_url or openid"));
            return;
        }
        String traceId = "media-" + System.nanoTime() + "-" + tokenSeq.incrementAndGet();
        if (pushBeforeAnswering) {
            pushVerdict(traceId, openid, url); // the verdict reaches the service before the trace id it belongs to
            json(ex, Map.of("errcode", 0, "errmsg", "ok", "trace_id", traceId));
            return;
        }
        json(ex, Map.of("errcode", 0, "errmsg", "ok", "trace_id", traceId));
        pusher.schedule(() -> pushVerdict(traceId, openid, url), 100, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void pushVerdict(String traceId, String openid, String mediaUrl) {
        String url = pushUrl;
        String token = pushToken;
        if (url == null || token == null) {
            return;
        }
        try {
            String suggest = topLeftIsRed(mediaUrl) ? "risky" : "pass";
            int label = "risky".equals(suggest) ? 20002 : 100;
            Map<String, Object> event = new HashMap<>();
            event.put("ToUserName", "gh_stub");
            event.put("FromUserName", openid);
            event.put("CreateTime", now.get().getEpochSecond());
            event.put("MsgType", "event");
            event.put("Event", "wxa_media_check");
            event.put("appid", APPID);
            event.put("trace_id", traceId);
            event.put("version", 2);
            event.put("detail", java.util.List.of(Map.of("strategy", "content_model", "errcode", 0, "suggest", suggest, "label", label, "prob", 90)));
            event.put("errcode", 0);
            event.put("errmsg", "ok");
            event.put("result", Map.of("suggest", suggest, "label", label));
            String timestamp = Long.toString(now.get().getEpochSecond());
            String nonce = Long.toString(System.nanoTime());
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "?signature="
                            + sign(token, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(event))).build();
            java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            // WeChat would retry; the stub gives up quietly, as a lost push would look to the service
        }
    }

    private static boolean topLeftIsRed(String mediaUrl) throws Exception {
        java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(mediaUrl)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        BufferedImage img = r.statusCode() == 200 ? ImageIO.read(new java.io.ByteArrayInputStream(r.body())) : null;
        return img != null && (img.getRGB(0, 0) & 0xFFFFFF) == 0xFF0000;
    }

    private void subscribeSend(HttpExchange ex, JsonNode body) throws IOException {
        String openid = body.path("touser").asString("");
        String template = body.path("template_id").asString("");
        if (openid.startsWith("stub_nogrant")) {
            json(ex, Map.of("errcode", 43101, "errmsg", "user refuse to accept the msg"));
            return;
        }
        if (!template.startsWith("tmpl-")) {
            json(ex, Map.of("errcode", 40037, "errmsg", "invalid template_id"));
            return;
        }
        Map<String, String> data = new java.util.LinkedHashMap<>();
        for (var f : body.path("data").properties()) {
            String value = f.getValue().path("value").asString("");
            if (f.getKey().startsWith("thing") && value.codePointCount(0, value.length()) > 20) {
                json(ex, Map.of("errcode", 47003, "errmsg", "argument invalid! data." + f.getKey() + ".value exceeds limit"));
                return;
            }
            data.put(f.getKey(), value);
        }
        sends.add(new SubscribeSend(openid, template, body.path("page").asString(null), data));
        json(ex, Map.of("errcode", 0, "errmsg", "ok", "msgid", System.nanoTime()));
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
