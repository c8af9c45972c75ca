package cn.safetymonth.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A plain HTTP client of the running service, as a mini-program or a browser would call it. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    // generous: CI shares two cores with the service, its database and the suite, and a refused connect is not the test
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private final String base;
    private final String forwardedFor;

    public Api(int port) {
        this("http://127.0.0.1:" + port, null);
    }

    private Api(String base, String forwardedFor) {
        this.base = base;
        this.forwardedFor = forwardedFor;
    }

    /**
     * The same client seen from another address, as a reverse proxy on this machine reports it (X-Forwarded-For from
     * loopback, which the service trusts): for limits and audit lines per client address.
     */
    public Api from(String clientAddress) {
        return new Api(base, clientAddress);
    }

    public record Res(int status, JsonNode body, byte[] raw, String contentType) {
        public int code() {
            return body == null ? Integer.MIN_VALUE : body.path("code").asInt(Integer.MIN_VALUE);
        }

        public String msg() {
            return body == null ? null : body.path("msg").asString(null);
        }

        public JsonNode data() {
            return body == null ? null : body.path("data");
        }

        @Override
        public String toString() {
            return status + " " + (body == null ? contentType : body.toString());
        }
    }

    public Res get(String path, String token) {
        return send(builder(path, token).GET().build());
    }

    public Res delete(String path, String token) {
        return send(builder(path, token).DELETE().build());
    }

    public Res post(String path, String token, Object body) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    public Res put(String path, String token, Object body) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    /** Sends exactly these bytes with this content type: for malformed and oversized bodies. */
    public Res raw(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder b = builder(path, token);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** One file as multipart/form-data, as wx.uploadFile sends it. */
    public Res upload(String path, String token, String field, String filename, String contentType, byte[] content) {
        return multipart(path, token, Map.of(), field, filename, java.util.List.of(content), contentType);
    }

    /** Form fields and several files under one name as multipart/form-data, as a browser form sends them. */
    public Res multipart(String path, String token, Map<String, String> fields, String fileField, String filename,
                         java.util.List<byte[]> files, String contentType) {
        String boundary = "----sm" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            for (int i = 0; i < files.size(); i++) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + (files.size() == 1 ? filename : i + "-" + filename) + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.write(files.get(i));
                out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return raw("POST", path, token, "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return b;
    }

    private static Res send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode body = null;
            if (type.contains("json") && r.body().length > 0) {
                body = JSON.readTree(r.body());
            }
            ContractCheck.verify(request.method(), request.uri(), r.statusCode(), type, body);
            return new Res(r.statusCode(), body, r.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        if (body instanceof String s) {
            return s;
        }
        return JSON.writeValueAsString(body == null ? Map.of() : body);
    }
}
